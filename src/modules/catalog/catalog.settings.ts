import { Env, integer } from '../../shared/config/env-readers';

/** The catalog's own settings, read from the environment at start-up with the rest of the configuration. */
export interface CatalogSettings {
  /** How often the catalog publishes the product views it counted (best-effort demand telemetry). */
  viewFlushIntervalMs: number;
}

export const CATALOG_SETTINGS = Symbol('CATALOG_SETTINGS');

export function readCatalogSettings(env: Env): CatalogSettings {
  // Each flush is one event, and one consumer transaction, per product viewed in the window.
  return { viewFlushIntervalMs: integer(env, 'VIEW_FLUSH_INTERVAL_MS', 10000, 100, 3600000) };
}

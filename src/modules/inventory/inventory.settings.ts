import { Env, integer } from '../../shared/config/env-readers';

/** Inventory's own settings, read from the environment at start-up with the rest of the configuration. */
export interface InventorySettings {
  /**
   * A stock's snapshot is written whenever its stream passes a multiple of this many events, so
   * loading it folds at most this many events after the snapshot.
   */
  snapshotEvery: number;
}

export const INVENTORY_SETTINGS = Symbol('INVENTORY_SETTINGS');

export function readInventorySettings(env: Env): InventorySettings {
  // Smaller: shorter folds on every change, one more upsert every N events. 20 keeps a load to one small read.
  return { snapshotEvery: integer(env, 'INVENTORY_SNAPSHOT_EVERY', 20, 1, 100000) };
}

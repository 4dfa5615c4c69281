import { AppConfig } from './shared/config/app-config';
import { Env } from './shared/config/env-readers';
import { loadConfig } from './shared/config/load-config';
import { MODULES } from './module-registry';

/** The configuration of a process of this platform: the shared settings plus its hosted modules' own. */
export function loadAppConfig(env: Env = process.env): AppConfig {
  return loadConfig(env, MODULES);
}

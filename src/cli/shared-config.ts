import { AppConfig } from '../shared/config/app-config';
import { Env } from '../shared/config/env-readers';
import { loadConfig } from '../shared/config/load-config';

/**
 * The settings every process shares, validated as the server validates them, without loading the
 * modules (a second of start-up): for the tools that need only the secret, `DATA_DIR` or the port.
 */
export function loadSharedConfig(env: Env = process.env): AppConfig {
  return loadConfig({ ...env, APP_MODULES: 'all' }, []);
}

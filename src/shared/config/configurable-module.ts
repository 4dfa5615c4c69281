import { Env } from './env-readers';

/**
 * What the configuration loader knows of a module: its name (from the module registry, never from a
 * list here) and, if it has any, how to read and validate its own settings from the environment.
 */
export interface ConfigurableModule {
  readonly name: string;
  /** Reads the module's own variables with the `env-readers`; throws `ConfigError` on a bad value. */
  readonly settings?: (env: Env) => object;
}

import { ConfigError } from '../config/config-error';

/**
 * How a process that cannot start says why: one line on stderr, the cause in words, no stack trace
 * (`debug` adds it, for a bug report). Configuration problems say so; anything else is "cannot start".
 */
export function failureLine(error: unknown, showStack: boolean): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = `${error instanceof ConfigError ? 'configuration error' : 'cannot start'}: ${message.split('\n')[0]}`;
  return showStack && error instanceof Error && error.stack ? `${line}\n${error.stack}` : line;
}

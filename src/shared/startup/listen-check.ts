import { createServer } from 'node:net';
import { ConfigError } from '../config/config-error';

/**
 * The listener's failure as one line naming the setting to change, or the error itself when it
 * is not one a setting explains.
 */
export function listenFailure(error: unknown, host: string, port: number): unknown {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'EADDRINUSE':
      return new ConfigError(
        `PORT ${port} on ${host} is in use by another process: stop it, or set PORT to a free port`,
      );
    case 'EACCES':
      return new ConfigError(`PORT ${port} needs privileges this process lacks: use a port above 1023`);
    case 'EADDRNOTAVAIL':
      return new ConfigError(
        `HOST ${host} is not an address of this machine: use 127.0.0.1, 0.0.0.0 or one of its own`,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new ConfigError(`HOST ${host} does not resolve to an address: use 127.0.0.1, 0.0.0.0 or one of its own`);
    default:
      return error;
  }
}

/**
 * Fails fast when the HTTP listener could not open: the server binds only after the database is
 * open and migrated, seconds later, so a port in use would otherwise surface late. Port 0 (any
 * free port) always works.
 */
export async function assertCanListen(host: string, port: number): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error) => reject(listenFailure(error, host, port)));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

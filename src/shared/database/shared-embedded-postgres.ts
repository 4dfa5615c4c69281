import { DataDirBusyError, describeHolder, findDataDirHolder } from './data-dir-lock';
import { EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';
import { processStatus } from './process-identity';

/** How long a tool waits for a server that is starting on the directory to open its database. */
const STARTING_SERVER_WAIT_MS = 60_000;

/**
 * For tools (migrations, projection rebuilds): the embedded database of the process that owns
 * `dataDir`, reached over the loopback address it published, or, when none runs, a new one this
 * process owns. Never a second PGlite on files another process has open: that corrupts them.
 */
export async function shareOrStartEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const deadline = Date.now() + STARTING_SERVER_WAIT_MS;
  for (;;) {
    const holder = await findDataDirHolder(dataDir);
    if (!holder) {
      try {
        return await startEmbeddedPostgres(dataDir);
      } catch (error) {
        // A server took the directory between the look and the claim: use it instead.
        if (error instanceof DataDirBusyError) continue;
        throw error;
      }
    }
    if (processStatus(holder) === 'unknown') {
      throw new DataDirBusyError(dataDir, holder, 'its database is not reachable from this host; run this there');
    }
    if (holder.state === 'held' && holder.wireUrl) {
      return { url: holder.wireUrl, sharedWith: describeHolder(holder), stop: async () => undefined };
    }
    if (Date.now() > deadline) {
      throw new DataDirBusyError(dataDir, holder, 'it has not opened its database yet; try again once it is up');
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

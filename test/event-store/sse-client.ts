import { ClientRequest, IncomingMessage, get } from 'node:http';

/** One Server-Sent Event as a client receives it. */
export interface ReceivedEvent {
  id: string | undefined;
  data: any;
}

/**
 * A minimal Server-Sent Events client (EventSource cannot send an Authorization header). Plain
 * `node:http` rather than fetch, whose pool opens a spare connection that delays server shutdown.
 * `connect` resolves once the server sent its first comment, i.e. once it fixed where the stream starts.
 */
export class SseClient {
  readonly events: ReceivedEvent[] = [];
  readonly comments: string[] = [];
  private request?: ClientRequest;
  private buffer = '';
  private ended = false;
  private waiters: Array<() => void> = [];

  private constructor(readonly status: number) {}

  static async connect(url: string, headers: Record<string, string>): Promise<SseClient> {
    const { request, response } = await new Promise<{ request: ClientRequest; response: IncomingMessage }>(
      (resolve, reject) => {
        const request = get(url, { headers, agent: false }, (response) => resolve({ request, response }));
        request.on('error', reject);
      },
    );
    const client = new SseClient(response.statusCode ?? 0);
    client.request = request;
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => client.receive(chunk));
    response.on('close', () => client.end());
    request.on('error', () => client.end());
    if (client.status === 200) await client.until(() => client.comments.length > 0, 'the stream to open');
    return client;
  }

  get isEnded(): boolean {
    return this.ended;
  }

  /** Waits until `condition` holds, re-checking whenever something arrives. */
  async until(condition: () => boolean, what: string, timeoutMs = 15000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}; received ${JSON.stringify(this.events)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  close(): void {
    this.request?.destroy();
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let boundary: number;
    while ((boundary = this.buffer.indexOf('\n\n')) >= 0) {
      this.frame(this.buffer.slice(0, boundary));
      this.buffer = this.buffer.slice(boundary + 2);
    }
  }

  private end(): void {
    this.ended = true;
    this.notify();
  }

  private frame(text: string): void {
    let id: string | undefined;
    const data: string[] = [];
    for (const line of text.split('\n')) {
      if (line.startsWith(':')) this.comments.push(line.slice(1).trim());
      else if (line.startsWith('id:')) id = line.slice(3).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
    }
    if (data.length > 0) this.events.push({ id, data: JSON.parse(data.join('\n')) });
    this.notify();
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((resolve) => resolve());
  }
}

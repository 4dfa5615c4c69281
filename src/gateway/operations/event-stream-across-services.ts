import { Logger } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { MergedPosition } from './merged-position';
import { UpstreamCalls } from './upstream-calls';

const HEARTBEAT_MS = 15_000;
const RECONNECT_MS = 1_000;
const STARTED = /^: streaming events after position (\d+)/;
/** What makes a response an unbuffered event stream; the gateway's says the same as the services'. */
const STREAM_HEADERS = ['content-type', 'cache-control', 'connection', 'x-accel-buffering'];
const logger = new Logger('EventStream');

/** One Server-Sent Events message as a service sends it. */
interface Message {
  id?: string;
  data?: string;
  comment?: string;
}

function parseMessage(block: string): Message {
  const message: Message = {};
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) message.comment = line;
    else if (line.startsWith('id: ')) message.id = line.slice(4);
    else if (line.startsWith('data: '))
      message.data = (message.data === undefined ? '' : `${message.data}\n`) + line.slice(6);
  }
  return message;
}

/**
 * One client's stream of every service's events: the gateway follows each service's own
 * `/api/v1/events/stream` and passes each event on as it arrives, with the merged position after it
 * as `id` (and `position`). A service stream that ends or fails is resumed after the last event taken
 * from it, so a restarting service delays its events but loses none; a client that reconnects with
 * `Last-Event-ID` resumes every service where it stood.
 */
export class EventStreamAcrossServices {
  private closed = false;
  private readonly aborts = new Map<string, AbortController>();
  private readonly heartbeat: NodeJS.Timeout;
  private opened: Response[] = [];

  constructor(
    private readonly response: ServerResponse,
    private readonly upstreams: UpstreamCalls,
    private readonly headers: Record<string, string>,
    private readonly type: string | undefined,
    /** Undefined: from now on, in every service. */
    private position: MergedPosition | undefined,
    private readonly onClose: (stream: EventStreamAcrossServices) => void,
  ) {
    this.heartbeat = setInterval(() => this.write(': heartbeat\n\n'), HEARTBEAT_MS);
    response.on('close', () => this.close());
  }

  /** Opens every service's stream; resolves to the first refusal (not 200), or undefined once all stream. */
  async open(): Promise<Response | undefined> {
    this.opened = await Promise.all(this.upstreams.services().map(({ module }) => this.connect(module)));
    const refused = this.opened.find((response) => response.status !== 200);
    if (refused) this.close();
    return refused;
  }

  /** The event-stream headers of the services' responses (after a successful `open`). */
  streamHeaders(): Record<string, string> {
    const [first] = this.opened;
    return Object.fromEntries(
      STREAM_HEADERS.flatMap((name) => {
        const value = first?.headers.get(name);
        return value ? [[name, value]] : [];
      }),
    );
  }

  /** Starts writing to the client (after the gateway took the response over) and passing the services' events on. */
  begin(): void {
    this.write(`: streaming events after position ${this.position?.toString() ?? 'now'}\n\n`);
    const modules = this.upstreams.services().map(({ module }) => module);
    this.opened.forEach((response, index) => void this.follow(modules[index], response));
    this.opened = [];
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.heartbeat);
    this.aborts.forEach((abort) => abort.abort());
    if (!this.response.writableEnded) this.response.end();
    this.onClose(this);
  }

  private connect(module: string): Promise<Response> {
    const abort = new AbortController();
    this.aborts.set(module, abort);
    const params = this.type === undefined ? '' : `?${new URLSearchParams({ type: this.type })}`;
    const resume: Record<string, string> = this.position ? { 'last-event-id': this.position.of(module) } : {};
    return this.upstreams.fetch(module, `/api/v1/events/stream${params}`, {
      headers: { ...this.headers, ...resume, accept: 'text/event-stream' },
      signal: abort.signal,
    });
  }

  /** Passes one service's events on until its stream ends, then resumes it after the last one taken. */
  private async follow(module: string, response: Response): Promise<void> {
    let current: Response | undefined = response;
    while (!this.closed) {
      try {
        current ??= await this.connect(module);
        if (current.status !== 200) throw new Error(`answered ${current.status}`);
        await this.relay(module, current);
        throw new Error('ended its stream');
      } catch (error) {
        if (this.closed) return;
        logger.warn(
          `events of ${module}: ${error instanceof Error ? error.message : error}; resuming in ${RECONNECT_MS} ms`,
        );
        current = undefined;
        await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
      }
    }
  }

  private async relay(module: string, response: Response): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        const message = parseMessage(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        await this.pass(module, message);
        if (this.closed) return;
      }
    }
  }

  private async pass(module: string, message: Message): Promise<void> {
    const started = message.comment === undefined ? null : STARTED.exec(message.comment);
    // A service that started "now" says from where; later ids carry it, so a resume starts there too.
    if (started) this.position = (this.position ?? MergedPosition.START).advance(module, started[1]);
    if (message.id === undefined || message.data === undefined) return;
    this.position = (this.position ?? MergedPosition.START).advance(module, message.id);
    const id = this.position.toString();
    const event = { ...(JSON.parse(message.data) as object), position: id };
    if (!this.write(`id: ${id}\ndata: ${JSON.stringify(event)}\n\n`)) {
      // A slow client: stop reading the services until it has taken what it was sent.
      await new Promise<void>((resolve) => {
        this.response.once('drain', resolve);
        this.response.once('close', resolve);
      });
    }
  }

  private write(chunk: string): boolean {
    if (this.closed || this.response.writableEnded) return true;
    return this.response.write(chunk);
  }
}

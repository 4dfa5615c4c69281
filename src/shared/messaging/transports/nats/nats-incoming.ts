import { JetStreamClient, JsMsg, headers } from 'nats';
import { TRACEPARENT } from '../../../observability/tracing/trace-parent';
import { IncomingMessage } from '../../delivery/incoming-message';

/** Header of a dead-letter copy: why the pipeline parked it, and which subject it came from. */
export const ERROR_HEADER = 'Ecomm-Error';
export const ORIGINAL_SUBJECT_HEADER = 'Ecomm-Original-Subject';

/**
 * One JetStream delivery from a module's partition consumer, settled the way the pipeline decides:
 * `ack`; retry with a negative acknowledgement delayed by the backoff (JetStream delivers it again to
 * the partition's consumer, counting the delivery); a parked message is first copied, confirmed, to the
 * module's dead-letter subject, then terminated so it is never delivered again. The attempt is
 * JetStream's delivery count, so a delivery a crash interrupted counts as an attempt too.
 */
export class NatsIncoming implements IncomingMessage {
  readonly body: Buffer;
  readonly attempt: number;
  readonly traceParent?: string;

  constructor(
    private readonly message: JsMsg,
    private readonly js: JetStreamClient,
    private readonly deadLetterSubject: string,
    readonly publisher: string | undefined,
  ) {
    this.body = Buffer.from(message.data.buffer, message.data.byteOffset, message.data.byteLength);
    this.attempt = message.info.deliveryCount;
    this.traceParent = message.headers?.get(TRACEPARENT) || undefined;
  }

  async ack(): Promise<void> {
    this.message.ack();
  }

  async retry(delayMs: number): Promise<void> {
    this.message.nak(delayMs);
  }

  async deadLettered(reason: string): Promise<void> {
    const copy = headers();
    for (const [name, values] of this.message.headers ?? []) {
      // The copy is a new message: de-duplication must not drop it as the original.
      if (name !== 'Nats-Msg-Id') values.forEach((value) => copy.append(name, value));
    }
    copy.set(ERROR_HEADER, reason.slice(0, 1000).replace(/[\r\n]+/g, ' '));
    copy.set(ORIGINAL_SUBJECT_HEADER, this.message.subject);
    await this.js.publish(this.deadLetterSubject, this.message.data, { headers: copy });
    this.message.term();
  }

  release(): void {
    this.message.nak();
  }
}

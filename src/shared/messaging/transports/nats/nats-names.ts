import { createHash } from 'node:crypto';

/** The token that marks a redrive subject; no module can be called this (module names start with a letter). */
const REDRIVE = '_redrive';

/**
 * Every stream, consumer, bucket and subject name derives from one prefix (`NATS_PREFIX`), so several
 * deployments or test runs can share a server without seeing each other's messages.
 *
 * Subjects of the events stream are `<prefix>.events.<partition>.<type>` (a type is
 * `<module>.<event>.v<N>`) and `<prefix>.events.<partition>._redrive.<module>`: a module's consumer of
 * one partition filters `<prefix>.events.<partition>.>` (nats-server 2.9 allows one filter subject per
 * consumer) and so reads its redrives in the same order as its events. Who may publish a subject is
 * visible in it: the module a type belongs to, or the module a redrive is for.
 */
export class NatsNames {
  constructor(readonly prefix: string) {}

  /** JetStream stream of every event and redrive (interest retention: kept until every consumer settled it). */
  get eventsStream(): string {
    return `${this.prefix}-events`;
  }

  get eventsSubjects(): string {
    return `${this.prefix}.events.>`;
  }

  /** Stream of the public copies, for outside consumers (`<prefix>.public.<type>`). */
  get publicStream(): string {
    return `${this.prefix}-public`;
  }

  get publicSubjects(): string {
    return `${this.prefix}.public.>`;
  }

  /** Stream of the copies a module's consumer files when the pipeline parks a message (`<prefix>.dead-letters.<module>`). */
  get deadLetterStream(): string {
    return `${this.prefix}-dead-letters`;
  }

  get deadLetterSubjects(): string {
    return `${this.prefix}.dead-letters.>`;
  }

  /** Key-value bucket of the partition leases. */
  get leaseBucket(): string {
    return `${this.prefix}-leases`;
  }

  eventSubject(type: string, partition: number): string {
    return `${this.prefix}.events.${partition}.${type}`;
  }

  redriveSubject(module: string, partition: number): string {
    return `${this.prefix}.events.${partition}.${REDRIVE}.${module}`;
  }

  publicSubject(type: string): string {
    return `${this.prefix}.public.${type}`;
  }

  deadLetterSubject(module: string): string {
    return `${this.prefix}.dead-letters.${module}`;
  }

  /** What a module's consumer of one partition reads. */
  partitionFilter(partition: number): string {
    return `${this.prefix}.events.${partition}.>`;
  }

  /** Durable consumer name of a module's partition (consumer names allow no dots). */
  consumer(module: string, partition: number): string {
    return `${module}-${partition}`;
  }

  leaseKey(module: string, partition: number): string {
    return `${module}.${partition}`;
  }

  /** Core NATS subject on which a live instance answers, so a candidate can tell a dead lease holder at once. */
  instanceSubject(instance: string): string {
    return `${this.prefix}.instances.${instance}`;
  }

  /**
   * What an events subject says: the event type it carries, or the module a redrive is for, and who may
   * publish it (the type's module, or the redriving module). Undefined for a subject outside the stream.
   */
  parse(subject: string): { type?: string; redriveFor?: string; publisher: string } | undefined {
    const head = `${this.prefix}.events.`;
    if (!subject.startsWith(head)) return undefined;
    const [, ...rest] = subject.slice(head.length).split('.');
    if (rest[0] === REDRIVE && rest.length === 2) return { redriveFor: rest[1], publisher: rest[1] };
    if (rest.length < 2 || rest[0] === REDRIVE) return undefined;
    return { type: rest.join('.'), publisher: rest[0] };
  }
}

/** The partition of a stream: a stable hash, so every event of one stream lands on one partition. */
export function partitionOf(streamId: string, partitions: number): number {
  return createHash('sha1').update(streamId).digest().readUInt32BE(0) % partitions;
}

/** The partitions `0 … count - 1`. */
export const partitionsOf = (count: number): number[] => Array.from({ length: count }, (_, partition) => partition);

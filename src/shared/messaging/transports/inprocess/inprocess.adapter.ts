import { Injectable } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { Subscription as BusSubscription } from 'rxjs';
import { IncomingMessage } from '../../delivery/incoming-message';
import { EventEnvelope } from '../../integration-event';
import {
  Deliver,
  RedeliveryUnavailableError,
  Subscription,
  TransportAdapter,
  TransportHealth,
} from '../transport-adapter';

/** One publish's wait for every module it was sent to. */
class Settlement {
  private remaining: number;
  readonly done: Promise<void>;
  private resolve!: () => void;
  private reject!: (error: Error) => void;

  constructor(modules: number) {
    this.remaining = modules;
    this.done = new Promise<void>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    if (modules === 0) this.resolve();
  }

  settled(): void {
    if (--this.remaining === 0) this.resolve();
  }

  abandon(error: Error): void {
    this.reject(error);
  }
}

/** What travels on the `@nestjs/cqrs` EventBus: one envelope, for some modules, at some attempt. */
export class InProcessDelivery {
  constructor(
    readonly envelope: EventEnvelope,
    readonly modules: readonly string[],
    readonly attempt: number,
    readonly settlement: Settlement,
  ) {}
}

/**
 * The in-process transport: events travel on the `@nestjs/cqrs` EventBus inside this process. There
 * is no queue but the outbox, so `publish` resolves only when every subscribed module has settled each
 * event (applied, or parked as a dead letter): the relay marks a row published only once its effects
 * are durable; a crash before that republishes it, and inboxes deduplicate. A retry waits on a timer
 * and travels the bus again.
 */
@Injectable()
export class InProcessAdapter implements TransportAdapter {
  readonly name = 'inprocess';
  private modulesByType = new Map<string, string[]>();
  private deliver?: Deliver;
  private bus?: BusSubscription;
  private started!: () => void;
  private readonly ready = new Promise<void>((resolve) => (this.started = resolve));
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly open = new Set<Settlement>();

  constructor(private readonly eventBus: EventBus) {}

  async start(): Promise<void> {
    // Nothing to connect or declare: the bus exists with the application.
  }

  async listen(subscriptions: readonly Subscription[], deliver: Deliver): Promise<void> {
    this.modulesByType = new Map();
    for (const { module, types } of subscriptions) {
      for (const type of types) this.modulesByType.set(type, [...(this.modulesByType.get(type) ?? []), module]);
    }
    this.deliver = deliver;
    this.bus = this.eventBus.subscribe((item) => {
      if (item instanceof InProcessDelivery) this.dispatch(item);
    });
    this.started();
  }

  async publish(envelopes: readonly EventEnvelope[]): Promise<void> {
    // Published before the consumers listen (the relay starts first): wait for them.
    await this.ready;
    if (!this.listening()) throw new Error('the in-process transport is closed');
    await Promise.all(envelopes.map((envelope) => this.send(envelope, this.modulesByType.get(envelope.type) ?? [])));
  }

  publishBestEffort(envelopes: readonly EventEnvelope[]): void {
    this.publish(envelopes).catch(() => undefined);
  }

  async redeliver(module: string, envelope: EventEnvelope): Promise<void> {
    if (!this.listening()) throw new RedeliveryUnavailableError('the in-process transport is not listening');
    await this.send(envelope, [module]);
  }

  health(): TransportHealth {
    return { up: this.listening() };
  }

  /** Stops taking messages: pending retries are dropped and their publishes fail, so the relay sends them again later. */
  async close(): Promise<void> {
    this.bus?.unsubscribe();
    this.timers.forEach((timer) => clearTimeout(timer));
    this.timers.clear();
    const closed = new Error('the in-process transport closed before the event was settled');
    this.open.forEach((settlement) => settlement.abandon(closed));
    this.open.clear();
  }

  async stop(): Promise<void> {
    await this.close();
  }

  private listening(): boolean {
    return this.bus !== undefined && !this.bus.closed;
  }

  private send(envelope: EventEnvelope, modules: readonly string[]): Promise<void> {
    const settlement = new Settlement(modules.length);
    if (modules.length > 0) {
      this.open.add(settlement);
      void settlement.done.finally(() => this.open.delete(settlement)).catch(() => undefined);
      this.eventBus.publish(new InProcessDelivery(envelope, modules, 1, settlement));
    }
    return settlement.done;
  }

  private dispatch(item: InProcessDelivery): void {
    for (const module of item.modules) this.deliver?.(module, this.message(item, module));
  }

  private message(item: InProcessDelivery, module: string): IncomingMessage {
    const { envelope, attempt, settlement } = item;
    const again = (delayMs: number, nextAttempt: number) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.eventBus.publish(new InProcessDelivery(envelope, [module], nextAttempt, settlement));
      }, delayMs);
      this.timers.add(timer);
    };
    return {
      body: envelope,
      attempt,
      ack: async () => settlement.settled(),
      retry: async (delayMs) => again(delayMs, attempt + 1),
      deadLettered: async () => settlement.settled(),
      // Nothing on this wire redelivers by itself: come back after a short wait, same attempt.
      release: () => again(100, attempt),
    };
  }
}

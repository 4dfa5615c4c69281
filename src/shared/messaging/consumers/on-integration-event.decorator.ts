import { Injectable, SetMetadata, applyDecorators } from '@nestjs/common';
import { Projection } from '../../projections/projection';
import { IntegrationEvent, IntegrationEventClass } from '../integration-event';
import { Transaction } from '../outbox/unit-of-work';

export const INTEGRATION_EVENT_HANDLER = Symbol('INTEGRATION_EVENT_HANDLER');

export interface OnIntegrationEventOptions {
  /** The read model this handler maintains, when it maintains a rebuildable one. */
  projection?: Projection;
}

export interface IntegrationEventHandlerMetadata extends OnIntegrationEventOptions {
  eventClasses: IntegrationEventClass[];
}

/** Handles one integration event inside a transaction that also records it in the consumer's inbox. */
export interface IntegrationEventHandler<E extends IntegrationEvent> {
  handle(event: E, tx: Transaction): Promise<void>;
  /**
   * Optional set-based form, used by projection rebuilds to apply a run of consecutive events in a
   * few statements. It must have exactly the same effect (state and recorded events, in the same
   * order) as calling `handle` on each event in turn; a handler that has it implements `handle` as
   * `handleBatch([event], tx)`, so live delivery and replay run the same code.
   */
  handleBatch?(events: E[], tx: Transaction): Promise<void>;
}

/**
 * Registers a provider as the consumer of one integration event type (or several that it applies
 * alike). The class is named `<Intent>On<Fact>Handler`; its consumer name (`<module>.<intent>`) is
 * derived from that. The transport delivers each event at least once; the inbox makes the effect
 * happen once.
 */
export function OnIntegrationEvent(
  eventClass: IntegrationEventClass | IntegrationEventClass[],
  options: OnIntegrationEventOptions = {},
): ClassDecorator {
  const metadata: IntegrationEventHandlerMetadata = { ...options, eventClasses: [eventClass].flat() };
  return applyDecorators(Injectable(), SetMetadata(INTEGRATION_EVENT_HANDLER, metadata));
}

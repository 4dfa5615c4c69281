import { IntegrationEvent, IntegrationEventClass } from '../integration-event';
import { IntegrationEventHandler } from './on-integration-event.decorator';

/** One handler of one event type, as discovered in the running application. */
export interface ConsumerRegistration {
  consumer: string;
  /** The hosting module, from the consumer name; names the broker queue `<prefix>.<module>`. */
  module: string;
  eventClass: IntegrationEventClass;
  handler: IntegrationEventHandler<IntegrationEvent>;
}

/** Event types each module consumes, derived from handler registrations (never listed by hand). */
export function bindingsByModule(registrations: readonly ConsumerRegistration[]): Map<string, string[]> {
  const result = new Map<string, Set<string>>();
  for (const registration of registrations) {
    const types = result.get(registration.module) ?? new Set<string>();
    types.add(registration.eventClass.type);
    result.set(registration.module, types);
  }
  return new Map([...result].map(([module, types]) => [module, [...types].sort()]));
}

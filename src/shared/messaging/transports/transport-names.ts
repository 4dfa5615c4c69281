/** The transports `EVENT_TRANSPORT` may name; `transports.ts` maps each to its adapter. */
export const TRANSPORT_NAMES = ['inprocess', 'rabbitmq', 'nats'] as const;
export type TransportName = (typeof TRANSPORT_NAMES)[number];

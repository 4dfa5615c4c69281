import { serviceSamples } from './service-metrics';

const exposition = (queue: string) => `# HELP outbox_unpublished_events Events not yet published
# TYPE outbox_unpublished_events gauge
outbox_unpublished_events 3
# HELP rabbitmq_queue_messages Messages ready
# TYPE rabbitmq_queue_messages gauge
rabbitmq_queue_messages{queue="${queue}"} 12
# HELP http_request_duration_seconds timings
# TYPE http_request_duration_seconds histogram
http_request_duration_seconds_bucket{le="0.1"} 4
`;

describe('serviceSamples', () => {
  it("keeps only the flow gauges, labelled with the service, and each metric's HELP and TYPE once", () => {
    const seen = new Set<string>();
    const lines = [
      ...serviceSamples('catalog', exposition('ecomm.catalog.0'), seen),
      ...serviceSamples('search', exposition('ecomm.search.0'), seen),
    ];
    expect(lines).toEqual([
      '# HELP outbox_unpublished_events Events not yet published',
      '# TYPE outbox_unpublished_events gauge',
      'outbox_unpublished_events{service="catalog"} 3',
      '# HELP rabbitmq_queue_messages Messages ready',
      '# TYPE rabbitmq_queue_messages gauge',
      'rabbitmq_queue_messages{service="catalog",queue="ecomm.catalog.0"} 12',
      'outbox_unpublished_events{service="search"} 3',
      'rabbitmq_queue_messages{service="search",queue="ecomm.search.0"} 12',
    ]);
  });
});

/**
 * The gauges that tell whether events flow in each service: outbox lag, consumer lag (the broker
 * queues' depth: with a database per service a consumer's lag cannot be read from its own event
 * store) and dead letters waiting for an operator.
 */
export const FLOW_GAUGES = [
  'outbox_unpublished_events',
  'outbox_oldest_unpublished_age_seconds',
  'projection_lag_events',
  'rabbitmq_queue_messages',
  'dead_letters_pending',
] as const;

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(.+)$/;

/**
 * Keeps the `FLOW_GAUGES` of one service's Prometheus text exposition and labels every sample with
 * `service="<module>"`; HELP and TYPE lines are kept the first time a metric is seen (`seen`), so
 * several services' outputs concatenate into one valid exposition.
 */
export function serviceSamples(module: string, exposition: string, seen: Set<string>): string[] {
  const wanted = new Set<string>(FLOW_GAUGES);
  const lines: string[] = [];
  for (const line of exposition.split('\n')) {
    const meta = /^# (HELP|TYPE) (\S+)/.exec(line);
    if (meta) {
      if (wanted.has(meta[2]) && !seen.has(`${meta[1]} ${meta[2]}`)) {
        seen.add(`${meta[1]} ${meta[2]}`);
        lines.push(line);
      }
      continue;
    }
    const sample = SAMPLE.exec(line);
    if (!sample || !wanted.has(sample[1])) continue;
    const labels = [`service="${module}"`, ...(sample[3] ? [sample[3]] : [])].join(',');
    lines.push(`${sample[1]}{${labels}} ${sample[4]}`);
  }
  return lines;
}

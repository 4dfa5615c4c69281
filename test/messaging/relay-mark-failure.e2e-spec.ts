import { runCommand } from '../support/built-process';

/**
 * The relay marks one batch published while it publishes the next. When the database goes away in
 * that overlap, the failed mark must come back as a failed pass (retried on the next poll), never as
 * a rejection nobody listens to, which ends a Node process. Run in a process of its own, with the
 * built relay and a store whose marks fail, because Jest itself catches unobserved rejections.
 */
const SCRIPT = `
const { OutboxRelay } = require('./dist/shared/messaging/outbox/outbox-relay');
const stored = (position) => ({
  position: String(position), module: 'shop', publishedAt: null, traceParent: null,
  eventId: '00000000-0000-7000-8000-00000000000' + position, type: 'shop.thing-happened.v1',
  streamId: 'shop.thing:1', streamVersion: position, occurredAt: new Date(0).toISOString(),
  correlationId: 'c', causationId: null, actor: 'system', payload: {},
});
const batches = [[stored(1)], [stored(2)], []];
let published = 0;
const relay = new OutboxRelay(
  { modules: ['shop'], relay: { batchSize: 1, pollIntervalMs: 60000 } },
  { embedded: true },
  // The second batch is still on the wire when the first one's mark fails.
  { name: 'fake', publish: async () => { if (published++ === 1) await new Promise((r) => setTimeout(r, 200)); } },
  {
    findUnpublished: async () => batches.shift() ?? [],
    markPublished: async () => { throw new Error('terminating connection due to administrator command'); },
  },
  { parse: (envelope) => ({ envelope }) },
  {},
  {},
  { subscribe: () => () => undefined },
);
relay.flush().then(
  () => console.log('flush resolved'),
  (error) => console.log('pass failed: ' + error.message + '; batches published: ' + published),
);
`;

describe('outbox relay when the database goes away while it marks', () => {
  it('fails the pass and keeps the process alive', async () => {
    const result = await runCommand(process.execPath, ['-e', SCRIPT]);

    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout.trim()).toBe(
      'pass failed: terminating connection due to administrator command; batches published: 2',
    );
  });
});

import { NatsConnection } from 'nats';
import { createTestNats, natsClient, TestNats } from '../nats/test-nats';
import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';
import { DeadLetterItem, describeDeadLetterOperations } from './dead-letter-suite';

const natsApp = (server: TestNats, prefix: string) =>
  startTestApp({ EVENT_TRANSPORT: 'nats', NATS_URL: server.url, NATS_PREFIX: prefix, CONSUMER_MAX_ATTEMPTS: '2' });

describe('dead letters on the NATS transport', () => {
  let server: TestNats;

  describeDeadLetterOperations(
    async () => {
      server = await createTestNats();
      return natsApp(server, server.newPrefix());
    },
    () => server?.drop(),
  );
});

describe('an unreadable message on the NATS transport', () => {
  let server: TestNats;
  let prefix: string;
  let app: TestApp;
  let nc: NatsConnection;

  beforeAll(async () => {
    server = await createTestNats();
    prefix = server.newPrefix();
    app = await natsApp(server, prefix);
    nc = await natsClient();
  });

  afterAll(async () => {
    await nc?.close();
    await app?.close();
    await server?.drop();
  });

  it('is listed with its error, kept on the module dead-letter subject as the broker-level copy, and cannot be redriven', async () => {
    const js = nc.jetstream();
    await js.publish(`${prefix}.events.0.rating.product-rated.v1`, Buffer.from('this is not json'), {
      msgID: 'garbage-1',
    });

    const admin = await tokenFor('admin-1', { admin: true });
    const page = await eventually(
      () =>
        app.api.get<{ items: DeadLetterItem[] }>('/api/v1/admin/dead-letters?consumer=rating.invalid-message', {
          token: admin,
        }),
      (response) => response.body.items?.length === 1,
      { what: 'the unreadable message to be parked' },
    );
    const [parked] = page.body.items;
    expect(parked).toMatchObject({
      eventId: null,
      type: null,
      envelope: { raw: 'this is not json' },
      redrivenAt: null,
    });
    expect(parked.error).toContain('JSON');

    const copy = await eventually(
      () =>
        nc
          .jetstreamManager()
          .then((jsm) =>
            jsm.streams.getMessage(`${prefix}-dead-letters`, { last_by_subj: `${prefix}.dead-letters.rating` }),
          )
          .catch(() => undefined),
      (message) => message !== undefined,
      { what: 'the copy on the dead-letter subject' },
    );
    expect(Buffer.from(copy!.data).toString()).toBe('this is not json');
    expect(copy!.header.get('Ecomm-Error')).toContain('JSON');
    expect(copy!.header.get('Ecomm-Original-Subject')).toBe(`${prefix}.events.0.rating.product-rated.v1`);

    const redrive = await app.api.post(`/api/v1/admin/dead-letters/${parked.id}/redrive`, undefined, { token: admin });
    expect(redrive.status).toBe(409);
    expect(redrive.body.code).toBe('dead-letter.invalid-message');
  });
});

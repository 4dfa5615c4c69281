import { connectOptions, redactedServers } from './nats-connection';

describe('NATS connection settings', () => {
  it('connects to every server of the list, as the first credentials any URL carries', () => {
    expect(
      connectOptions(['nats://a.example:4222', 'nats://svc%40x:p%3Ass@b.example:4223', 'nats://c.example']),
    ).toEqual({ servers: ['a.example:4222', 'b.example:4223', 'c.example:4222'], user: 'svc@x', pass: 'p:ss' });
    expect(connectOptions(['nats://127.0.0.1:4222'])).toEqual({ servers: ['127.0.0.1:4222'] });
  });

  it('masks passwords in what it logs', () => {
    expect(redactedServers(['nats://svc:secret@a.example:4222', 'nats://b.example:4222'])).toBe(
      'nats://svc:***@a.example:4222,nats://b.example:4222',
    );
  });
});

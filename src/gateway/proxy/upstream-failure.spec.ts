import { upstreamFailure } from './upstream-failure';

function wrapped(code: string): Error {
  const cause = Object.assign(new Error(`connect ${code} 10.0.0.7:3000`), { code });
  return Object.assign(new Error(cause.message, { cause }), { code: 'FST_REPLY_FROM_INTERNAL_SERVER_ERROR' });
}

describe('upstreamFailure', () => {
  it('answers 503 with Retry-After when nothing listens at the upstream', () => {
    expect(upstreamFailure('reviews', wrapped('ECONNREFUSED'))).toMatchObject({
      status: 503,
      detail: expect.stringContaining('reviews'),
      headers: { 'retry-after': '1' },
    });
    expect(upstreamFailure('search', wrapped('ENOTFOUND')).status).toBe(503);
  });

  it('answers 504 when the upstream does not answer in time', () => {
    expect(upstreamFailure('rating', wrapped('UND_ERR_HEADERS_TIMEOUT')).status).toBe(504);
  });

  it('answers 502 when the upstream answers garbage or drops the connection', () => {
    expect(upstreamFailure('catalog', wrapped('ECONNRESET')).status).toBe(502);
    expect(upstreamFailure('catalog', new Error('invalid status code')).status).toBe(502);
  });
});

import { redactUrl } from './redact-url';

describe('redactUrl', () => {
  it('keeps URLs without credentials as they are', () => {
    for (const url of ['/api/v1/products', '/api/v1/search?q=lamp&limit=5', '/x?', '/x?a&b=1', '/x?tokens_left=3x'])
      expect(redactUrl(url)).toBe(url);
  });

  it.each([
    'access_token',
    'ACCESS_TOKEN',
    'id_token',
    'refresh_token',
    'token',
    'password',
    'client_secret',
    'api_key',
    'apikey',
    'key',
    'code',
    'X-Amz-Signature',
    'sig',
    'session_id',
    'access%5Ftoken',
  ])('redacts the value of %s', (name) => {
    expect(redactUrl(`/x?limit=5&${name}=s3cr3t%20value&q=lamp`)).toBe(`/x?limit=5&${name}=[redacted]&q=lamp`);
  });

  it('redacts every occurrence', () => {
    expect(redactUrl('/x?token=a&token=b')).toBe('/x?token=[redacted]&token=[redacted]');
  });
});

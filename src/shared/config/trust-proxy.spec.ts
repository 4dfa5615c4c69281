import { ConfigError } from './config-error';
import { trustProxy } from './trust-proxy';

describe('trustProxy (TRUST_PROXY)', () => {
  it.each<[string | undefined, unknown]>([
    [undefined, false],
    ['', false],
    ['none', false],
    ['0', false],
    ['2', 2],
    ['10.0.0.1', ['10.0.0.1']],
    [' 10.0.0.0/8 , fd00::/8,loopback ', ['10.0.0.0/8', 'fd00::/8', 'loopback']],
    ['::1', ['::1']],
  ])('reads %j as %j', (value, expected) => {
    expect(trustProxy({ TRUST_PROXY: value })).toEqual(expected);
  });

  it.each([
    'true',
    'yes',
    '-1',
    '33',
    '1.2.3',
    '10.0.0.0/33',
    '::1/129',
    '10.0.0.1/8/8',
    'proxy.internal',
    '10.0.0.1,',
  ])('refuses %j', (value) => {
    expect(() => trustProxy({ TRUST_PROXY: value })).toThrow(ConfigError);
  });
});

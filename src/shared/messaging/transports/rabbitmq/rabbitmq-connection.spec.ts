import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { redactedUrl, tlsSocketOptions } from './rabbitmq-connection';

describe('tlsSocketOptions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rabbitmq-tls-'));
  const file = (name: string) => {
    const path = join(dir, name);
    writeFileSync(path, `-----${name}-----`);
    return path;
  };
  const tls = { caFile: file('ca.pem'), certFile: file('cert.pem'), keyFile: file('key.pem') };

  it('passes the CA, certificate and key file contents for amqps URLs', () => {
    const options = tlsSocketOptions('amqps://broker:5671', tls);
    expect(options.ca).toEqual([Buffer.from('-----ca.pem-----')]);
    expect(options.cert).toEqual(Buffer.from('-----cert.pem-----'));
    expect(options.key).toEqual(Buffer.from('-----key.pem-----'));
  });

  it('passes nothing for plain amqp URLs or when no file is configured', () => {
    expect(tlsSocketOptions('amqp://broker:5672', tls)).toEqual({});
    expect(tlsSocketOptions('amqp://n1:5672,amqps://n2:5671', tls).ca).toEqual([Buffer.from('-----ca.pem-----')]);
    expect(tlsSocketOptions('amqps://broker:5671', {})).toEqual({});
  });
});

describe('redactedUrl', () => {
  it('masks the password of a broker URL', () => {
    expect(redactedUrl('amqp://guest:secret@127.0.0.1:5672/vh')).toBe('amqp://guest:***@127.0.0.1:5672/vh');
  });

  it('masks every password of a comma list of cluster nodes', () => {
    expect(redactedUrl('amqp://u:s1@n1:5672/v, amqp://u:s2@n2:5672/v')).toBe(
      'amqp://u:***@n1:5672/v,amqp://u:***@n2:5672/v',
    );
  });
});

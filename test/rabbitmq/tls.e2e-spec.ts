import * as amqplib from 'amqplib';
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { eventually } from '../support/eventually';
import { rabbitmqctl } from '../support/rabbitmqctl';
import { startTestApp, TestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';
import { createTestBroker, TestBroker } from './test-broker';

const run = promisify(execFile);
/** `command` is split on spaces; `subject` (which may contain spaces) is passed as `-subj`. */
const openssl = (cwd: string, command: string, subject?: string) =>
  run('openssl', [...command.split(' '), ...(subject ? ['-subj', subject] : [])], { cwd, timeout: 30000 });

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** A throw-away CA, and a server and a client certificate it signed (RSA, valid for a day). */
async function createCertificates(dir: string): Promise<void> {
  const key = '-newkey rsa:2048 -nodes';
  await openssl(dir, `req -x509 ${key} -days 1 -keyout ca.key -out ca.pem`, '/CN=ecomm test CA');
  await writeFile(join(dir, 'server.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\n');
  for (const [name, extensions] of [
    ['server', ' -extfile server.ext'],
    ['client', ''],
  ]) {
    await openssl(dir, `req ${key} -keyout ${name}.key -out ${name}.csr`, `/CN=${name}`);
    const sign = `x509 -req -in ${name}.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 1 -out ${name}.pem`;
    await openssl(dir, sign + extensions);
  }
  // The broker runs as its own user and must read the server's files.
  await chmod(dir, 0o755);
  for (const file of await readdir(dir)) await chmod(join(dir, file), 0o644);
}

/**
 * `amqps://` end to end against the shared local broker without restarting it: the test starts an
 * extra TLS listener (mutual TLS: the client must present a certificate of the test CA) on a free
 * port with `rabbitmqctl eval`, and stops it afterwards; the plain 5672 listener is never touched.
 */
describe('RabbitMQ over TLS', () => {
  let dir: string;
  let port: number;
  let listening = false;
  let broker: TestBroker;
  let app: TestApp | undefined;
  const listener = () => `{"127.0.0.1", ${port}}`;
  const tlsUrl = () => {
    const url = new URL(broker.url);
    url.protocol = 'amqps:';
    url.port = String(port);
    return url.toString();
  };
  const file = (name: string) => join(dir, name);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ecomm-tls-'));
    await createCertificates(dir);
    port = await freePort();
    const options =
      `[{cacertfile, "${file('ca.pem')}"}, {certfile, "${file('server.pem')}"}, {keyfile, "${file('server.key')}"}, ` +
      `{verify, verify_peer}, {fail_if_no_peer_cert, true}]`;
    // Marked first: even a start that times out may have opened the listener, and afterAll must close it.
    listening = true;
    const started = await rabbitmqctl('eval', `rabbit_networking:start_ssl_listener(${listener()}, ${options}, 1).`);
    expect(started.trim()).toBe('ok');
    broker = await createTestBroker();
  });

  afterAll(async () => {
    await app?.close();
    if (listening) await rabbitmqctl('eval', `rabbit_networking:stop_tcp_listener(${listener()}).`);
    await broker?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('runs the whole application on amqps:// with the CA, client certificate and key from the configuration', async () => {
    app = await startTestApp({
      EVENT_TRANSPORT: 'rabbitmq',
      RABBITMQ_URL: tlsUrl(),
      RABBITMQ_PREFIX: broker.newPrefix(),
      RABBITMQ_CA_FILE: file('ca.pem'),
      RABBITMQ_CERT_FILE: file('client.pem'),
      RABBITMQ_KEY_FILE: file('client.key'),
    });
    const created = await app.api.post(
      '/api/v1/products',
      {
        sku: 'TLS-1',
        name: 'Sealed box',
        description: 'Encrypted on the wire',
        price: { amount: 900, currency: 'EUR' },
        initialStock: 1,
      },
      { token: await tokenFor('admin-1', { admin: true }) },
    );
    expect(created.status).toBe(201);
    await eventually(
      () => app!.api.get(`/api/v1/inventory/${created.body.id}`),
      (response) => response.status === 200,
      { what: 'inventory to learn the product over the TLS connection' },
    );
    // list_connections is not scoped by vhost: keep this test's own connections.
    const listed = await rabbitmqctl('list_connections', '--silent', 'vhost', 'ssl', 'peer_cert_subject');
    const connections = listed.split('\n').filter((line) => line.startsWith(`${broker.vhost}\t`));
    expect(connections.length).toBeGreaterThan(0);
    connections.forEach((line) => expect(line).toMatch(/\ttrue\tCN=client/));
  });

  it('refuses a client without a certificate, and a client that does not trust the broker', async () => {
    const ca = [await readFile(file('ca.pem'))];
    await expect(amqplib.connect(tlsUrl(), { ca })).rejects.toThrow();
    const cert = await readFile(file('client.pem'));
    const key = await readFile(file('client.key'));
    await expect(amqplib.connect(tlsUrl(), { cert, key })).rejects.toThrow(/self.signed|certificate/i);
    const connection = await amqplib.connect(tlsUrl(), { ca, cert, key });
    await connection.close();
  });
});

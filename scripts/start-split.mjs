// Runs the split deployment on this machine: one process per module (ports 3001-3005) plus the
// gateway (PORT, default 3000), all from dist/ (`npm run start:split` builds first). Events travel
// over RabbitMQ unless EVENT_TRANSPORT says otherwise. Ctrl-C or SIGTERM stops every process.
//
// The production topology: each module has its own database (`<db>_<module>` on the server of
// DATABASE_URL, created when missing) and its own broker user (scripts/create-broker-users.sh), which
// may publish only its module's events.
//
// Environment: DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/ecomm; its database name is
// the stem of the module databases, ecomm_catalog ...), CATALOG_DATABASE_URL ... SEARCH_DATABASE_URL
// to choose a module's database (the same URL for all = one shared database), JWT_SECRET (default:
// generated once into .data/split-jwt-secret), RABBITMQ_URL (a comma list for a cluster; its user must
// be allowed to create users, e.g. guest), RABBITMQ_PREFIX, SPLIT_BROKER_USERS=off to connect every
// service as the RABBITMQ_URL user instead, RABBITMQCTL, PORT, LOG_LEVEL.
/* global AbortSignal */
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MODULES = ['catalog', 'reviews', 'rating', 'inventory', 'search'];
const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/ecomm';
const STOP_GRACE_MS = 20_000;
const env = process.env;
const gatewayPort = Number(env.PORT || 3000);
const transport = env.EVENT_TRANSPORT || 'rabbitmq';
const colorful = process.stdout.isTTY && !env.NO_COLOR;
const COLORS = { catalog: 36, reviews: 33, rating: 35, inventory: 32, search: 34, gateway: 97 };

const paint = (code, text) => (colorful ? `\x1b[${code}m${text}\x1b[0m` : text);
const say = (message) => console.log(`${paint(1, '[split]')} ${message}`);
const shout = (message) => console.error(paint('1;41;97', `[split] ${message}`));
const modulePort = (module) => 3001 + MODULES.indexOf(module);
const hidePassword = (url) => url.replace(/\/\/([^:/@]+):[^@]*@/g, '//$1:***@');
const DEFAULT_RABBITMQ_URL = 'amqp://guest:guest@127.0.0.1:5672';
const rabbitmqUrls = (env.RABBITMQ_URL || DEFAULT_RABBITMQ_URL).split(',').map((url) => url.trim());

/** `postgresql://…/ecomm` → `postgresql://…/ecomm_catalog`: the module's own database on the same server. */
function moduleDatabaseUrl(sharedUrl, module) {
  const url = new URL(sharedUrl);
  url.pathname = `/${decodeURIComponent(url.pathname.slice(1)) || 'ecomm'}_${module}`;
  return url.toString();
}

/** Every node URL of the broker list, with the module's user and password instead of the operator's. */
function brokerUrlAs(user, password) {
  return rabbitmqUrls
    .map((node) => {
      const url = new URL(node);
      url.username = encodeURIComponent(user);
      url.password = encodeURIComponent(password);
      return url.toString();
    })
    .join(',');
}

/** The password of each module's broker user: generated once and kept on disk beside the JWT secret. */
function brokerPasswords() {
  const file = resolve(ROOT, env.DATA_DIR || '.data', 'split-broker-passwords.json');
  const known = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const passwords = Object.fromEntries(
    MODULES.map((module) => [module, known[module] || randomBytes(24).toString('base64url')]),
  );
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(passwords, null, 2)}\n`, { mode: 0o600 });
  return passwords;
}

/**
 * Creates (or updates) one broker user per module with scripts/create-broker-users.sh and returns each
 * module's user and password; undefined when every service connects as the RABBITMQ_URL user.
 */
async function brokerUsers() {
  if (transport !== 'rabbitmq' || env.SPLIT_BROKER_USERS === 'off') return undefined;
  const passwords = brokerPasswords();
  const vhost = decodeURIComponent(new URL(rabbitmqUrls[0]).pathname.slice(1)) || '/';
  const prefix = env.RABBITMQ_PREFIX ?? 'ecomm';
  const variables = Object.fromEntries(
    MODULES.map((module) => [`BROKER_PASSWORD_${module.toUpperCase()}`, passwords[module]]),
  );
  const { stdout } = await promisify(execFile)(
    'bash',
    [join(ROOT, 'scripts', 'create-broker-users.sh'), '--vhost', vhost, '--prefix', prefix, ...MODULES],
    { env: { ...env, ...variables }, timeout: 120_000 },
  );
  const users = Object.fromEntries(
    stdout
      .trim()
      .split('\n')
      .map((line) => line.split('\t'))
      .map(([module, user]) => [module, { user, password: passwords[module] }]),
  );
  say(`broker users: ${MODULES.map((module) => users[module].user).join(', ')} (vhost ${vhost})`);
  return users;
}

/** Connects to the database `url` names, creating it first (through the `postgres` database) when it does not exist. */
async function ensureDatabase(url) {
  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    return;
  } catch (error) {
    if (error.code !== '3D000') throw error; // anything but "database does not exist"
  } finally {
    await probe.end().catch(() => undefined);
  }
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    say(`created database ${name}`);
  } catch (error) {
    if (error.code !== '42P04') throw error; // created meanwhile by someone else
  } finally {
    await client.end();
  }
}

/** The HS256 secret every process shares: JWT_SECRET, else one generated on first use and kept on disk. */
function sharedJwtSecret() {
  if (env.JWT_SECRET) return { secret: env.JWT_SECRET, mint: 'JWT_SECRET="$JWT_SECRET"' };
  const file = resolve(ROOT, env.DATA_DIR || '.data', 'split-jwt-secret');
  const mint = `JWT_SECRET=$(cat ${relative(process.cwd(), file)})`;
  if (existsSync(file)) return { secret: readFileSync(file, 'utf8').trim(), mint };
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  say(`generated a JWT secret in ${relative(process.cwd(), file)}`);
  return { secret, mint };
}

const children = new Map();
let stopping = false;
let failures = 0;

function pipeLines(stream, tag, output) {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => output.write(`${tag} ${line}\n`));
}

function start(name, processEnv) {
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: ROOT,
    env: { ...env, ...processEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tag = paint(COLORS[name], `[${name}]`.padEnd(11));
  pipeLines(child.stdout, tag, process.stdout);
  pipeLines(child.stderr, tag, process.stderr);
  children.set(name, child);
  child.on('exit', (code, signal) => {
    children.delete(name);
    const how = signal ? `signal ${signal}` : `code ${code}`;
    if (!stopping) {
      failures++;
      shout(
        `${name} EXITED UNEXPECTEDLY (${how}); the other processes keep running. Fix it and restart with Ctrl-C, npm run start:split.`,
      );
    } else {
      if (code !== 0) failures++;
      say(`${name} stopped (${how})`);
    }
    if (stopping && children.size === 0) process.exit(failures === 0 ? 0 : 1);
  });
}

function stop(signal) {
  if (stopping) {
    say(`${signal} again: killing ${[...children.keys()].join(', ')}`);
    for (const child of children.values()) child.kill('SIGKILL');
    return;
  }
  stopping = true;
  if (children.size === 0) process.exit(failures === 0 ? 0 : 1);
  say(`${signal}: stopping ${[...children.keys()].join(', ')} (press Ctrl-C again to kill them)`);
  for (const child of children.values()) child.kill('SIGTERM');
  setTimeout(() => {
    shout(`still running after ${STOP_GRACE_MS / 1000} s, killing: ${[...children.keys()].join(', ')}`);
    for (const child of children.values()) child.kill('SIGKILL');
  }, STOP_GRACE_MS).unref();
}

/** Polls the gateway's aggregated readiness; now and then says which service it is still waiting for. */
async function waitUntilReady() {
  const started = Date.now();
  let lastNotice = started;
  while (!stopping) {
    let waitingFor = ['gateway'];
    try {
      const response = await fetch(`http://127.0.0.1:${gatewayPort}/health/ready`, {
        signal: AbortSignal.timeout(3000),
      });
      if (response.ok) return true;
      waitingFor = Object.keys((await response.json()).error ?? {});
    } catch {
      // the gateway is not listening yet
    }
    if (Date.now() - lastNotice > 15_000) {
      say(`still waiting for ${waitingFor.join(', ')} (${Math.round((Date.now() - started) / 1000)} s)`);
      lastNotice = Date.now();
    }
    await sleep(500);
  }
  return false;
}

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'main.js'))) {
    shout('dist/main.js is missing: run `npm run build` first (npm run start:split does)');
    process.exit(1);
  }
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  const sharedUrl = env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const databaseUrls = Object.fromEntries(
    MODULES.map((module) => [
      module,
      env[`${module.toUpperCase()}_DATABASE_URL`] || moduleDatabaseUrl(sharedUrl, module),
    ]),
  );
  for (const url of new Set(Object.values(databaseUrls))) {
    try {
      await ensureDatabase(url);
    } catch (error) {
      shout(`cannot use PostgreSQL at ${hidePassword(url)}: ${error.message}`);
      shout(
        'start one (e.g. docker run -d -p 5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust postgres:15) or set DATABASE_URL',
      );
      process.exit(1);
    }
  }
  const jwt = sharedJwtSecret();
  let users;
  try {
    users = await brokerUsers();
  } catch (error) {
    shout(`cannot create the broker users: ${(error.stderr || error.message).trim().split('\n').at(-1)}`);
    shout(
      'run it where rabbitmqctl reaches the broker (RABBITMQCTL=...), or set SPLIT_BROKER_USERS=off to use RABBITMQ_URL for all',
    );
    process.exit(1);
  }
  // Which broker user may publish each module's events; consumers refuse events from anyone else.
  const publishers = users && MODULES.map((module) => `${module}=${users[module].user}`).join(',');
  if (transport !== 'rabbitmq') {
    say(`EVENT_TRANSPORT=${transport}: events stay inside each process, so no module hears another's events`);
  }

  const upstreams = {};
  for (const module of MODULES) {
    upstreams[`${module.toUpperCase()}_URL`] = `http://127.0.0.1:${modulePort(module)}`;
    start(module, {
      APP_MODULES: module,
      PORT: String(modulePort(module)),
      DATABASE_URL: databaseUrls[module],
      EVENT_TRANSPORT: transport,
      JWT_SECRET: jwt.secret,
      // The gateway on this machine is the one proxy: rate limits key on the client address it forwards.
      TRUST_PROXY: 'loopback',
      ...(users && {
        RABBITMQ_URL: brokerUrlAs(users[module].user, users[module].password),
        RABBITMQ_PUBLISHERS: publishers,
      }),
    });
  }
  start('gateway', { APP_MODULES: 'gateway', PORT: String(gatewayPort), DATABASE_URL: '', ...upstreams });

  if (!(await waitUntilReady())) return;
  const base = `http://127.0.0.1:${gatewayPort}`;
  say(paint(32, 'split deployment ready'));
  say(`  API        ${base}/api/v1   (gateway)`);
  say(`  docs       ${base}/docs     OpenAPI: ${base}/docs/openapi.json`);
  say(`  services   ${MODULES.map((module) => `${module} :${modulePort(module)}`).join(', ')}`);
  say(
    `  events     ${transport}${transport === 'rabbitmq' ? ` at ${hidePassword(rabbitmqUrls.join(','))}` : ''}${users ? ', one broker user per service' : ''}`,
  );
  for (const module of MODULES) say(`  ${module.padEnd(10)} database ${hidePassword(databaseUrls[module])}`);
  say(`  token      ${jwt.mint} npm run token -- --sub alice --admin`);
  say('Ctrl-C stops everything.');
}

main().catch((error) => {
  shout(error.stack ?? String(error));
  stop('error');
});

#!/usr/bin/env node
// Prints the `authorization` block of a nats-server configuration with one user per module, each
// allowed to publish only its own events (<prefix>.events.*.<module>.>), their public copies
// (<prefix>.public.<module>.>), its own redrives and dead-letter copies, and to use JetStream only
// for the deployment's streams, its own consumers and its own partition leases.
//
// Usage: node scripts/nats-users.mjs [--prefix PREFIX] [--partitions N] [--user-prefix NAME] [MODULE...]
//   --prefix       NATS_PREFIX of the deployment (default $NATS_PREFIX or ecomm)
//   --partitions   NATS_PARTITIONS of the deployment (default $NATS_PARTITIONS or 4): consumer names
//                  are <module>-<partition>, and a permission cannot match part of a name
//   --user-prefix  user names are <user-prefix><module> (default <prefix>-)
//   MODULE...      default: catalog reviews rating inventory search
// Environment:
//   NATS_PASSWORD_<MODULE>  the password of that module's user (e.g. NATS_PASSWORD_REVIEWS); a
//                           generated one otherwise. Include the block in the server's configuration
//                           and reload it (nats-server --signal reload); each service connects with
//                           NATS_URL=nats://<user>:<password>@host:4222.
import { randomBytes } from 'node:crypto';

const args = process.argv.slice(2);
let prefix = process.env.NATS_PREFIX || 'ecomm';
let partitions = Number(process.env.NATS_PARTITIONS || 4);
let userPrefix;
const modules = [];
while (args.length > 0) {
  const arg = args.shift();
  if (arg === '--prefix') prefix = args.shift();
  else if (arg === '--partitions') partitions = Number(args.shift());
  else if (arg === '--user-prefix') userPrefix = args.shift();
  else if (arg === '-h' || arg === '--help') {
    console.log(
      'usage: node scripts/nats-users.mjs [--prefix PREFIX] [--partitions N] [--user-prefix NAME] [MODULE...]',
    );
    process.exit(0);
  } else if (arg.startsWith('-')) {
    console.error(`unknown option ${arg} (see --help)`);
    process.exit(2);
  } else modules.push(arg);
}
if (modules.length === 0) modules.push('catalog', 'reviews', 'rating', 'inventory', 'search');
userPrefix ??= `${prefix}-`;

const streams = ['events', 'public', 'dead-letters'].map((name) => `${prefix}-${name}`);
const leases = `KV_${prefix}-leases`;

if (!Number.isInteger(partitions) || partitions < 1 || partitions > 64) {
  console.error('--partitions must be a whole number between 1 and 64');
  process.exit(2);
}

/** What module `module`'s service may publish and subscribe to. */
function permissions(module) {
  const consumers = Array.from({ length: partitions }, (_, partition) => `${prefix}-events.${module}-${partition}`);
  return {
    publish: {
      allow: [
        `${prefix}.events.*.${module}.>`,
        `${prefix}.events.*._redrive.${module}`,
        `${prefix}.public.${module}.>`,
        `${prefix}.dead-letters.${module}`,
        `${prefix}.instances.*`,
        `$KV.${prefix}-leases.${module}.*`,
        '$JS.API.INFO',
        ...[...streams, leases].flatMap((stream) => [
          `$JS.API.STREAM.INFO.${stream}`,
          `$JS.API.STREAM.CREATE.${stream}`,
        ]),
        `$JS.API.DIRECT.GET.${leases}`,
        `$JS.API.DIRECT.GET.${leases}.>`,
        `$JS.API.STREAM.MSG.GET.${leases}`,
        ...consumers.flatMap((consumer) => [
          `$JS.API.CONSUMER.INFO.${consumer}`,
          `$JS.API.CONSUMER.CREATE.${consumer}.>`,
          `$JS.API.CONSUMER.DURABLE.CREATE.${consumer}`,
          `$JS.API.CONSUMER.MSG.NEXT.${consumer}`,
          `$JS.ACK.${consumer}.>`,
        ]),
      ],
    },
    subscribe: { allow: ['_INBOX.>', `${prefix}.instances.*`] },
    // Replies to requests it received: its answers to lease liveness pings.
    allow_responses: true,
  };
}

const users = modules.map((module) => ({
  user: `${userPrefix}${module}`,
  password: process.env[`NATS_PASSWORD_${module.toUpperCase()}`] || randomBytes(24).toString('base64url'),
  permissions: permissions(module),
}));
console.log(`authorization {\n  users = ${JSON.stringify(users, null, 2).replace(/\n/g, '\n  ')}\n}`);

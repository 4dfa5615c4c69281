import { decodeJwt } from 'jose';
import { parseArgs } from 'node:util';
import { loadAppConfig } from '../load-app-config';
import { ADMIN_ROLE } from '../shared/auth/authenticated-user';
import { readDevSecret } from '../shared/auth/dev-secret';
import { signDevToken } from '../shared/auth/dev-token';

const USAGE = 'usage: npm run token -- --sub <user-id> [--admin] [--expires 1h]';

/** Prints a development token: `node dist/cli/token.cli.js --sub alice [--admin] [--expires 1h]`. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sub: { type: 'string' },
      admin: { type: 'boolean', default: false },
      expires: { type: 'string', default: '1h' },
    },
  });
  if (!values.sub) throw new Error(USAGE);
  const config = loadAppConfig();
  const secret = config.jwt.secret ?? (await readDevSecret(config.dataDir));
  if (!secret) {
    throw new Error(`no signing secret: start the server once to create the dev secret, or set JWT_SECRET`);
  }
  const token = await signDevToken({
    sub: values.sub,
    roles: values.admin ? [ADMIN_ROLE] : [],
    secret,
    expiresIn: values.expires,
    issuer: config.jwt.issuer,
    audience: config.jwt.audience,
  });
  const { iat, exp } = decodeJwt(token);
  if (exp! - iat! > config.jwt.maxTokenAgeSeconds) {
    throw new Error(
      `--expires ${values.expires} is longer than JWT_MAX_TOKEN_AGE_SECONDS (${config.jwt.maxTokenAgeSeconds} s): the server would refuse the token`,
    );
  }
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  // One line, no stack: every failure here is a usage or setup problem.
  process.stderr.write(`token: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

import { decodeJwt } from 'jose';
import { ADMIN_ROLE } from '../shared/auth/authenticated-user';
import { readDevSecret } from '../shared/auth/dev-secret';
import { signDevToken } from '../shared/auth/dev-token';
import { CliError, parseCli, runCli } from './cli-program';
import { loadSharedConfig } from './shared-config';

const HELP = `
Prints a JSON Web Token the server accepts, for trying the API.

usage: npm run -s token -- --sub <user-id> [--admin] [--expires 1h]

  --sub <user-id>   the user the token is for (its "sub" claim)
  --admin           adds the admin role (create products, read the event store)
  --expires <time>  lifetime, e.g. 30m, 1h, 7d (default 1h)

Signs with JWT_SECRET, or with the development secret the server generated in DATA_DIR.
Example: ADMIN=$(npm run -s token -- --sub alice --admin)
`;

runCli('token', async () => {
  const { values } = parseCli({
    name: 'token',
    help: HELP,
    options: {
      sub: { type: 'string' },
      admin: { type: 'boolean', default: false },
      expires: { type: 'string', default: '1h' },
    },
  });
  if (!values.sub) throw new CliError('--sub <user-id> is required (see npm run token -- --help)');
  const config = loadSharedConfig();
  const secret = config.jwt.secret ?? (await readDevSecret(config.dataDir));
  if (!secret) {
    throw new CliError(
      `no signing secret: JWT_SECRET is not set and ${config.dataDir}/jwt-secret does not exist yet; ` +
        'start the server once (npm start creates it), or set JWT_SECRET to the server’s secret',
    );
  }
  const token = await signDevToken({
    sub: values.sub,
    roles: values.admin ? [ADMIN_ROLE] : [],
    secret,
    expiresIn: values.expires!,
    issuer: config.jwt.issuer,
    audience: config.jwt.audience,
  }).catch((error: Error) => {
    throw new CliError(`--expires ${values.expires}: ${error.message} (use e.g. 30m, 1h, 7d)`);
  });
  const { iat, exp } = decodeJwt(token);
  if (exp! - iat! > config.jwt.maxTokenAgeSeconds) {
    throw new CliError(
      `--expires ${values.expires} is longer than JWT_MAX_TOKEN_AGE_SECONDS (${config.jwt.maxTokenAgeSeconds} s): the server would refuse the token`,
    );
  }
  process.stdout.write(`${token}\n`);
});

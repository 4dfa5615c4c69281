"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_util_1 = require("node:util");
const load_config_1 = require("../../config/load-config");
const authenticated_user_1 = require("../authenticated-user");
const dev_secret_1 = require("../dev-secret");
const dev_token_1 = require("../dev-token");
const USAGE = 'usage: npm run token -- --sub <user-id> [--admin] [--expires 1h]';
/** Prints a development token: `node dist/shared/auth/cli/token.cli.js --sub alice [--admin] [--expires 1h]`. */
async function main() {
    const { values } = (0, node_util_1.parseArgs)({
        options: {
            sub: { type: 'string' },
            admin: { type: 'boolean', default: false },
            expires: { type: 'string', default: '1h' },
        },
    });
    if (!values.sub)
        throw new Error(USAGE);
    const config = (0, load_config_1.loadConfig)();
    const secret = config.jwt.secret ?? (await (0, dev_secret_1.readDevSecret)(config.dataDir));
    if (!secret) {
        throw new Error(`no signing secret: start the server once to create the dev secret, or set JWT_SECRET`);
    }
    const token = await (0, dev_token_1.signDevToken)({
        sub: values.sub,
        roles: values.admin ? [authenticated_user_1.ADMIN_ROLE] : [],
        secret,
        expiresIn: values.expires,
        issuer: config.jwt.issuer,
        audience: config.jwt.audience,
    });
    process.stdout.write(`${token}\n`);
}
main().catch((error) => {
    // One line, no stack: every failure here is a usage or setup problem.
    process.stderr.write(`token: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
});
//# sourceMappingURL=token.cli.js.map
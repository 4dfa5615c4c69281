"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.devSecretPath = devSecretPath;
exports.readDevSecret = readDevSecret;
exports.ensureDevSecret = ensureDevSecret;
const node_crypto_1 = require("node:crypto");
const promises_1 = require("node:fs/promises");
const node_path_1 = require("node:path");
const config_error_1 = require("../config/config-error");
/** Where a development server keeps the HS256 secret it generated, so tokens survive restarts. */
function devSecretPath(dataDir) {
    return (0, node_path_1.join)(dataDir, 'jwt-secret');
}
/** The stored development secret, or `undefined` when none was created yet. */
async function readDevSecret(dataDir) {
    const path = devSecretPath(dataDir);
    let secret;
    try {
        secret = (await (0, promises_1.readFile)(path, 'utf8')).trim();
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    if (Buffer.byteLength(secret, 'utf8') < 32) {
        throw new config_error_1.ConfigError(`${path} must hold a secret of at least 32 bytes; delete it to generate a new one`);
    }
    return secret;
}
/** Reuses the stored development secret or creates one (48 random bytes, readable by the owner only). */
async function ensureDevSecret(dataDir) {
    const existing = await readDevSecret(dataDir);
    if (existing !== undefined)
        return existing;
    await (0, promises_1.mkdir)(dataDir, { recursive: true, mode: 0o700 });
    const secret = (0, node_crypto_1.randomBytes)(48).toString('base64url');
    try {
        // `wx`: when processes of a split deployment start together, the first one wins and the others read its secret.
        await (0, promises_1.writeFile)(devSecretPath(dataDir), `${secret}\n`, { mode: 0o600, flag: 'wx' });
        return secret;
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            throw error;
        return (await readDevSecret(dataDir));
    }
}

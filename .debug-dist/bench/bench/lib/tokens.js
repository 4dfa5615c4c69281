"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BENCH_JWT_SECRET = void 0;
exports.tokenFor = tokenFor;
exports.customers = customers;
const jose_1 = require("jose");
/** HS256 secret the app and the baselines under benchmark verify tokens with. */
exports.BENCH_JWT_SECRET = 'bench-secret-that-is-at-least-32-bytes-long!!';
const key = new TextEncoder().encode(exports.BENCH_JWT_SECRET);
function tokenFor(sub, roles = []) {
    return new jose_1.SignJWT({ roles })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(sub)
        .setIssuedAt()
        .setExpirationTime('2h')
        .sign(key);
}
/** `count` customers `<prefix>-<n>`, each with a token minted ahead of the load so signing never skews it. */
async function customers(prefix, count) {
    return Promise.all(Array.from({ length: count }, async (_, index) => {
        const id = `${prefix}-${index}`;
        return { id, token: await tokenFor(id) };
    }));
}

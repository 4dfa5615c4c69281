import { spawn } from 'node:child_process';
const env = { ...process.env, DATABASE_URL: process.env.DBURL, EVENT_TRANSPORT: 'rabbitmq', RABBITMQ_URL: 'amqp://guest:guest@127.0.0.1:5672/fault-probe', RABBITMQ_PREFIX: 'p' + Date.now(), PORT: '39222', JWT_SECRET: 'test-secret-that-is-at-least-32-bytes-long!!', LOG_LEVEL: 'warn', RELAY_POLL_INTERVAL_MS: '100', RATE_LIMIT_ENABLED: 'false' };
const child = spawn(process.execPath, ['.debug-dist/main.js'], { cwd: '/work/main', env, stdio: ['ignore', 'inherit', 'inherit'] });
const base = 'http://127.0.0.1:39222';
const { SignJWT } = await import('jose');
async function token(sub, admin) { return new SignJWT({ roles: admin ? ['admin'] : [] }).setProtectedHeader({ alg: 'HS256' }).setSubject(sub).setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode(env.JWT_SECRET)); }
for (let k = 0; k < 300; k++) { if (child.exitCode !== null) { console.log('child died', child.exitCode); process.exit(1); } try { if ((await fetch(base + '/health/ready')).status === 200) break; } catch {} await new Promise(r => setTimeout(r, 100)); }
const admin = await token('admin', true);
const created = await (await fetch(base + '/api/v1/products', { method: 'POST', headers: { authorization: 'Bearer ' + admin, 'content-type': 'application/json' }, body: JSON.stringify({ sku: 'S' + Date.now(), name: 'x', description: 'y', price: { amount: 1, currency: 'EUR' }, initialStock: 1000000 }) })).json();
const p = created.id;
for (;;) { if ((await fetch(base + '/api/v1/inventory/' + p)).status === 200 && (await fetch(base + `/api/v1/products/${p}/rating`)).status === 200) break; await new Promise(r => setTimeout(r, 100)); }
let refused = false, seq = 0; const counts = {};
async function client() { while (!refused) { const i = seq++; const t = await token('u' + i); const kind = i % 3; const req = kind === 0 ? ['PUT', `/api/v1/products/${p}/ratings/me`, { stars: 4 }] : kind === 1 ? ['POST', `/api/v1/products/${p}/reviews`, { title: 't', body: 'b' + i }] : ['POST', `/api/v1/inventory/${p}/reservations`, { quantity: 1 }];
  try { const r = await fetch(base + req[1], { method: req[0], headers: { authorization: 'Bearer ' + t, 'content-type': 'application/json' }, body: JSON.stringify(req[2]) }); await r.text(); counts[r.status] = (counts[r.status] ?? 0) + 1; } catch (e) { const c = e.cause?.code ?? String(e); counts[c] = (counts[c] ?? 0) + 1; if (c === 'ECONNREFUSED') refused = true; } } }
const load = Promise.all(Array.from({ length: 12 }, client));
await new Promise(r => setTimeout(r, 1500));
const t0 = Date.now(); child.kill('SIGTERM');
const exit = await new Promise(r => child.once('exit', (code, sig) => r({ code, sig })));
console.log('exit', exit, 'after', Date.now() - t0, 'ms'); await load; console.log(counts);

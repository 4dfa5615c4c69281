// Runs a compiled entry point the way every npm script of this project does:
//   node scripts/run.mjs [--no-build] dist/<entry>.js [arguments…]
// 1. reads `.env` from the current directory when there is one; variables already set in the
//    environment win (so `PORT=4000 npm start` beats a PORT in .env);
// 2. compiles src/ first only when dist/ is out of date (a source newer than its output, or a newer
//    tsconfig), so a tool answers in a fraction of a second instead of after a 20 s build;
//    `--no-build` skips that (start:dev, where the TypeScript watcher builds);
// 3. runs the entry in this process, with the remaining arguments.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The first reason dist/ is out of date, or undefined when every compiled file is newer than its source. */
function staleReason() {
  const main = join(root, 'dist', 'main.js');
  if (!existsSync(main)) return 'dist/ has not been built yet';
  const builtAt = statSync(main).mtimeMs;
  for (const config of ['tsconfig.json', 'tsconfig.build.json']) {
    if (statSync(join(root, config)).mtimeMs > builtAt) return `${config} changed`;
  }
  const pending = [join(root, 'src')];
  while (pending.length > 0) {
    const directory = pending.pop();
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        pending.push(path);
        continue;
      }
      if (!entry.name.endsWith('.ts') || entry.name.endsWith('.spec.ts') || entry.name.endsWith('.d.ts')) continue;
      const source = relative(join(root, 'src'), path);
      const output = join(root, 'dist', source.replace(/\.ts$/, '.js'));
      if (!existsSync(output) || statSync(path).mtimeMs > statSync(output).mtimeMs) return `src/${source} changed`;
    }
  }
  return undefined;
}

/** Compiles src/ into dist/ when it is out of date; progress goes to stderr so stdout stays the tool's. */
function ensureBuilt() {
  const reason = staleReason();
  if (!reason) return;
  process.stderr.write(`building dist/ (${reason})…\n`);
  const started = Date.now();
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const build = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (build.status !== 0) {
    process.stderr.write('the build failed (errors above): fix them, or run `npm run build` to see them again\n');
    process.exit(1);
  }
  process.stderr.write(`built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

const args = process.argv.slice(2);
const build = args[0] !== '--no-build';
if (!build) args.shift();
const [entry, ...rest] = args;
if (!entry) {
  process.stderr.write('usage: node scripts/run.mjs [--no-build] dist/<entry>.js [arguments…]\n');
  process.exit(2);
}
if (existsSync('.env')) process.loadEnvFile('.env');
if (build) ensureBuilt();
const path = join(root, entry);
// The entry reads its arguments as if it had been started itself: `node dist/<entry>.js …`.
process.argv = [process.argv[0], path, ...rest];
await import(pathToFileURL(path).href);

// Lints the committed openapi.json with Spectral (.spectral.yaml) and Redocly's recommended rules
// (redocly.yaml), side by side: one line per linter, and the findings only when there are errors.
// `npm run lint` runs it; exit code 1 when either linter reports an error.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DOCUMENT = 'openapi.json';

/** Runs a package's CLI with Node in the repository root and resolves with its stdout, whatever its exit code. */
function run(script, args) {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [join(root, 'node_modules', script), ...args],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ stdout, stderr });
      },
    );
  });
}

function parsed(linter, { stdout, stderr }) {
  try {
    return JSON.parse(stdout);
  } catch {
    throw new Error(`${linter} did not report JSON:\n${stdout}\n${stderr}`);
  }
}

async function spectral() {
  const args = ['lint', DOCUMENT, '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet'];
  const findings = parsed('Spectral', await run('@stoplight/spectral-cli/dist/index.js', args));
  const line = (finding) => `${finding.code} at ${finding.path.join('.')}: ${finding.message}`;
  return {
    name: 'Spectral (.spectral.yaml)',
    errors: findings.filter((finding) => finding.severity === 0).map(line),
    warnings: findings.filter((finding) => finding.severity === 1).length,
  };
}

async function redocly() {
  const args = ['lint', DOCUMENT, '--format', 'json'];
  const report = parsed('Redocly', await run('@redocly/cli/bin/cli.js', args));
  const line = (problem) => `${problem.ruleId} at ${problem.location[0]?.pointer}: ${problem.message}`;
  return {
    name: 'Redocly (recommended)',
    errors: report.problems.filter((problem) => problem.severity === 'error').map(line),
    warnings: report.totals.warnings,
  };
}

const results = await Promise.all([spectral(), redocly()]);
for (const { name, errors, warnings } of results) {
  console.log(`${DOCUMENT}: ${name}: ${errors.length} errors, ${warnings} warnings`);
  for (const error of errors) console.log(`  ${error}`);
}
if (results.some(({ errors }) => errors.length > 0)) process.exitCode = 1;

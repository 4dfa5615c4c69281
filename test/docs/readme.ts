import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const README = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

/** The text of a `## heading` section, up to the next `## `. */
export function readmeSection(heading: string): string {
  const start = README.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README has no section "## ${heading}"`);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end < 0 ? undefined : end);
}

/** A fenced `bash` block of the README, with the `<!-- readme-test: … -->` marker written above it. */
export interface MarkedBlock {
  marker: string;
  commands: string;
}

export function markedBlocks(): MarkedBlock[] {
  return [...README.matchAll(/<!-- readme-test: ([^>]*?) -->\n\s*```bash\n([\s\S]*?)```/g)].map(
    ([, marker, commands]) => ({
      marker,
      commands,
    }),
  );
}

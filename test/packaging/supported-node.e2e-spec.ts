import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const supported: string = manifest.engines.node;

/** The oldest and a late release of every branch of the supported range (`^22.13.0 || >=24.11.0`). */
const probes = new semver.Range(supported).set.flatMap((comparators) => {
  const branch = new semver.Range(comparators.map((comparator) => comparator.value).join(' '));
  const oldest = semver.minVersion(branch)!;
  return [oldest.version, `${oldest.major}.99.0`].filter((version) => semver.satisfies(version, branch));
});

describe('the supported Node versions (package.json engines)', () => {
  it('are probed at the oldest and a late release of each branch', () => {
    expect(probes.length).toBeGreaterThanOrEqual(2);
  });

  it.each(probes)('Node %s satisfies every installed package, so npm prints no EBADENGINE warning', (node) => {
    const refusing = Object.entries(
      lock.packages as Record<string, { engines?: { node?: string }; optional?: boolean }>,
    )
      .filter(([path, info]) => path !== '' && !info.optional && info.engines?.node)
      .filter(([, info]) => !semver.satisfies(node, info.engines!.node!))
      .map(([path, info]) => `${path.replace(/^.*node_modules\//, '')} wants ${info.engines!.node}`);
    expect(refusing).toEqual([]);
  });

  it('include the Node of the Docker image', () => {
    const image = /ARG NODE_IMAGE=node:(\d+)-/.exec(readFileSync(join(root, 'docker', 'Dockerfile'), 'utf8'));
    expect(image).not.toBeNull();
    expect(semver.satisfies(`${image![1]}.99.0`, supported)).toBe(true);
  });
});

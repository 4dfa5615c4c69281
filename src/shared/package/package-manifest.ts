import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The fields of the project's package.json that documents and banners show. */
export interface PackageManifest {
  name: string;
  version: string;
  license: string;
  homepage?: string;
}

let manifest: PackageManifest | undefined;

/**
 * The project's package.json, read at run time rather than imported so the build's rootDir stays
 * src/. Found by walking up from this file: the build lives at different depths (dist/, dist/bench/).
 */
export function packageManifest(): PackageManifest {
  if (manifest) return manifest;
  for (let directory = __dirname; ; directory = dirname(directory)) {
    const candidate = join(directory, 'package.json');
    if (existsSync(candidate)) return (manifest = JSON.parse(readFileSync(candidate, 'utf8')) as PackageManifest);
    if (dirname(directory) === directory) throw new Error(`no package.json above ${__dirname}`);
  }
}

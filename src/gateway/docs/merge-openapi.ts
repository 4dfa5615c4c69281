import type { OpenAPIObject } from '@nestjs/swagger';

/** The OpenAPI document one upstream serves about itself. */
export interface UpstreamDocument {
  module: string;
  document: OpenAPIObject;
}

type Json = unknown;
type Sections = Record<string, Record<string, Json>>;

/** Key-order independent JSON text, to tell identical components from clashing ones. */
function canonical(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function rewriteRefs<T extends Json>(value: T, renames: ReadonlyMap<string, string>): T {
  if (renames.size === 0) return value;
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, renames)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rewriteRefs(item, renames)]));
  if (typeof copy.$ref === 'string') copy.$ref = renames.get(copy.$ref) ?? copy.$ref;
  return copy as T;
}

const refOf = (section: string, name: string) => `#/components/${section}/${name}`;

/**
 * Components an upstream names like an already merged but different one are renamed
 * `<module>.<Name>` (with every `$ref` to them), so one module's DTO never silently replaces
 * another's. Repeated because a rename changes the components that refer to the renamed one.
 */
function renamesFor(module: string, own: Sections, merged: Sections): Map<string, string> {
  const renames = new Map<string, string>();
  for (let changed = true; changed;) {
    changed = false;
    const rewritten = rewriteRefs(own, renames);
    for (const [section, entries] of Object.entries(rewritten)) {
      for (const [name, value] of Object.entries(entries)) {
        const existing = merged[section]?.[name];
        if (renames.has(refOf(section, name)) || existing === undefined || canonical(existing) === canonical(value))
          continue;
        renames.set(refOf(section, name), refOf(section, `${module}.${name}`));
        changed = true;
      }
    }
  }
  return renames;
}

function mergeComponents(merged: Sections, own: Sections, renames: ReadonlyMap<string, string>): void {
  for (const [section, entries] of Object.entries(rewriteRefs(own, renames))) {
    const target = (merged[section] ??= {});
    for (const [name, value] of Object.entries(entries)) {
      const finalName = renames.get(refOf(section, name))?.slice(refOf(section, '').length) ?? name;
      target[finalName] ??= value;
    }
  }
}

/**
 * One document for the whole API behind the gateway: `base` (info, servers) plus the paths that
 * `includePath` accepts and the components, tags and security of every upstream. Operations
 * declared twice keep the first upstream's.
 */
export function mergeOpenApiDocuments(
  base: Pick<OpenAPIObject, 'openapi' | 'info' | 'servers'>,
  upstreams: readonly UpstreamDocument[],
  includePath: (path: string) => boolean,
): OpenAPIObject {
  const paths: Record<string, Record<string, Json>> = {};
  const components: Sections = {};
  const tags = new Map<string, Json>();
  let security: OpenAPIObject['security'];
  for (const { module, document } of upstreams) {
    const own = (document.components ?? {}) as Sections;
    const renames = renamesFor(module, own, components);
    mergeComponents(components, own, renames);
    for (const [path, item] of Object.entries(rewriteRefs(document.paths ?? {}, renames))) {
      if (!includePath(path)) continue;
      paths[path] = { ...(item as Record<string, Json>), ...paths[path] };
    }
    for (const tag of document.tags ?? []) if (!tags.has(tag.name)) tags.set(tag.name, tag);
    security ??= document.security;
  }
  return {
    ...base,
    paths: paths as OpenAPIObject['paths'],
    components: components as OpenAPIObject['components'],
    tags: [...tags.values()] as OpenAPIObject['tags'],
    ...(security && { security }),
  };
}

"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mergeOpenApiDocuments = mergeOpenApiDocuments;
/** Key-order independent JSON text, to tell identical components from clashing ones. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
function rewriteRefs(value, renames) {
    if (renames.size === 0)
        return value;
    if (Array.isArray(value))
        return value.map((item) => rewriteRefs(item, renames));
    if (value === null || typeof value !== 'object')
        return value;
    const copy = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rewriteRefs(item, renames)]));
    if (typeof copy.$ref === 'string')
        copy.$ref = renames.get(copy.$ref) ?? copy.$ref;
    return copy;
}
const refOf = (section, name) => `#/components/${section}/${name}`;
/**
 * Components an upstream names like an already merged but different one are renamed
 * `<module>.<Name>` (with every `$ref` to them), so one module's DTO never silently replaces
 * another's. Repeated because a rename changes the components that refer to the renamed one.
 */
function renamesFor(module, own, merged) {
    const renames = new Map();
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
function mergeComponents(merged, own, renames) {
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
function mergeOpenApiDocuments(base, upstreams, includePath) {
    const paths = {};
    const components = {};
    const tags = new Map();
    let security;
    for (const { module, document } of upstreams) {
        const own = (document.components ?? {});
        const renames = renamesFor(module, own, components);
        mergeComponents(components, own, renames);
        for (const [path, item] of Object.entries(rewriteRefs(document.paths ?? {}, renames))) {
            if (!includePath(path))
                continue;
            paths[path] = { ...item, ...paths[path] };
        }
        for (const tag of document.tags ?? [])
            if (!tags.has(tag.name))
                tags.set(tag.name, tag);
        security ??= document.security;
    }
    return {
        ...base,
        paths: paths,
        components: components,
        tags: [...tags.values()],
        ...(security && { security }),
    };
}

/**
 * Module boundaries of the modular monolith (docs: ARCHITECTURE.md, "Layout", rules 1-6).
 *
 * Single source of truth: `test/architecture/module-boundaries.spec.ts` runs dependency-cruiser with
 * this file on `src/` (so `npm test` fails on a violation) and on violating fixture trees (so every
 * rule is proven able to fail). Humans can run the same check with:
 *
 *   npx depcruise src --config .dependency-cruiser.cjs
 *
 * Paths are matched against paths relative to the directory depcruise runs in (the repository
 * root). Packages resolve to `node_modules/<name>/...`; the `^<name>` alternatives also catch an
 * import that could not be resolved, which is then reported under its bare name.
 *
 * `$1` in a `to` pattern is replaced by the first capture group of the rule's `from.path` (the
 * importing file's module name).
 */

/** Matches a dependency on one of the given npm packages (resolved or not). */
const npm = (...names) => {
  const alternatives = names.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
  return [`(^|/)node_modules/(@types/)?(${alternatives})(/|$)`, `^(${alternatives})(/|$)`];
};

/** Test files compose what they test; they are exempt where noted. */
const SPEC = '\\.spec\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'module-imports-only-other-modules-contracts',
      comment:
        'Rule 1: a file in src/modules/X/ may import from another module src/modules/Y/ only its contracts/ ' +
        '(modules talk only through integration events).',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: {
        path: '^src/modules/[^/]+/',
        pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/contracts/'],
      },
    },
    {
      name: 'contracts-import-only-integration-event-base',
      comment:
        'Rule 2: src/modules/*/contracts/ import nothing but src/shared/messaging/integration-event.ts and their own ' +
        "contracts folder, so a module's contracts can become a package of their own. Specs are exempt.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/contracts/', pathNot: SPEC },
      to: {
        pathNot: ['^src/modules/$1/contracts/', '^src/shared/messaging/integration-event\\.ts$'],
      },
    },
    {
      name: 'shared-imports-no-module',
      comment:
        'Rule 3: src/shared/ (cross-cutting building blocks) and src/operations/ (operator endpoints fed by ' +
        'declarations) import nothing from src/modules/.',
      severity: 'error',
      from: { path: '^src/(shared|operations)/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'domain-is-framework-free',
      comment:
        'Rule 4: src/modules/*/domain/ is plain TypeScript: no @nestjs/*, no typeorm, and nothing from its own ' +
        "module's infrastructure/, http/, commands/, queries/ or event-handlers/ (src/shared/domain/ is fine).",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/domain/' },
      to: {
        path: [
          '^src/modules/$1/(infrastructure|http|commands|queries|event-handlers)/',
          '(^|/)node_modules/@nestjs/',
          '^@nestjs/',
          ...npm('typeorm'),
        ],
      },
    },
    {
      name: 'broker-client-only-in-rabbitmq-transport',
      comment:
        'Rule 5: only the RabbitMQ transport adapter (src/shared/messaging/transports/rabbitmq/) imports amqplib / ' +
        'amqp-connection-manager; module code never knows which transport is active.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/shared/messaging/transports/rabbitmq/' },
      to: { path: npm('amqplib', 'amqp-connection-manager') },
    },
    {
      name: 'broker-client-only-in-nats-transport',
      comment:
        'Rule 5 (NATS): only the NATS transport adapter (src/shared/messaging/transports/nats/) imports the nats ' +
        'client; module code never knows which transport is active.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/shared/messaging/transports/nats/' },
      to: { path: npm('nats') },
    },
    {
      name: 'module-roots-only-in-composition-root',
      comment:
        'Rule 6a: only the composition root (src/app.module.ts and src/module-registry.ts) imports module roots ' +
        'src/modules/*/*.module.ts, so APP_MODULES alone decides which modules a process hosts. Specs are exempt.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/app\\.module\\.ts$', '^src/module-registry\\.ts$', SPEC] },
      to: { path: '^src/modules/[^/]+/[^/]+\\.module\\.ts$' },
    },
    {
      name: 'no-circular',
      comment: 'Rule 6b: no import cycles anywhere in src/ (type-only imports count too).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports couple code too (a domain type importing typeorm's types is still a leak).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};

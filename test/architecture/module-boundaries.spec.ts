/**
 * Module boundaries (ARCHITECTURE.md, "Layout", rules 1-6), checked by dependency-cruiser with the
 * repository's `.dependency-cruiser.cjs`, the single source of truth for the rules.
 *
 * dependency-cruiser is ESM only and uses top-level await, so Jest's CommonJS runtime cannot load
 * its API; the test runs its CLI (`--output-type json`) in a child process instead.
 *
 * The second suite proves that every rule can fail: it writes small violating `src/` trees to the
 * OS temp directory, cruises them with the same configuration and expects exactly the violations
 * planted in each.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const CONFIG_FILE = join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE_BIN = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

interface ForbiddenRule {
  name: string;
  comment?: string;
}
interface DepcruiseConfig {
  forbidden: ForbiddenRule[];
}
interface Violation {
  type?: string;
  from: string;
  to: string;
  rule: { name: string; severity: string };
  cycle?: Array<string | { name: string }>;
}
interface CruiseOutput {
  modules: Array<{ source: string }>;
  summary: { violations: Violation[]; totalCruised: number; error: number; warn: number };
}

const config = require('../../.dependency-cruiser.cjs') as DepcruiseConfig;
const RULE_NAMES = config.forbidden.map((rule) => rule.name);

/** Runs `depcruise src` in `cwd` with the repository's configuration and returns its JSON result. */
function cruise(cwd: string): Promise<CruiseOutput> {
  const args = [DEPCRUISE_BIN, 'src', '--config', CONFIG_FILE, '--output-type', 'json'];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      // depcruise exits non-zero when it finds violations; the JSON on stdout is what counts.
      const text = Buffer.concat(stdout).toString('utf8');
      try {
        const output = JSON.parse(text) as CruiseOutput;
        if (!output.summary || !Array.isArray(output.summary.violations)) throw new Error('no summary.violations');
        resolvePromise(output);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        reject(
          new Error(
            `depcruise in ${cwd} exited with ${code} and no usable JSON (${message}).\n` +
              `stderr:\n${Buffer.concat(stderr).toString('utf8')}\nstdout (start):\n${text.slice(0, 2000)}`,
          ),
        );
      }
    });
  });
}

function cycleOf(violation: Violation): string[] {
  return (violation.cycle ?? []).map((step) => (typeof step === 'string' ? step : step.name));
}

/** `file → import  [rule]`, plus the whole loop for a cycle. */
function describeViolation(violation: Violation): string {
  const cycle = cycleOf(violation);
  const loop = cycle.length > 0 ? `\n      cycle: ${[violation.from, ...cycle].join(' → ')}` : '';
  return `  ${violation.from} → ${violation.to}  [${violation.rule.name}]${loop}`;
}

function report(violations: Violation[]): string {
  const lines = violations.map(describeViolation).sort();
  const violated = [...new Set(violations.map((violation) => violation.rule.name))].sort();
  const reasons = violated.map((name) => {
    const comment = config.forbidden.find((rule) => rule.name === name)?.comment ?? '';
    return `  ${name}: ${comment}`;
  });
  return [
    `${violations.length} module-boundary violation(s) (file → import  [rule]):`,
    ...lines,
    '',
    'Rules (.dependency-cruiser.cjs, ARCHITECTURE.md "Layout"):',
    ...reasons,
    '',
    'Reproduce with: npx depcruise src --config .dependency-cruiser.cjs',
  ].join('\n');
}

describe('module boundaries of src/', () => {
  it('has no violations of ARCHITECTURE.md rules 1-6', async () => {
    const result = await cruise(ROOT);

    // Guard against a vacuous pass: the cruise must actually have seen our sources.
    expect(result.modules.some((module) => module.source.startsWith('src/'))).toBe(true);

    if (result.summary.violations.length > 0) {
      throw new Error(report(result.summary.violations));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Every rule can fail: violating fixture trees
// ---------------------------------------------------------------------------------------------

type Tree = Record<string, string>;

/** Stand-ins for the npm packages the rules mention, so they resolve to node_modules/... as in the repo. */
function fakePackage(name: string): Tree {
  return {
    [`node_modules/${name}/package.json`]: JSON.stringify({ name, version: '1.0.0', main: 'index.js' }),
    [`node_modules/${name}/index.js`]: 'exports.value = 1;\n',
    [`node_modules/${name}/index.d.ts`]:
      'export declare const value: number;\nexport type Thing = { value: number };\n',
  };
}

/** A small tree that obeys every rule, and exercises what the rules allow. */
const BASELINE: Tree = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { module: 'node20', target: 'ES2022', strict: true, experimentalDecorators: true },
    include: ['src/**/*.ts'],
  }),
  ...fakePackage('@nestjs/common'),
  ...fakePackage('typeorm'),
  ...fakePackage('amqplib'),
  ...fakePackage('amqp-connection-manager'),
  ...fakePackage('nats'),
  'src/main.ts': "import { AppModule } from './app.module';\nexport const root = AppModule;\n",
  'src/app.module.ts': [
    "import { Module } from '@nestjs/common';",
    "import { CatalogModule } from './modules/catalog/catalog.module';",
    "import { registry } from './module-registry';",
    'export class AppModule {}',
    'export const hosted = [Module, CatalogModule, registry];',
  ].join('\n'),
  'src/module-registry.ts': [
    "import { CatalogModule } from './modules/catalog/catalog.module';",
    "import { ReviewsModule } from './modules/reviews/reviews.module';",
    'export const registry = [CatalogModule, ReviewsModule];',
  ].join('\n'),
  'src/shared/messaging/integration-event.ts': 'export abstract class IntegrationEvent {}\n',
  'src/shared/messaging/transports/rabbitmq/rabbitmq.adapter.ts': [
    "import * as amqp from 'amqplib';",
    "import * as manager from 'amqp-connection-manager';",
    "import { IntegrationEvent } from '../integration-event';",
    'export const transport = [amqp, manager, IntegrationEvent];',
  ].join('\n'),
  'src/shared/messaging/transports/nats/nats.adapter.ts': [
    "import * as nats from 'nats';",
    "import { IntegrationEvent } from '../../integration-event';",
    'export const transport = [nats, IntegrationEvent];',
  ].join('\n'),
  'src/shared/domain/domain-error.ts': 'export class DomainError extends Error {}\n',
  'src/modules/catalog/catalog.module.ts': [
    "import { Module } from '@nestjs/common';",
    "import { ProductEntity } from './infrastructure/product.entity';",
    'export class CatalogModule {}',
    'export const parts = [Module, ProductEntity];',
  ].join('\n'),
  'src/modules/catalog/catalog.module.spec.ts': [
    "import { CatalogModule } from './catalog.module';",
    'export const underTest = CatalogModule;',
  ].join('\n'),
  'src/modules/catalog/contracts/index.ts': "export * from './product-created.event';\n",
  'src/modules/catalog/contracts/product-created.event.ts': [
    "import { IntegrationEvent } from '../../../shared/messaging/integration-event';",
    'export class ProductCreated extends IntegrationEvent {}',
  ].join('\n'),
  'src/modules/catalog/contracts/product-created.event.spec.ts': [
    "import { DomainError } from '../../../shared/domain/domain-error';",
    "import { ProductCreated } from './product-created.event';",
    'export const underTest = [DomainError, ProductCreated];',
  ].join('\n'),
  'src/modules/catalog/domain/product.ts': [
    "import { DomainError } from '../../../shared/domain/domain-error';",
    "import { ProductCreated } from '../contracts';",
    'export class Product {}',
    'export const uses = [DomainError, ProductCreated];',
  ].join('\n'),
  'src/modules/catalog/infrastructure/product.entity.ts': [
    "import type { Thing } from 'typeorm';",
    "import { Product } from '../domain/product';",
    'export class ProductEntity {}',
    'export const uses: [typeof Product, Thing?] = [Product];',
  ].join('\n'),
  'src/modules/reviews/reviews.module.ts': [
    "import { Module } from '@nestjs/common';",
    "import { OnProductCreated } from './event-handlers/on-product-created';",
    'export class ReviewsModule {}',
    'export const parts = [Module, OnProductCreated];',
  ].join('\n'),
  'src/modules/reviews/event-handlers/on-product-created.ts': [
    "import { ProductCreated } from '../../catalog/contracts';",
    "import { ProductCreated as Direct } from '../../catalog/contracts/product-created.event';",
    'export class OnProductCreated {}',
    'export const handles = [ProductCreated, Direct];',
  ].join('\n'),
};

interface Fixture {
  /** Files added to (or replacing files of) the baseline. */
  files: Tree;
  /** Exactly the violations expected, as `rule: from → to`. */
  expected: string[];
}

const FIXTURES: Record<string, Fixture> = {
  'module-imports-only-other-modules-contracts': {
    files: {
      'src/modules/reviews/commands/add-review/add-review.handler.ts': [
        "import { Product } from '../../../catalog/domain/product';",
        "import { ProductCreated } from '../../../catalog/contracts';",
        'export const uses = [Product, ProductCreated];',
      ].join('\n'),
    },
    expected: [
      'module-imports-only-other-modules-contracts: src/modules/reviews/commands/add-review/add-review.handler.ts → src/modules/catalog/domain/product.ts',
    ],
  },
  'contracts-import-only-integration-event-base': {
    files: {
      'src/modules/catalog/contracts/product-deleted.event.ts': [
        "import { Module } from '@nestjs/common';",
        "import { DomainError } from '../../../shared/domain/domain-error';",
        "import { IntegrationEvent } from '../../../shared/messaging/integration-event';",
        "import { ProductCreated } from './product-created.event';",
        'export class ProductDeleted extends IntegrationEvent {}',
        'export const uses = [Module, DomainError, ProductCreated];',
      ].join('\n'),
    },
    expected: [
      'contracts-import-only-integration-event-base: src/modules/catalog/contracts/product-deleted.event.ts → node_modules/@nestjs/common/index.js',
      'contracts-import-only-integration-event-base: src/modules/catalog/contracts/product-deleted.event.ts → src/shared/domain/domain-error.ts',
    ],
  },
  'shared-imports-no-module': {
    files: {
      'src/shared/http/pagination.ts': [
        "import { ProductCreated } from '../../modules/catalog/contracts';",
        'export const uses = [ProductCreated];',
      ].join('\n'),
      'src/operations/timeline/timeline.controller.ts': [
        "import { ProductCreated } from '../../modules/catalog/contracts';",
        'export const uses = [ProductCreated];',
      ].join('\n'),
    },
    expected: [
      'shared-imports-no-module: src/operations/timeline/timeline.controller.ts → src/modules/catalog/contracts/index.ts',
      'shared-imports-no-module: src/shared/http/pagination.ts → src/modules/catalog/contracts/index.ts',
    ],
  },
  'domain-is-framework-free': {
    files: {
      'src/modules/catalog/domain/leaky.ts': [
        "import { Injectable } from '@nestjs/common';",
        "import { EventBus } from '@nestjs/cqrs';", // not installed: caught by its bare name
        "import type { Thing } from 'typeorm';",
        "import { ProductEntity } from '../infrastructure/product.entity';",
        "import { listProducts } from '../queries/list-products/list-products.handler';",
        "import { DomainError } from '../../../shared/domain/domain-error';",
        'export const uses: [unknown, unknown, unknown, unknown, unknown, Thing?] =',
        '  [Injectable, EventBus, ProductEntity, listProducts, DomainError];',
      ].join('\n'),
      'src/modules/catalog/queries/list-products/list-products.handler.ts': 'export const listProducts = 1;\n',
    },
    expected: [
      'domain-is-framework-free: src/modules/catalog/domain/leaky.ts → @nestjs/cqrs',
      'domain-is-framework-free: src/modules/catalog/domain/leaky.ts → node_modules/@nestjs/common/index.js',
      'domain-is-framework-free: src/modules/catalog/domain/leaky.ts → node_modules/typeorm/index.js',
      'domain-is-framework-free: src/modules/catalog/domain/leaky.ts → src/modules/catalog/infrastructure/product.entity.ts',
      'domain-is-framework-free: src/modules/catalog/domain/leaky.ts → src/modules/catalog/queries/list-products/list-products.handler.ts',
    ],
  },
  'broker-client-only-in-rabbitmq-transport': {
    files: {
      'src/modules/reviews/infrastructure/publisher.ts':
        "import * as amqp from 'amqplib';\nexport const uses = [amqp];\n",
      'src/shared/messaging/relay/relay.ts':
        "import * as manager from 'amqp-connection-manager';\nexport const uses = [manager];\n",
    },
    expected: [
      'broker-client-only-in-rabbitmq-transport: src/modules/reviews/infrastructure/publisher.ts → node_modules/amqplib/index.js',
      'broker-client-only-in-rabbitmq-transport: src/shared/messaging/relay/relay.ts → node_modules/amqp-connection-manager/index.js',
    ],
  },
  'broker-client-only-in-nats-transport': {
    files: {
      'src/modules/reviews/infrastructure/subscriber.ts':
        "import * as nats from 'nats';\nexport const uses = [nats];\n",
      'src/shared/messaging/transports/rabbitmq/bridge.ts':
        "import * as nats from 'nats';\nexport const uses = [nats];\n",
    },
    expected: [
      'broker-client-only-in-nats-transport: src/modules/reviews/infrastructure/subscriber.ts → node_modules/nats/index.js',
      'broker-client-only-in-nats-transport: src/shared/messaging/transports/rabbitmq/bridge.ts → node_modules/nats/index.js',
    ],
  },
  'module-roots-only-in-composition-root': {
    files: {
      'src/main.ts': [
        "import { AppModule } from './app.module';",
        "import { ReviewsModule } from './modules/reviews/reviews.module';",
        'export const root = [AppModule, ReviewsModule];',
      ].join('\n'),
    },
    expected: ['module-roots-only-in-composition-root: src/main.ts → src/modules/reviews/reviews.module.ts'],
  },
  'no-circular': {
    files: {
      'src/modules/catalog/domain/money.ts':
        "import { Price } from './price';\nexport class Money {}\nexport const p = Price;\n",
      'src/modules/catalog/domain/price.ts':
        "import type { Money } from './money';\nexport class Price {}\nexport type M = Money;\n",
    },
    // One violation per loop (dependency-cruiser reports a cycle once), found from its first module.
    expected: ['no-circular: src/modules/catalog/domain/money.ts → src/modules/catalog/domain/price.ts'],
  },
};

async function writeTree(root: string, tree: Tree): Promise<void> {
  for (const [path, content] of Object.entries(tree)) {
    const file = join(root, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content.endsWith('\n') ? content : `${content}\n`);
  }
}

function asExpectation(violation: Violation): string {
  return `${violation.rule.name}: ${violation.from} → ${violation.to}`;
}

describe('module-boundary rules catch violations (fixture trees)', () => {
  let workDir = '';
  const results = new Map<string, CruiseOutput>();

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'module-boundaries-'));
    const cases: Array<[string, Tree]> = [
      ['baseline', BASELINE],
      ...Object.entries(FIXTURES).map(([name, fixture]): [string, Tree] => [name, { ...BASELINE, ...fixture.files }]),
    ];
    await Promise.all(
      cases.map(async ([name, tree]) => {
        const dir = join(workDir, name);
        await writeTree(dir, tree);
        results.set(name, await cruise(dir));
      }),
    );
  });

  afterAll(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('has a fixture for every rule of .dependency-cruiser.cjs', () => {
    expect(Object.keys(FIXTURES).sort()).toEqual([...RULE_NAMES].sort());
  });

  it('accepts a tree that respects every rule (contracts, shared/domain, composition root, rabbitmq, specs)', () => {
    const baseline = results.get('baseline')!;
    expect(baseline.modules.some((module) => module.source === 'src/main.ts')).toBe(true);
    expect(baseline.summary.violations.map(describeViolation)).toEqual([]);
  });

  it.each(Object.keys(FIXTURES))('rule %s reports its violation, and only that', (name) => {
    const result = results.get(name)!;
    const actual = result.summary.violations.map(asExpectation).sort();
    expect(actual).toEqual([...FIXTURES[name].expected].sort());
  });

  it('reports a cycle with its whole loop', () => {
    const cycle = results.get('no-circular')!.summary.violations[0];
    expect(describeViolation(cycle)).toMatch(
      /cycle: src\/modules\/catalog\/domain\/(money|price)\.ts → .* → src\/modules\/catalog\/domain\/(money|price)\.ts/,
    );
  });
});

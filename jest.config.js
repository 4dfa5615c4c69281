/**
 * NestJS 12 and several of its peers ship ESM only; Jest's module loader cannot `require` ESM, so
 * those packages are transformed to CommonJS by SWC like our own sources.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];
const shared = {
  transform: { '^.+\\.(t|j|mj|cj)s$': swc },
  transformIgnorePatterns: [],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  testEnvironment: 'node',
};
module.exports = {
  testTimeout: 60000,
  // Jest's default on two cores is one worker; the end-to-end suites spend most of their time
  // waiting on PostgreSQL, RabbitMQ and child processes, so two workers finish much sooner.
  maxWorkers: 2,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/architecture/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      // Crash and chaos runs load the whole machine: they run after the rest, alone (`npm run test:faults`).
      testPathIgnorePatterns: [
        '/node_modules/',
        '<rootDir>/test/faults/(crash-points|fault-injection|graceful-shutdown|database-outage|broker-cluster)\\.e2e-spec\\.ts$',
        // Opens an extra TLS listener on the shared broker with `rabbitmqctl eval`: run on demand.
        '<rootDir>/test/rabbitmq/tls\\.e2e-spec\\.ts$',
      ],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
    },
  ],
};

/**
 * `npm run test:faults` (the last step of `npm test`): the crash campaigns (a process killed at each
 * fault point, 50 times), the chaos run against the split deployment, one service's database down, graceful shutdown and TLS.
 * They load the whole machine, so they run after the other suites rather than beside them. Same
 * transform and global setup (build of dist/) as e2e.
 */
const base = require('./jest.config.js');

const e2e = base.projects.find((project) => project.displayName === 'e2e');

module.exports = {
  testTimeout: 600000,
  projects: [
    {
      ...e2e,
      displayName: 'faults',
      testMatch: [
        '<rootDir>/test/faults/crash-points.e2e-spec.ts',
        '<rootDir>/test/faults/fault-injection.e2e-spec.ts',
        '<rootDir>/test/faults/database-outage.e2e-spec.ts',
        '<rootDir>/test/faults/graceful-shutdown.e2e-spec.ts',
        '<rootDir>/test/rabbitmq/tls.e2e-spec.ts',
      ],
      testPathIgnorePatterns: ['/node_modules/'],
    },
  ],
};

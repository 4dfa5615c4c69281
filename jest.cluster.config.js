/**
 * `npm run test:cluster` (run by `npm test` after `test:faults`): the split deployment on a 3-node
 * RabbitMQ cluster that the suite starts on this machine (scripts/broker-cluster.sh, ports 5711-5713),
 * under a steady write load while broker nodes stop and come back. Same transform and global setup
 * (build of dist/) as e2e.
 */
const base = require('./jest.config.js');

const e2e = base.projects.find((project) => project.displayName === 'e2e');

module.exports = {
  testTimeout: 900000,
  projects: [
    {
      ...e2e,
      displayName: 'cluster',
      testMatch: ['<rootDir>/test/faults/broker-cluster.e2e-spec.ts'],
      testPathIgnorePatterns: ['/node_modules/'],
    },
  ],
};

import { startTestApp } from '../support/test-app';
import { describeDeadLetterOperations } from './dead-letter-suite';

describe('dead letters on the in-process transport', () => {
  describeDeadLetterOperations(() => startTestApp({ CONSUMER_MAX_ATTEMPTS: '2' }));
});

/**
 * The advisory lock of one projection: a rebuild takes it exclusively to swap tables, and every live
 * handler of the projection takes it shared in its transaction, so none writes to a table being replaced.
 */
export const projectionLockSql = (mode: 'shared' | 'exclusive', nameParameter = '$1'): string =>
  `SELECT pg_advisory_xact_lock${mode === 'shared' ? '_shared' : ''}(hashtext('projection:' || ${nameParameter}))`;

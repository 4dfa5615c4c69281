/** One link of an error's `cause` chain. */
interface Link {
  message?: unknown;
  code?: unknown;
  cause?: unknown;
}

/**
 * The errors of `error`'s cause chain, outermost first. Duck-typed rather than `instanceof
 * Error`: network errors may come from another realm (Node's own, under a test runner's sandbox).
 */
export function errorChain(error: unknown): Link[] {
  const chain: Link[] = [];
  for (let current = error; typeof current === 'object' && current !== null && chain.length < 5;) {
    chain.push(current as Link);
    current = (current as Link).cause;
  }
  return chain;
}

/** The innermost message of the chain: `connect ECONNREFUSED 10.0.0.7:3000` rather than `fetch failed`. */
export function rootReason(error: unknown): string {
  const messages = errorChain(error).flatMap((link) => (typeof link.message === 'string' ? [link.message] : []));
  return messages.at(-1) ?? String(error);
}

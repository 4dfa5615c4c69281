import { Outcome, send, ShopCommand } from './shop';

/** What one logical command came to after its retries. */
export interface Settled {
  command: ShopCommand;
  outcome: Outcome;
  attempts: number;
  /** Gave up while the deployment was still failing: the event store decides whether it took effect. */
  unknown: boolean;
}

/** Failures the chaos causes, after which the same request (same Idempotency-Key) may be sent again. */
function isTransient(outcome: Outcome): boolean {
  if (outcome.error !== undefined) return true;
  if ([500, 502, 503, 504].includes(outcome.status)) return true;
  return outcome.status === 409 && outcome.body?.code === 'idempotency.in-progress';
}

/**
 * Sends a command and, while the answer is a transient failure, sends the very same request again
 * (same Idempotency-Key and correlation id) with a growing pause, up to `budgetMs`.
 */
export async function sendWithRetries(baseUrl: string, command: ShopCommand, budgetMs = 30000): Promise<Settled> {
  const deadline = Date.now() + budgetMs;
  for (let attempt = 1; ; attempt++) {
    const outcome = await send(baseUrl, command, 15000);
    if (!isTransient(outcome)) return { command, outcome, attempts: attempt, unknown: false };
    if (Date.now() >= deadline) return { command, outcome, attempts: attempt, unknown: true };
    await new Promise((resolve) => setTimeout(resolve, Math.min(100 * 2 ** attempt, 2000)));
  }
}

/** Whether POST/PUT with an `Idempotency-Key` are replayed by this deployment (checked, not assumed). */
export async function replaysIdempotentRequests(baseUrl: string, command: ShopCommand): Promise<boolean> {
  const first = await send(baseUrl, command);
  const second = await send(baseUrl, command);
  return (
    first.status === 201 &&
    second.status === 201 &&
    second.body?.reservationId === first.body?.reservationId &&
    first.body?.reservationId !== undefined
  );
}

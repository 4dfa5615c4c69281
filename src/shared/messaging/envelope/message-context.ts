import { AsyncLocalStorage } from 'node:async_hooks';
import { uuidV7 } from './uuid-v7';

/** Who and what caused the work in progress; copied into every event recorded during it. */
export interface MessageContext {
  correlationId: string;
  causationId: string | null;
  actor: string;
}

const storage = new AsyncLocalStorage<MessageContext>();

/** Runs `work` with the given context, so events it records carry the same correlation id and actor. */
export function runWithMessageContext<T>(context: MessageContext, work: () => T): T {
  return storage.run(context, work);
}

/** The active context, or a fresh system context when none is active (e.g. a CLI or a timer). */
export function currentMessageContext(): MessageContext {
  return storage.getStore() ?? { correlationId: uuidV7(), causationId: null, actor: 'system' };
}

/** The active context, or `undefined` outside any unit of work (so logs do not invent correlation ids). */
export function peekMessageContext(): MessageContext | undefined {
  return storage.getStore();
}

/** Replaces fields of the active context (e.g. the authenticated user once the guard has run). */
export function updateMessageContext(patch: Partial<MessageContext>): void {
  const context = storage.getStore();
  if (context) Object.assign(context, patch);
}

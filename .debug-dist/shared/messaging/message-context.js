"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runWithMessageContext = runWithMessageContext;
exports.currentMessageContext = currentMessageContext;
exports.peekMessageContext = peekMessageContext;
exports.updateMessageContext = updateMessageContext;
const node_async_hooks_1 = require("node:async_hooks");
const uuid_v7_1 = require("./uuid-v7");
const storage = new node_async_hooks_1.AsyncLocalStorage();
/** Runs `work` with the given context, so events it records carry the same correlation id and actor. */
function runWithMessageContext(context, work) {
    return storage.run(context, work);
}
/** The active context, or a fresh system context when none is active (e.g. a CLI or a timer). */
function currentMessageContext() {
    return storage.getStore() ?? { correlationId: (0, uuid_v7_1.uuidV7)(), causationId: null, actor: 'system' };
}
/** The active context, or `undefined` outside any unit of work (so logs do not invent correlation ids). */
function peekMessageContext() {
    return storage.getStore();
}
/** Replaces fields of the active context (e.g. the authenticated user once the guard has run). */
function updateMessageContext(patch) {
    const context = storage.getStore();
    if (context)
        Object.assign(context, patch);
}
//# sourceMappingURL=message-context.js.map
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DomainError = void 0;
/**
 * Base of every business-rule violation. Plain TypeScript so `domain/` stays framework-free;
 * `shared/http` turns it into problem+json (invalid 400, not-found 404, conflict 409,
 * forbidden 403, precondition-failed 412).
 */
class DomainError extends Error {
    kind;
    code;
    constructor(kind, message, 
    /** Stable machine-readable code, e.g. `review.already-exists`. */
    code) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.name = new.target.name;
    }
}
exports.DomainError = DomainError;
//# sourceMappingURL=domain-error.js.map
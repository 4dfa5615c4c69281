"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.InvalidSearchError = void 0;
const domain_error_1 = require("../../../shared/domain/domain-error");
/** A search request that cannot be answered as asked (400). */
class InvalidSearchError extends domain_error_1.DomainError {
    constructor(message, code) {
        super('invalid', message, code);
    }
}
exports.InvalidSearchError = InvalidSearchError;

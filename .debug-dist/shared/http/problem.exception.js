"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProblemException = void 0;
const common_1 = require("@nestjs/common");
/**
 * An `HttpException` that carries its problem details, for code at the HTTP edge (pipes, guards,
 * parsers of headers and cursors) that knows exactly what the client did wrong.
 */
class ProblemException extends common_1.HttpException {
    problem;
    constructor(problem) {
        super(problem.detail, problem.status);
        this.problem = problem;
    }
    /** A 400 caused by one input field, so clients can point at it like at a validation error. */
    static badField(field, message) {
        return new ProblemException({ status: 400, detail: message, errors: [{ field, message }] });
    }
}
exports.ProblemException = ProblemException;
//# sourceMappingURL=problem.exception.js.map
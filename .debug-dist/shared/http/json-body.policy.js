"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.applyJsonBodyPolicy = applyJsonBodyPolicy;
const problem_exception_1 = require("./problem.exception");
function hasBody(request) {
    const length = request.headers['content-length'];
    return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
function isJson(contentType) {
    return contentType?.split(';')[0].trim().toLowerCase() === 'application/json';
}
/** Far deeper than any request DTO; deeper bodies would overflow the stack of class-transformer (a 500). */
const MAX_JSON_DEPTH = 32;
/** Whether `value` nests objects or arrays deeper than `limit`; iterative, so depth itself cannot overflow it. */
function nestedDeeperThan(value, limit) {
    const pending = [[value, 1]];
    while (pending.length > 0) {
        const [current, depth] = pending.pop();
        if (current === null || typeof current !== 'object')
            continue;
        if (depth > limit)
            return true;
        for (const child of Object.values(current))
            pending.push([child, depth + 1]);
    }
    return false;
}
/**
 * The API speaks JSON only. Fastify and Nest would also parse text/plain and form bodies, so a
 * request carrying any other body is refused with 415 before parsing; an empty JSON body is read as
 * `{}` so that it reaches validation (400 naming the missing fields) instead of failing as bad JSON,
 * and a body nested deeper than `MAX_JSON_DEPTH` is refused with 400 before it reaches validation.
 */
function applyJsonBodyPolicy(app, bodyLimit) {
    const fastify = app.getHttpAdapter().getInstance();
    fastify.addHook('onRequest', (request, _reply, done) => {
        if (hasBody(request) && !isJson(request.headers['content-type'])) {
            done(new problem_exception_1.ProblemException({ status: 415, detail: 'Request bodies must be sent as application/json' }));
            return;
        }
        done();
    });
    const parseJson = fastify.getDefaultJsonParser('error', 'error');
    // Registered through Nest so that its own default JSON parser is not added on top at init.
    app.useBodyParser('application/json', { bodyLimit }, (request, body, done) => {
        if (body.length === 0)
            return done(null, {});
        parseJson(request, body.toString('utf8'), (error, value) => {
            if (error)
                return done(error);
            if (nestedDeeperThan(value, MAX_JSON_DEPTH)) {
                return done(new problem_exception_1.ProblemException({ status: 400, detail: `The body nests deeper than ${MAX_JSON_DEPTH} levels` }));
            }
            done(null, value);
        });
    });
}
//# sourceMappingURL=json-body.policy.js.map
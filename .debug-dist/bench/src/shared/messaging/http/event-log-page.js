"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.startPosition = startPosition;
exports.eventPage = eventPage;
const pagination_1 = require("../../http/pagination");
const problem_exception_1 = require("../../http/problem.exception");
const event_log_query_dto_1 = require("./event-log-query.dto");
/** The position a read starts after: from `cursor`, from `after`, or the beginning. */
function startPosition({ after, cursor }) {
    if (cursor === undefined)
        return BigInt(after ?? '0');
    if (after !== undefined)
        throw problem_exception_1.ProblemException.badField('cursor', 'pass either cursor or after, not both');
    const { position } = (0, pagination_1.decodeCursor)(cursor);
    if (typeof position !== 'string' || !event_log_query_dto_1.POSITION_PATTERN.test(position)) {
        throw problem_exception_1.ProblemException.badField('cursor', 'cursor is malformed; pass the nextCursor of a previous page');
    }
    return BigInt(position);
}
/** A full page links to the next one; a shorter page means the reader has caught up (for now). */
function eventPage(events, limit) {
    const last = events.at(-1);
    return {
        items: events,
        nextCursor: events.length === limit && last ? (0, pagination_1.encodeCursor)({ position: last.position }) : null,
    };
}

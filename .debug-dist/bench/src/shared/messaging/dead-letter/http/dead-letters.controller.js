"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DeadLettersController = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const auth_decorators_1 = require("../../../auth/auth.decorators");
const domain_error_1 = require("../../../domain/domain-error");
const pagination_1 = require("../../../http/pagination");
const problem_exception_1 = require("../../../http/problem.exception");
const problem_schema_1 = require("../../../http/problem.schema");
const dead_letter_redelivery_1 = require("../dead-letter-redelivery");
const dead_letter_redrive_1 = require("../dead-letter-redrive");
const dead_letter_repository_1 = require("../dead-letter.repository");
const dead_letter_query_dto_1 = require("./dead-letter-query.dto");
const dead_letter_response_1 = require("./dead-letter.response");
const ID = /^[1-9][0-9]{0,17}$/;
function idFromCursor(cursor) {
    const { id } = (0, pagination_1.decodeCursor)(cursor);
    if (typeof id !== 'string' || !ID.test(id)) {
        throw problem_exception_1.ProblemException.badField('cursor', 'cursor is malformed; pass the nextCursor of a previous page');
    }
    return id;
}
/** The transport could not take messages back: nothing was lost, the dead letters stay pending. */
async function unlessUnavailable(redrive) {
    try {
        return await redrive;
    }
    catch (error) {
        if (!(error instanceof dead_letter_redelivery_1.RedeliveryUnavailableError))
            throw error;
        throw new problem_exception_1.ProblemException({
            status: 503,
            detail: `The event transport cannot take messages back right now (${error.message}); retry shortly`,
            headers: { 'Retry-After': '5' },
        });
    }
}
let DeadLettersController = class DeadLettersController {
    deadLetters;
    redrive;
    constructor(deadLetters, redrive) {
        this.deadLetters = deadLetters;
        this.redrive = redrive;
    }
    async list(query) {
        const afterId = query.cursor === undefined ? undefined : idFromCursor(query.cursor);
        const filter = { consumer: query.consumer, status: query.status };
        const items = await this.deadLetters.page(filter, afterId, query.limit);
        const last = items.at(-1);
        return { items, nextCursor: items.length === query.limit && last ? (0, pagination_1.encodeCursor)({ id: last.id }) : null };
    }
    redriveConsumer(query) {
        return unlessUnavailable(this.redrive.redriveConsumer(query.consumer));
    }
    redriveOne(id) {
        // Ids are opaque to clients: one that cannot exist is as unknown as one that does not.
        if (!ID.test(id))
            throw new domain_error_1.DomainError('not-found', `Dead letter ${id} does not exist`, 'dead-letter.not-found');
        return unlessUnavailable(this.redrive.redriveOne(id));
    }
};
exports.DeadLettersController = DeadLettersController;
__decorate([
    (0, common_1.Get)(),
    (0, swagger_1.ApiOperation)({
        summary: 'List messages consumers gave up on',
        description: 'Admin only. Dead letters of both transports in the order they were parked, with the last error and the ' +
            'number of attempts. A redrive that fails again parks a new dead letter with the same `eventId`.',
    }),
    (0, pagination_1.ApiPage)(dead_letter_response_1.DeadLetterResponse),
    (0, problem_schema_1.ApiProblems)(400),
    __param(0, (0, common_1.Query)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [dead_letter_query_dto_1.DeadLetterQueryDto]),
    __metadata("design:returntype", Promise)
], DeadLettersController.prototype, "list", null);
__decorate([
    (0, common_1.Post)('redrive'),
    (0, common_1.HttpCode)(202),
    (0, swagger_1.ApiOperation)({
        summary: "Redrive every pending dead letter of one consumer",
        description: 'Admin only. Hands each pending dead letter of `consumer` parked so far back to that consumer, oldest ' +
            'first, as a first attempt with the full retry budget. Ones without a valid event stay pending and are ' +
            'listed in `invalid`. In-process the deliveries finish after the response; follow them in the list.',
    }),
    (0, swagger_1.ApiAcceptedResponse)({ type: dead_letter_response_1.RedriveResponse }),
    (0, problem_schema_1.ApiProblems)(400, 409, 503),
    __param(0, (0, common_1.Query)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [dead_letter_query_dto_1.RedriveQueryDto]),
    __metadata("design:returntype", Promise)
], DeadLettersController.prototype, "redriveConsumer", null);
__decorate([
    (0, common_1.Post)(':id/redrive'),
    (0, common_1.HttpCode)(202),
    (0, swagger_1.ApiOperation)({
        summary: 'Redrive one dead letter',
        description: 'Admin only. Hands the message back to the consumer that gave up on it (only to that consumer, or on ' +
            "RabbitMQ to that consumer's module, whose other consumers skip it as a duplicate). 409 when it was " +
            'already redriven or holds no valid event.',
    }),
    (0, swagger_1.ApiParam)({ name: 'id', example: '17', description: 'The `id` of a listed dead letter' }),
    (0, swagger_1.ApiAcceptedResponse)({ type: dead_letter_response_1.RedriveResponse }),
    (0, problem_schema_1.ApiProblems)(404, 409, 503),
    __param(0, (0, common_1.Param)('id')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String]),
    __metadata("design:returntype", Promise)
], DeadLettersController.prototype, "redriveOne", null);
exports.DeadLettersController = DeadLettersController = __decorate([
    (0, swagger_1.ApiTags)('dead-letters'),
    (0, auth_decorators_1.AdminOnly)(),
    (0, common_1.Controller)('admin/dead-letters'),
    __metadata("design:paramtypes", [dead_letter_repository_1.DeadLetterRepository,
        dead_letter_redrive_1.DeadLetterRedrive])
], DeadLettersController);

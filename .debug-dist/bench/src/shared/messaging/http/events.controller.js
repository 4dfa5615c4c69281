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
exports.EventsController = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const auth_decorators_1 = require("../../auth/auth.decorators");
const pagination_1 = require("../../http/pagination");
const problem_schema_1 = require("../../http/problem.schema");
const problem_exception_1 = require("../../http/problem.exception");
const event_log_item_response_1 = require("./event-log-item.response");
const event_log_page_1 = require("./event-log-page");
const event_log_query_dto_1 = require("./event-log-query.dto");
const event_log_reader_1 = require("./event-log.reader");
const event_streams_1 = require("./event-streams");
const settled_positions_1 = require("./settled-positions");
let EventsController = class EventsController {
    reader;
    settled;
    streams;
    constructor(reader, settled, streams) {
        this.reader = reader;
        this.settled = settled;
        this.streams = streams;
    }
    async list(query) {
        const filter = { type: query.type, streamId: query.streamId };
        const { events } = await this.reader.page(filter, (0, event_log_page_1.startPosition)(query), query.limit);
        return (0, event_log_page_1.eventPage)(events, query.limit);
    }
    async stream(query, lastEventId, reply) {
        if (lastEventId !== undefined && !event_log_query_dto_1.POSITION_PATTERN.test(lastEventId)) {
            throw problem_exception_1.ProblemException.badField('Last-Event-ID', 'Last-Event-ID must be the id of an event received earlier');
        }
        const resumeAfter = lastEventId ?? query.after;
        const after = resumeAfter !== undefined ? BigInt(resumeAfter) : await this.settled.current();
        this.streams.start(reply, { type: query.type }, after);
    }
};
exports.EventsController = EventsController;
__decorate([
    (0, common_1.Get)(),
    (0, swagger_1.ApiOperation)({
        summary: 'Page through the event store in position order',
        description: 'Admin only. Events as recorded (superseded versions keep their old type). A page never skips an event ' +
            'that commits later with a lower position: it stops before positions still in flight. `nextCursor` is null ' +
            'once caught up; to follow new events, pass the last `position` as `after` or use `/events/stream`.',
    }),
    (0, pagination_1.ApiPage)(event_log_item_response_1.EventLogItemResponse),
    (0, problem_schema_1.ApiProblems)(400),
    __param(0, (0, common_1.Query)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [event_log_query_dto_1.EventLogQueryDto]),
    __metadata("design:returntype", Promise)
], EventsController.prototype, "list", null);
__decorate([
    (0, common_1.Get)('stream'),
    (0, swagger_1.ApiOperation)({
        summary: 'Follow new events as Server-Sent Events',
        description: 'Admin only. Each event is sent as `id: <position>` and `data: <event as in GET /events>`; a comment ' +
            'every 15 s keeps the connection alive. Reconnect with `Last-Event-ID` (or `?after=`) to resume without ' +
            'missing any event. Without either, the stream starts with events committed from now on.',
    }),
    (0, swagger_1.ApiHeader)({ name: 'Last-Event-ID', required: false, description: 'The last `id` received, to resume after it' }),
    (0, swagger_1.ApiProduces)('text/event-stream'),
    (0, swagger_1.ApiOkResponse)({
        description: 'An endless text/event-stream',
        content: { 'text/event-stream': { schema: { type: 'string' } } },
    }),
    (0, problem_schema_1.ApiProblems)(400),
    __param(0, (0, common_1.Query)()),
    __param(1, (0, common_1.Headers)('last-event-id')),
    __param(2, (0, common_1.Res)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [event_log_query_dto_1.EventStreamQueryDto, Object, Object]),
    __metadata("design:returntype", Promise)
], EventsController.prototype, "stream", null);
exports.EventsController = EventsController = __decorate([
    (0, swagger_1.ApiTags)('events'),
    (0, auth_decorators_1.AdminOnly)(),
    (0, common_1.Controller)('events'),
    __metadata("design:paramtypes", [event_log_reader_1.EventLogReader,
        settled_positions_1.SettledPositions,
        event_streams_1.EventStreams])
], EventsController);

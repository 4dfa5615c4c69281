"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MESSAGING_MIGRATIONS = void 0;
const _1764000000000_create_messaging_schema_migration_1 = require("./1764000000000-create-messaging-schema.migration");
const _1764000000500_settle_event_positions_migration_1 = require("./1764000000500-settle-event-positions.migration");
const _1764000000700_add_event_trace_parent_migration_1 = require("./1764000000700-add-event-trace-parent.migration");
exports.MESSAGING_MIGRATIONS = [
    _1764000000000_create_messaging_schema_migration_1.CreateMessagingSchema1764000000000,
    _1764000000500_settle_event_positions_migration_1.SettleEventPositions1764000000500,
    _1764000000700_add_event_trace_parent_migration_1.AddEventTraceParent1764000000700,
];

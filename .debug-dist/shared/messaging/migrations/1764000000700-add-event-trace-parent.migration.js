"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AddEventTraceParent1764000000700 = void 0;
/**
 * The W3C `traceparent` active when an event was recorded, so the relay (possibly another instance,
 * or after a restart) continues that trace when it publishes. Null when tracing is off.
 */
class AddEventTraceParent1764000000700 {
    name = 'AddEventTraceParent1764000000700';
    async up(db) {
        await db.query(`ALTER TABLE messaging.event_store ADD COLUMN trace_parent text`);
    }
    async down(db) {
        await db.query(`ALTER TABLE messaging.event_store DROP COLUMN trace_parent`);
    }
}
exports.AddEventTraceParent1764000000700 = AddEventTraceParent1764000000700;
//# sourceMappingURL=1764000000700-add-event-trace-parent.migration.js.map
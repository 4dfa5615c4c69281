"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SettleEventPositions1764000000500 = void 0;
/**
 * Readers page the event store by `position`, which only works if they can tell when every
 * position up to some value is settled (committed or rolled back). `SettledPositions` decides that
 * from the sequence and the running transaction ids, which requires a transaction to own its id
 * *before* it draws a position: the default now takes `pg_current_xact_id()` first. Done in the
 * database so that every writer, including older versions of the application, obeys it.
 *
 * Also indexes the id at the end of stream ids (`catalog.product:<id>`) for product timelines.
 */
class SettleEventPositions1764000000500 {
    name = 'SettleEventPositions1764000000500';
    async up(db) {
        await db.query(`
      CREATE FUNCTION messaging.next_event_position() RETURNS bigint
      LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        PERFORM pg_current_xact_id();
        RETURN nextval('messaging.event_store_position_seq');
      END
      $$`);
        await db.query(`ALTER TABLE messaging.event_store ALTER COLUMN position SET DEFAULT messaging.next_event_position()`);
        await db.query(`CREATE INDEX event_store_stream_tail_idx ON messaging.event_store ((split_part(stream_id, ':', -1)), position)`);
    }
    async down(db) {
        await db.query(`DROP INDEX messaging.event_store_stream_tail_idx`);
        await db.query(`ALTER TABLE messaging.event_store ALTER COLUMN position SET DEFAULT nextval('messaging.event_store_position_seq')`);
        await db.query(`DROP FUNCTION messaging.next_event_position()`);
    }
}
exports.SettleEventPositions1764000000500 = SettleEventPositions1764000000500;
//# sourceMappingURL=1764000000500-settle-event-positions.migration.js.map
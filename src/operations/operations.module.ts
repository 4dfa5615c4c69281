import { Module } from '@nestjs/common';
import { AsyncApiController } from './asyncapi/asyncapi.controller';
import { DeadLettersController } from './dead-letters/dead-letters.controller';
import { EventLogReader } from './event-log/event-log.reader';
import { EventStreams } from './event-log/event-streams';
import { EventsController } from './event-log/events.controller';
import { ProductTimelineController } from './timeline/product-timeline.controller';

/**
 * The operator's view of a process that hosts modules: the event log and its live stream, timelines,
 * dead letters and the AsyncAPI document. Everything here is read from the messaging kernel and the
 * modules' declarations; it names no module.
 */
@Module({
  controllers: [EventsController, ProductTimelineController, AsyncApiController, DeadLettersController],
  providers: [EventLogReader, EventStreams],
})
export class OperationsModule {}

import { DynamicModule, Module } from '@nestjs/common';
import { TimelineDeclaration } from '../shared/modularity/module-definition';
import { AsyncApiController } from './asyncapi/asyncapi.controller';
import { DeadLettersController } from './dead-letters/dead-letters.controller';
import { EventLogReader } from './event-log/event-log.reader';
import { EventStreams } from './event-log/event-streams';
import { EventsController } from './event-log/events.controller';
import { timelineController } from './timeline/timeline.controller';

/**
 * The operator's view of a process that hosts modules: the event log and its live stream, the
 * timelines the modules declare, dead letters and the AsyncAPI document. Everything here is read from
 * the messaging kernel and the modules' declarations; it names no module.
 */
@Module({})
export class OperationsModule {
  static forRoot(options: { timelines: readonly TimelineDeclaration[] }): DynamicModule {
    return {
      module: OperationsModule,
      controllers: [
        EventsController,
        ...options.timelines.map(timelineController),
        AsyncApiController,
        DeadLettersController,
      ],
      providers: [EventLogReader, EventStreams],
    };
  }
}

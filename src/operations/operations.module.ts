import { DynamicModule, Module } from '@nestjs/common';
import { TimelineDeclaration } from '../shared/modularity/module-definition';
import { StatePart } from '../shared/modularity/state-part';
import { AsyncApiController } from './asyncapi/asyncapi.controller';
import { DeadLettersController } from './dead-letters/dead-letters.controller';
import { EventLogReader } from './event-log/event-log.reader';
import { EventStreams } from './event-log/event-streams';
import { EventsController } from './event-log/events.controller';
import { subjectStateController } from './subject-state/subject-state.controller';
import { SubjectStateReader } from './subject-state/subject-state.reader';
import { timelineController } from './timeline/timeline.controller';

/**
 * The operator's view of a process that hosts modules: the event log and its live stream, the
 * timelines and point-in-time states the modules declare, dead letters and the AsyncAPI document. Everything here is read from
 * the messaging kernel and the modules' declarations; it names no module.
 */
@Module({})
export class OperationsModule {
  static forRoot(options: {
    timelines: readonly TimelineDeclaration[];
    stateParts?: readonly StatePart[];
  }): DynamicModule {
    const stateParts = options.stateParts ?? [];
    // A subject's state is served under its timeline's resource, when some module declares parts of it.
    const states = options.timelines.flatMap((timeline) => {
      const parts = stateParts.filter((part) => part.subject === timeline.subject);
      return parts.length > 0 ? [subjectStateController(timeline, parts)] : [];
    });
    return {
      module: OperationsModule,
      controllers: [
        EventsController,
        ...options.timelines.map(timelineController),
        ...states,
        AsyncApiController,
        DeadLettersController,
      ],
      providers: [EventLogReader, EventStreams, SubjectStateReader],
    };
  }
}

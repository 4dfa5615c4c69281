import { DynamicModule, Module } from '@nestjs/common';
import { MeasureDeclaration, TimelineDeclaration } from '../shared/modularity/module-definition';
import { StatePart } from '../shared/modularity/state-part';
import { AnalyticsEventsController } from './analytics/analytics-events.controller';
import { AnalyticsRollupWorker } from './analytics/analytics-rollup.worker';
import { AnalyticsReader } from './analytics/analytics.reader';
import { DeclaredMeasures } from './analytics/declared-measures';
import { topSubjectsController } from './analytics/top-subjects.controller';
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
 * timelines, point-in-time states and analytics the modules declare, dead letters and the AsyncAPI document. Everything here is read from
 * the messaging kernel and the modules' declarations; it names no module.
 */
@Module({})
export class OperationsModule {
  static forRoot(options: {
    timelines: readonly TimelineDeclaration[];
    stateParts?: readonly StatePart[];
    measures: readonly MeasureDeclaration[];
  }): DynamicModule {
    const stateParts = options.stateParts ?? [];
    // A subject's state is served under its timeline's resource, when some module declares parts of it.
    const states = options.timelines.flatMap((timeline) => {
      const parts = stateParts.filter((part) => part.subject === timeline.subject);
      return parts.length > 0 ? [subjectStateController(timeline, parts)] : [];
    });
    const measures = new DeclaredMeasures(options.measures);
    return {
      module: OperationsModule,
      controllers: [
        EventsController,
        ...options.timelines.map(timelineController),
        ...states,
        AsyncApiController,
        DeadLettersController,
        AnalyticsEventsController,
        ...measures.resources().map((resource) => topSubjectsController(resource, measures.of(resource))),
      ],
      providers: [
        EventLogReader,
        EventStreams,
        SubjectStateReader,
        AnalyticsReader,
        AnalyticsRollupWorker,
        { provide: DeclaredMeasures, useValue: measures },
      ],
    };
  }
}

import { DynamicModule, Module } from '@nestjs/common';
import { MeasureDeclaration, TimelineDeclaration } from '../shared/modularity/module-definition';
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
import { timelineController } from './timeline/timeline.controller';

/**
 * The operator's view of a process that hosts modules: the event log and its live stream, the
 * timelines and analytics the modules declare, dead letters and the AsyncAPI document. Everything here is read from
 * the messaging kernel and the modules' declarations; it names no module.
 */
@Module({})
export class OperationsModule {
  static forRoot(options: {
    timelines: readonly TimelineDeclaration[];
    measures: readonly MeasureDeclaration[];
  }): DynamicModule {
    const measures = new DeclaredMeasures(options.measures);
    return {
      module: OperationsModule,
      controllers: [
        EventsController,
        ...options.timelines.map(timelineController),
        AsyncApiController,
        DeadLettersController,
        AnalyticsEventsController,
        ...measures.resources().map((resource) => topSubjectsController(resource, measures.of(resource))),
      ],
      providers: [
        EventLogReader,
        EventStreams,
        AnalyticsReader,
        AnalyticsRollupWorker,
        { provide: DeclaredMeasures, useValue: measures },
      ],
    };
  }
}

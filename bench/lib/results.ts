import { AnalyticsResult } from '../scenarios/analytics';
import { PropagationResult } from '../scenarios/propagation';
import { ReplayResult } from '../scenarios/replay';
import { ReservationResult } from '../scenarios/reservation';
import { StartupResult } from '../scenarios/startup';
import { SustainedResult } from '../scenarios/sustained';
import { Measurement } from './report';

/** What the scenario groups measured; a scenario left out with BENCH_ONLY stays undefined. */
export interface Results {
  readApp?: Measurement;
  /** The same read, every request for one product: what the read costs without 1,000 products' view events. */
  readOneProduct?: Measurement;
  readBare?: Measurement;
  readNest?: Measurement;
  writeApp?: Measurement;
  writeBare?: Measurement;
  propagation: {
    inprocess?: PropagationResult;
    rabbitmq?: PropagationResult;
    nats?: PropagationResult;
    split?: PropagationResult;
  };
  /** Bare amqplib publish → delivery through the app's RabbitMQ topology at the propagation rate. */
  propagationFloor?: Measurement;
  /** The write-rate ramp per deployment. */
  sustained: {
    inprocess?: SustainedResult;
    rabbitmq?: SustainedResult;
    nats?: SustainedResult;
    split?: SustainedResult;
  };
  startup?: StartupResult;
  relay?: { app: Measurement; baseline: Measurement };
  search?: Measurement;
  /** Per query: its latency alone and its hit count. */
  searchQueries?: string[];
  replay?: ReplayResult;
  /** Stock reservations spread over products and on one hot product. */
  reservation?: ReservationResult;
  analytics?: AnalyticsResult;
  peakRssMb?: number | null;
  /** Scenario groups that threw; their numbers are missing from the report. */
  failures: { scenario: string; error: string }[];
}

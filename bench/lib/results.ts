import { PropagationResult } from '../scenarios/propagation';
import { Measurement } from './report';

/** What the scenario groups measured; a scenario left out with BENCH_ONLY stays undefined. */
export interface Results {
  readApp?: Measurement;
  readBare?: Measurement;
  readNest?: Measurement;
  writeApp?: Measurement;
  writeBare?: Measurement;
  propagation: { inprocess?: PropagationResult; rabbitmq?: PropagationResult };
  relay?: { app: Measurement; baseline: Measurement };
  search?: Measurement;
  replay?: { events: number; eventsPerSec: number };
  peakRssMb?: number | null;
}

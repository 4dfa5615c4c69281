import fc from 'fast-check';
import { CustomerRating, RatingDecision, rate, removeRating, unrated } from './customer-rating';
import { Histogram, averageOf, emptyHistogram, sumOf } from './histogram';
import { NO_VOTE, RatingTally, TalliedVote, tallyVote } from './rating-tally';
import { Stars } from './stars';

const EMPTY: RatingTally = { histogram: emptyHistogram(), version: 0 };

describe('rating tally', () => {
  it('counts a first rating and bumps the tally version', () => {
    const outcome = tallyVote(EMPTY, NO_VOTE, { streamVersion: 1, stars: 4 });
    expect(outcome).toEqual({
      kind: 'applied',
      vote: { stars: 4, version: 1 },
      tally: { histogram: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 0 }, version: 1 },
      changed: true,
    });
  });

  it('ignores an event not newer than the vote it already applied', () => {
    const tally = { histogram: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 0 }, version: 1 };
    expect(tallyVote(tally, { stars: 4, version: 2 }, { streamVersion: 2, stars: 1 })).toEqual({ kind: 'stale' });
    expect(tallyVote(tally, { stars: 4, version: 2 }, { streamVersion: 1, stars: 1 })).toEqual({ kind: 'stale' });
  });

  it('moves the vote from the stars it holds when intermediate events are still missing', () => {
    // Tally saw v1 (3 stars); v3 (5 stars) overtakes v2: the 3 must leave, whatever v3's previousStars says.
    const tally = { histogram: { 1: 0, 2: 0, 3: 1, 4: 0, 5: 0 }, version: 1 };
    const outcome = tallyVote(tally, { stars: 3, version: 1 }, { streamVersion: 3, stars: 5 });
    expect(outcome).toMatchObject({ tally: { histogram: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 1 }, version: 2 } });
  });

  it('records a newer event that leaves the stars as they were without changing the tally', () => {
    const tally = { histogram: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 }, version: 1 };
    expect(tallyVote(tally, { stars: 2, version: 1 }, { streamVersion: 3, stars: 2 })).toEqual({
      kind: 'applied',
      vote: { stars: 2, version: 3 },
      tally,
      changed: false,
    });
  });

  it('removes a vote', () => {
    const tally = { histogram: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 }, version: 4 };
    expect(tallyVote(tally, { stars: 2, version: 1 }, { streamVersion: 2, stars: null })).toMatchObject({
      vote: { stars: null, version: 2 },
      tally: { histogram: emptyHistogram(), version: 5 },
    });
  });
});

type Command =
  | { kind: 'rate'; productId: string; userId: string; stars: Stars }
  | { kind: 'remove'; productId: string; userId: string };

interface StreamEvent {
  productId: string;
  userId: string;
  streamVersion: number;
  stars: Stars | null;
}

const productIds = fc.constantFrom('p1', 'p2');
const userIds = fc.constantFrom('u1', 'u2', 'u3', 'u4');
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    kind: fc.constant('rate' as const),
    productId: productIds,
    userId: userIds,
    stars: fc.constantFrom<Stars>(1, 2, 3, 4, 5),
  }),
  fc.record({ kind: fc.constant('remove' as const), productId: productIds, userId: userIds }),
);

/** Runs commands through the write side as the API would (a removal without a rating is refused) and collects the events. */
function execute(commands: readonly Command[]): { ratings: CustomerRating[]; events: StreamEvent[] } {
  const ratings = new Map<string, CustomerRating>();
  const events: StreamEvent[] = [];
  for (const cmd of commands) {
    const key = `${cmd.productId}:${cmd.userId}`;
    const current = ratings.get(key) ?? unrated(cmd.productId, cmd.userId);
    if (cmd.kind === 'remove' && current.stars === null) continue;
    const decision: RatingDecision = cmd.kind === 'rate' ? rate(current, cmd.stars) : removeRating(current);
    ratings.set(key, decision.rating);
    if (decision.change) {
      const { productId, userId, version, stars } = decision.rating;
      events.push({ productId, userId, streamVersion: version, stars });
    }
  }
  return { ratings: [...ratings.values()], events };
}

/** The rating calculation as the consumer runs it: one tally per product, one tallied vote per customer. */
function project(events: readonly StreamEvent[]): Map<string, RatingTally> {
  const tallies = new Map<string, RatingTally>();
  const votes = new Map<string, TalliedVote>();
  for (const event of events) {
    const key = `${event.productId}:${event.userId}`;
    const outcome = tallyVote(tallies.get(event.productId) ?? EMPTY, votes.get(key) ?? NO_VOTE, event);
    if (outcome.kind === 'stale') continue;
    votes.set(key, outcome.vote);
    tallies.set(event.productId, outcome.tally);
  }
  return tallies;
}

/** Independent oracle: count the final votes directly. */
function recompute(ratings: readonly CustomerRating[], productId: string): { histogram: Histogram; average: number } {
  const histogram = emptyHistogram();
  const stars = ratings.filter((r) => r.productId === productId && r.stars !== null).map((r) => r.stars as Stars);
  stars.forEach((s) => (histogram[s] += 1));
  const sum = stars.reduce((a, b) => a + b, 0);
  return { histogram, average: stars.length === 0 ? 0 : Math.round((sum * 100) / stars.length) / 100 };
}

function expectSummariesMatch(tallies: Map<string, RatingTally>, ratings: readonly CustomerRating[]): void {
  for (const productId of ['p1', 'p2']) {
    const histogram = tallies.get(productId)?.histogram ?? emptyHistogram();
    const expected = recompute(ratings, productId);
    expect(histogram).toEqual(expected.histogram);
    expect(averageOf(histogram)).toBe(expected.average);
  }
}

describe('rating tally convergence', () => {
  it('equals a recomputation from the final votes when events arrive in order', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 60 }), (commands) => {
        const { ratings, events } = execute(commands);
        const tallies = project(events);
        expectSummariesMatch(tallies, ratings);
        // In order, every event is a change: the summary version counts them all.
        for (const [productId, tally] of tallies) {
          expect(tally.version).toBe(events.filter((e) => e.productId === productId).length);
        }
      }),
    );
  });

  it('equals a recomputation from the final votes when events arrive shuffled and duplicated', () => {
    const scenario = fc.array(command, { maxLength: 60 }).chain((commands) => {
      const { ratings, events } = execute(commands);
      return fc
        .subarray(events)
        .chain((duplicates) => {
          const deliveries = [...events, ...duplicates];
          return fc.shuffledSubarray(deliveries, { minLength: deliveries.length, maxLength: deliveries.length });
        })
        .map((deliveries) => ({ ratings, deliveries }));
    });
    fc.assert(
      fc.property(scenario, ({ ratings, deliveries }) => {
        expectSummariesMatch(project(deliveries), ratings);
      }),
      { numRuns: 300 },
    );
  });

  it('never lets the histogram sum drift from the tallied votes', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 60 }), (commands) => {
        const { ratings, events } = execute(commands);
        const tally = project(events).get('p1') ?? EMPTY;
        const expectedSum = ratings.filter((r) => r.productId === 'p1').reduce((sum, r) => sum + (r.stars ?? 0), 0);
        expect(sumOf(tally.histogram)).toBe(expectedSum);
      }),
    );
  });
});

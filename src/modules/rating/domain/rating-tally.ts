import { Histogram, applyVoteChange } from './histogram';
import { Stars } from './stars';

/** The summary's view of one customer's vote: its stars and the last stream version applied. */
export interface TalliedVote {
  stars: Stars | null;
  version: number;
}

/** A product's tally; `version` counts its changes and is the version of stream `rating.summary:<product>`. */
export interface RatingTally {
  histogram: Histogram;
  version: number;
}

/** A rating event as the tally sees it: the vote's stars after the event (null when removed). */
export interface VoteEvent {
  streamVersion: number;
  stars: Stars | null;
}

export type TallyOutcome =
  { kind: 'stale' } | { kind: 'applied'; vote: TalliedVote; tally: RatingTally; changed: boolean };

export const NO_VOTE: TalliedVote = { stars: null, version: 0 };

/**
 * Applies a rating event to a product's tally. Only an event newer than the vote's last applied
 * version counts, and it moves the vote from the stars the tally holds (not the event's
 * `previousStars`, which may describe an event not seen yet), so any delivery order converges to
 * the histogram of each customer's latest vote.
 */
export function tallyVote(tally: RatingTally, vote: TalliedVote, event: VoteEvent): TallyOutcome {
  if (event.streamVersion <= vote.version) return { kind: 'stale' };
  const nextVote = { stars: event.stars, version: event.streamVersion };
  if (vote.stars === event.stars) return { kind: 'applied', vote: nextVote, tally, changed: false };
  return {
    kind: 'applied',
    vote: nextVote,
    tally: { histogram: applyVoteChange(tally.histogram, vote.stars, event.stars), version: tally.version + 1 },
    changed: true,
  };
}

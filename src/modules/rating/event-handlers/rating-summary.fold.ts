import { EventEnvelope } from '../../../shared/messaging/integration-event';
import { ProductRatedIntegrationEvent, ProductRatedPayload, RatingRemovedPayload } from '../contracts';
import { emptyHistogram } from '../domain/histogram';
import { NO_VOTE, RatingTally, TalliedVote, VoteEvent, tallyVote } from '../domain/rating-tally';
import { toStars } from '../domain/stars';

/** A rating event as the summary sees it: whose vote, on which product, and its stars after the event. */
export interface SummaryVoteEvent extends VoteEvent {
  productId: string;
  userId: string;
}

/** One customer's vote on one product. */
export interface SummaryVote {
  productId: string;
  userId: string;
  vote: TalliedVote;
}

/**
 * The stored state a run of events reads: the tallies of its products and the votes of its
 * (product, customer) pairs, keyed by `productKey` and `voteKey`. A missing entry is an empty
 * tally or no vote.
 */
export interface SummaryState {
  tallies: ReadonlyMap<string, RatingTally>;
  votes: ReadonlyMap<string, TalliedVote>;
}

/** What the run changes: the final tallies and votes to store, and each new summary to announce, in order. */
export interface SummaryChanges {
  tallies: Map<string, RatingTally>;
  votes: Map<string, SummaryVote>;
  recalculated: { productId: string; tally: RatingTally }[];
}

// PostgreSQL returns uuids in lower case; an event may carry one in upper case.
export const productKey = (productId: string): string => productId.toLowerCase();
export const voteKey = (productId: string, userId: string): string => `${productKey(productId)}/${userId}`;

export const EMPTY_TALLY: RatingTally = { histogram: emptyHistogram(), version: 0 };

/**
 * Applies rating events in order to the summary state with `tallyVote`, as applying them one by one
 * would: each later event sees the tallies and votes the earlier ones left.
 */
export function foldVotes(state: SummaryState, events: readonly SummaryVoteEvent[]): SummaryChanges {
  const changes: SummaryChanges = { tallies: new Map(), votes: new Map(), recalculated: [] };
  for (const event of events) {
    const product = productKey(event.productId);
    const key = voteKey(event.productId, event.userId);
    const tally = changes.tallies.get(product) ?? state.tallies.get(product) ?? EMPTY_TALLY;
    const vote = changes.votes.get(key)?.vote ?? state.votes.get(key) ?? NO_VOTE;
    const outcome = tallyVote(tally, vote, event);
    if (outcome.kind === 'stale') continue;
    changes.votes.set(key, { productId: event.productId, userId: event.userId, vote: outcome.vote });
    if (!outcome.changed) continue;
    changes.tallies.set(product, outcome.tally);
    changes.recalculated.push({ productId: event.productId, tally: outcome.tally });
  }
  return changes;
}

/** A stored or delivered rating event (`product-rated` or `rating-removed`) as the summary folds it. */
export function toVoteEvent({ type, payload, streamVersion }: EventEnvelope<unknown>): SummaryVoteEvent {
  const { productId, userId } = payload as ProductRatedPayload | RatingRemovedPayload;
  const stars = type === ProductRatedIntegrationEvent.type ? toStars((payload as ProductRatedPayload).stars) : null;
  return { productId, userId, stars, streamVersion };
}

/** One product's summary state: its tally and its customers' votes (keyed by `voteKey`). */
export interface ProductSummaryState {
  tally: RatingTally;
  votes: ReadonlyMap<string, TalliedVote>;
}

export const NO_SUMMARY: ProductSummaryState = { tally: EMPTY_TALLY, votes: new Map() };

/** One product's summary after one more of its rating events: `foldVotes` on that product alone. */
export function evolveProductSummary(state: ProductSummaryState, event: SummaryVoteEvent): ProductSummaryState {
  const product = productKey(event.productId);
  const key = voteKey(event.productId, event.userId);
  const changes = foldVotes({ tallies: new Map([[product, state.tally]]), votes: state.votes }, [event]);
  const vote = changes.votes.get(key);
  if (!vote) return state;
  return { tally: changes.tallies.get(product) ?? state.tally, votes: new Map(state.votes).set(key, vote.vote) };
}

import { ALL_CONSUMERS, ALL_EVENTS } from '../../../src/module-registry';
import { EventRegistry } from '../../../src/shared/messaging/envelope/event-registry';

import type { Query } from '../../support/federated-database';

export type { Query };

/** What a run left behind, measured against the event store (the truth). */
export interface Consistency {
  committedEvents: number;
  unpublished: number;
  /** (event, consumer) pairs where a consumer that should have applied a committed event did not. */
  lost: string[];
  /** Effects that happened more than once for one event. */
  duplicated: string[];
  /** Projection rows that differ from a recomputation from the event store. */
  mismatches: string[];
  deadLetters: number;
}

/** Every stored event type (superseded versions included) with the consumers that must apply it. */
function expectedDeliveries(): { types: string[]; consumers: string[] } {
  const registry = new EventRegistry(ALL_EVENTS);
  const types: string[] = [];
  const consumers: string[] = [];
  for (const type of registry.types()) {
    const current = registry.currentTypeOf(type);
    for (const declared of ALL_CONSUMERS.filter(({ eventClasses }) =>
      eventClasses.some(({ type }) => type === current),
    )) {
      types.push(type);
      consumers.push(declared.consumer);
    }
  }
  return { types, consumers };
}

const EXPECTED = expectedDeliveries();

/**
 * Unpublished rows and missing inbox rows, read in one statement so the two agree on one snapshot. With
 * `delivered`, only those events count, whether or not they are in the store (a test put them on the wire).
 */
export async function deliveryBacklog(
  query: Query,
  delivered?: readonly { eventId: string; type: string }[],
): Promise<{ unpublished: number; lost: string[] }> {
  const rows = await query<{ unpublished: number; lost: string[] | null }>(
    `WITH expected AS (SELECT * FROM unnest($1::text[], $2::text[]) AS x(type, consumer)),
          events AS (SELECT event_id, type, position FROM messaging.event_store WHERE $3::uuid[] IS NULL
                     UNION ALL
                     SELECT event_id, type, 0 FROM unnest($3::uuid[], $4::text[]) AS d(event_id, type))
     SELECT (SELECT count(*)::int FROM messaging.event_store WHERE published_at IS NULL) AS unpublished,
            (SELECT array_agg(e.type || ' ' || e.event_id || ' -> ' || x.consumer ORDER BY e.position)
               FROM events e JOIN expected x ON x.type = e.type
              WHERE NOT EXISTS (SELECT 1 FROM messaging.inbox i WHERE i.consumer = x.consumer AND i.event_id = e.event_id)
            ) AS lost`,
    [
      EXPECTED.types,
      EXPECTED.consumers,
      delivered?.map(({ eventId }) => eventId) ?? null,
      delivered?.map(({ type }) => type) ?? null,
    ],
  );
  return { unpublished: rows[0].unpublished, lost: rows[0].lost ?? [] };
}

/** Latest event of every stream whose id starts with `prefix` (but of the `skipped` types), as a CTE body. */
const latestOf = (prefix: string, skipped: readonly string[] = []) => `
  SELECT DISTINCT ON (stream_id) stream_id, type, payload, stream_version
  FROM messaging.event_store WHERE stream_id LIKE '${prefix}:%'
    ${skipped.length > 0 ? `AND type NOT IN (${skipped.map((type) => `'${type}'`).join(', ')})` : ''}
  ORDER BY stream_id, stream_version DESC`;

/** Every check is a query returning one text line per violation. */
const DUPLICATE_CHECKS = [
  `SELECT 'rating summary recalculated twice for event ' || causation_id
     FROM messaging.event_store WHERE type = 'rating.product-rating-recalculated.v1'
     GROUP BY causation_id HAVING count(*) > 1`,
  `SELECT 'review ' || stream_id || ' deleted twice for product deletion ' || causation_id
     FROM messaging.event_store WHERE type = 'reviews.review-deleted.v1' AND payload->>'deletedBy' = 'product-deleted'
     GROUP BY stream_id, causation_id HAVING count(*) > 1`,
  `SELECT 'reservation ' || (payload->>'reservationId') || ' announced ' || count(*) || ' times'
     FROM messaging.event_store WHERE type = 'inventory.stock-reserved.v1'
     GROUP BY payload->>'reservationId' HAVING count(*) > 1`,
];

const EXPECTED_RATINGS = `
  WITH latest AS (${latestOf('rating.rating')}),
  votes AS (SELECT (payload->>'productId')::uuid AS product_id,
                   CASE WHEN type = 'rating.product-rated.v1' THEN (payload->>'stars')::int END AS stars FROM latest)
  SELECT product_id, count(stars)::int AS count,
         count(*) FILTER (WHERE stars = 1)::int AS h1, count(*) FILTER (WHERE stars = 2)::int AS h2,
         count(*) FILTER (WHERE stars = 3)::int AS h3, count(*) FILTER (WHERE stars = 4)::int AS h4,
         count(*) FILTER (WHERE stars = 5)::int AS h5,
         coalesce(round(sum(stars)::numeric / nullif(count(stars), 0), 2), 0) AS average
  FROM votes GROUP BY product_id`;

const LATEST_SUMMARY = `
  SELECT (payload->>'productId')::uuid AS product_id, stream_version AS version, (payload->>'count')::int AS count,
         (payload->>'average')::numeric AS average, payload->'histogram' AS histogram
  FROM (${latestOf('rating.summary')}) s`;

/** The newest levels catalog and search apply: the stream's opening and closing events are inventory's own. */
const LATEST_STOCK = `
  SELECT (payload->>'productId')::uuid AS product_id, stream_version AS version,
         (payload->>'onHand')::int AS on_hand, (payload->>'available')::int AS available
  FROM (${latestOf('inventory.stock', ['inventory.stock-opened.v1', 'inventory.stock-closed.v1'])}) s`;

const PRODUCTS = `
  SELECT (c.payload->>'productId')::uuid AS product_id, (c.payload->>'initialStock')::int AS initial_stock,
         t.payload->>'name' AS name, t.payload->>'description' AS description,
         EXISTS (SELECT 1 FROM messaging.event_store d
                  WHERE d.type = 'catalog.product-deleted.v1' AND d.stream_id = c.stream_id) AS deleted
  FROM messaging.event_store c
  JOIN LATERAL (SELECT payload FROM messaging.event_store t
                 WHERE t.stream_id = c.stream_id AND t.type <> 'catalog.product-deleted.v1'
                 ORDER BY t.stream_version DESC LIMIT 1) t ON true
  WHERE c.type LIKE 'catalog.product-created.%'`;

const REVIEW_TEXT = `
  SELECT (payload->>'productId')::uuid AS product_id,
         left(string_agg((payload->>'title') || E'\\n' || (payload->>'body'), E'\\n' ORDER BY (payload->>'reviewId')::uuid DESC), 100000) AS text
  FROM (${latestOf('reviews.review')}) r WHERE type <> 'reviews.review-deleted.v1' GROUP BY 1`;

const MISMATCH_CHECKS = [
  // The rating calculation: each product's histogram equals every customer's latest vote, counted once.
  `WITH expected AS (${EXPECTED_RATINGS})
   SELECT 'rating.summaries ' || coalesce(e.product_id, s.product_id) || ': expected ' ||
          coalesce(e.h1, 0) || '/' || coalesce(e.h2, 0) || '/' || coalesce(e.h3, 0) || '/' || coalesce(e.h4, 0) || '/' ||
          coalesce(e.h5, 0) || ', found ' || coalesce(s.h1 || '/' || s.h2 || '/' || s.h3 || '/' || s.h4 || '/' || s.h5, 'none')
   FROM expected e FULL JOIN rating.summaries s ON s.product_id = e.product_id
   WHERE (coalesce(e.h1, 0), coalesce(e.h2, 0), coalesce(e.h3, 0), coalesce(e.h4, 0), coalesce(e.h5, 0))
         IS DISTINCT FROM (coalesce(s.h1, 0), coalesce(s.h2, 0), coalesce(s.h3, 0), coalesce(s.h4, 0), coalesce(s.h5, 0))`,
  // The newest announced summary tells the same story.
  `WITH expected AS (${EXPECTED_RATINGS}), summary AS (${LATEST_SUMMARY})
   SELECT 'latest rating-recalculated of ' || coalesce(e.product_id, s.product_id) || ' says ' ||
          coalesce(s.count::text, 'nothing') || ' votes, average ' || coalesce(s.average::text, '-') ||
          '; the votes give ' || coalesce(e.count, 0) || ', average ' || coalesce(e.average, 0)
   FROM expected e FULL JOIN summary s ON s.product_id = e.product_id
   WHERE (coalesce(e.count, 0), coalesce(e.average, 0)) IS DISTINCT FROM (coalesce(s.count, 0), coalesce(s.average, 0))
      OR (s.histogram IS NOT NULL AND ((s.histogram->>'1')::int, (s.histogram->>'2')::int, (s.histogram->>'3')::int,
          (s.histogram->>'4')::int, (s.histogram->>'5')::int) IS DISTINCT FROM (e.h1, e.h2, e.h3, e.h4, e.h5))`,
  // Catalog enrichment: the newest summary and stock levels (a product without a row yet reads as its initial stock).
  `WITH summary AS (${LATEST_SUMMARY}), stock AS (${LATEST_STOCK}),
        enrichment AS (
          SELECT p.id, coalesce(e.rating_average, 0) AS rating_average, coalesce(e.rating_count, 0) AS rating_count,
                 coalesce(e.rating_version, 0) AS rating_version, coalesce(e.available, p.initial_stock) AS available,
                 coalesce(e.in_stock, p.initial_stock > 0) AS in_stock, coalesce(e.stock_version, 0) AS stock_version
          FROM catalog.products p LEFT JOIN catalog.product_enrichment e ON e.product_id = p.id)
   SELECT 'catalog.product_enrichment ' || p.id || ': rating ' || p.rating_average || ' x' || p.rating_count || ' v' ||
          p.rating_version || ', available ' || p.available || ' v' || p.stock_version || '; expected rating ' ||
          coalesce(s.average, 0) || ' x' || coalesce(s.count, 0) || ' v' || coalesce(s.version, 0) ||
          ', available ' || coalesce(k.available::text, '-') || ' v' || coalesce(k.version, 0)
   FROM enrichment p LEFT JOIN summary s ON s.product_id = p.id LEFT JOIN stock k ON k.product_id = p.id
   WHERE (p.rating_average, p.rating_count, p.rating_version) IS DISTINCT FROM
         (coalesce(s.average, 0), coalesce(s.count, 0), coalesce(s.version, 0))
      OR p.stock_version <> coalesce(k.version, 0)
      OR (k.product_id IS NOT NULL AND (p.available, p.in_stock) IS DISTINCT FROM (k.available, k.available > 0))`,
  // Search: text of the product and of its live reviews, rating and stock.
  `WITH products AS (${PRODUCTS}), summary AS (${LATEST_SUMMARY}), stock AS (${LATEST_STOCK}), reviews AS (${REVIEW_TEXT})
   SELECT 'search.documents ' || p.product_id || ' differs from the events: ' ||
          concat_ws(', ',
            CASE WHEN d.product_id IS NULL THEN 'missing' END,
            CASE WHEN (d.name, d.description) IS DISTINCT FROM (p.name, p.description) THEN 'name/description' END,
            CASE WHEN d.deleted IS DISTINCT FROM p.deleted THEN 'deleted' END,
            CASE WHEN (d.rating_average, d.rating_count) IS DISTINCT FROM (coalesce(s.average, 0), coalesce(s.count, 0))
                 THEN 'rating ' || d.rating_average || ' x' || d.rating_count END,
            CASE WHEN d.available IS DISTINCT FROM coalesce(k.available, p.initial_stock) THEN 'available ' || d.available END,
            CASE WHEN d.review_text IS DISTINCT FROM coalesce(r.text, '') THEN 'review text' END)
   FROM products p LEFT JOIN search.documents d ON d.product_id = p.product_id
   LEFT JOIN summary s ON s.product_id = p.product_id LEFT JOIN stock k ON k.product_id = p.product_id
   LEFT JOIN reviews r ON r.product_id = p.product_id
   WHERE d.product_id IS NULL OR (d.name, d.description, d.deleted) IS DISTINCT FROM (p.name, p.description, p.deleted)
      OR (d.rating_average, d.rating_count) IS DISTINCT FROM (coalesce(s.average, 0), coalesce(s.count, 0))
      OR d.available IS DISTINCT FROM coalesce(k.available, p.initial_stock)
      OR d.review_text IS DISTINCT FROM coalesce(r.text, '')`,
  // Inventory: the write model agrees with its own stream, and with the reservations it announced.
  `WITH products AS (${PRODUCTS}), stock AS (${LATEST_STOCK})
   SELECT 'inventory.stock ' || p.product_id || ': ' || coalesce(s.on_hand || ' on hand, ' || s.reserved || ' reserved', 'missing') ||
          '; events say ' || coalesce(k.on_hand, p.initial_stock) || ' on hand, ' ||
          coalesce(k.available, p.initial_stock) || ' available'
   FROM products p LEFT JOIN inventory.stock s ON s.product_id = p.product_id LEFT JOIN stock k ON k.product_id = p.product_id
   WHERE s.product_id IS NULL OR s.deleted IS DISTINCT FROM p.deleted
      OR (s.on_hand, s.on_hand - s.reserved) IS DISTINCT FROM (coalesce(k.on_hand, p.initial_stock), coalesce(k.available, p.initial_stock))`,
  `SELECT 'inventory.reservations and stock-reserved events differ: ' || count(*) || ' unmatched'
   FROM inventory.reservations r FULL JOIN (SELECT (payload->>'reservationId')::uuid AS id FROM messaging.event_store
                                              WHERE type = 'inventory.stock-reserved.v1') e ON e.id = r.id
   WHERE r.id IS NULL OR e.id IS NULL HAVING count(*) > 0`,
  `SELECT 'a stock event has negative levels: ' || stream_id || ' v' || stream_version
   FROM messaging.event_store WHERE stream_id LIKE 'inventory.stock:%'
     AND least((payload->>'available')::int, (payload->>'onHand')::int) < 0`,
  // The product knowledge reviews and rating keep (tombstones included).
  ...['reviews.products', 'rating.products'].map(
    (table) => `WITH products AS (${PRODUCTS})
     SELECT '${table} ' || p.product_id || ': ' || coalesce('deleted=' || t.deleted, 'missing')
     FROM products p LEFT JOIN ${table} t ON t.product_id = p.product_id
     WHERE t.deleted IS DISTINCT FROM p.deleted`,
  ),
];

/** Checks of the schema itself, run on the database that owns the table. */
const SCHEMA_CHECKS = [
  `SELECT 'inventory.stock lacks its CHECK constraint against negative availability'
   WHERE NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'stock_available_not_negative')`,
];

async function violations(query: Query, checks: readonly string[]): Promise<string[]> {
  const lines: string[] = [];
  for (const sql of checks) {
    for (const row of await query<Record<string, string>>(sql)) lines.push(Object.values(row)[0]);
  }
  return lines;
}

/**
 * Compares inboxes, announced effects and every projection with the event store. Call once quiescent.
 * `schemaQuery` reaches the database that owns the inventory tables, when `query` sees them only
 * as imported foreign tables (a database per service).
 */
export async function checkConsistency(query: Query, schemaQuery: Query = query): Promise<Consistency> {
  const { unpublished, lost } = await deliveryBacklog(query);
  const [{ events, dead }] = await query<{ events: number; dead: number }>(
    `SELECT (SELECT count(*)::int FROM messaging.event_store) AS events,
            (SELECT count(*)::int FROM messaging.dead_letter) AS dead`,
  );
  return {
    committedEvents: events,
    unpublished,
    lost,
    duplicated: await violations(query, DUPLICATE_CHECKS),
    mismatches: [...(await violations(query, MISMATCH_CHECKS)), ...(await violations(schemaQuery, SCHEMA_CHECKS))],
    deadLetters: dead,
  };
}

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { SearchCriteria, SearchSort } from '../domain/search-criteria';
import { PageWindow } from '../domain/search-cursor';
import { SearchHit } from '../queries/search-hit.view';

/**
 * How many hits of a text search are ranked. Ranking reads a document's whole indexed text (reviews
 * included), so a common word matching thousands of products would cost a read of each. Past this
 * many hits, the ones ranked are those matching in name or description (or by a similar name), then
 * those with the most indexed text; the rest follow them unranked, in that same order.
 */
const RANKED_HITS = 300;

/** A total order per sort (product id breaks ties), so offset pages neither repeat nor skip hits. */
const ORDER_BY: Record<SearchSort, string> = {
  relevance: 'score DESC, product_id',
  rating: 'rating_average DESC, rating_count DESC, product_id',
  newest: 'created_at DESC NULLS LAST, product_id DESC',
};

/** Which hits are ranked when there are too many (see `RANKED_HITS`). */
const PICK_ORDER = 'h.strong DESC, h.similarity DESC NULLS LAST, h.size DESC, h.product_id';

/** The same orders over the hits of a text search, whose unranked tail keeps the order it was picked in. */
const HIT_ORDER_BY: Record<SearchSort, string> = {
  relevance:
    'r.score DESC NULLS LAST, CASE WHEN r.score IS NULL THEN h.strong END DESC, ' +
    'CASE WHEN r.score IS NULL THEN h.similarity END DESC NULLS LAST, ' +
    'CASE WHEN r.score IS NULL THEN h.size END DESC, h.product_id',
  rating: 'h.rating_average DESC, h.rating_count DESC, h.product_id',
  newest: 'h.created_at DESC NULLS LAST, h.product_id DESC',
};

/** Must stay the expression of the index `documents_head_idx`, or the planner cannot use it. */
const HEAD_TSVECTOR = `to_tsvector('english', coalesce(name, '') || ' ' || description)`;

/**
 * A query matching any word of `text` (`quiet | batteri`), negated ones included: whether a product's
 * name or description has one of the words is what picks it for ranking. Rebuilt from the lexemes'
 * quoted output, so no input can make the cast fail.
 */
const anyWordOf = (text: string) =>
  `replace(strip(to_tsvector('english', ${text}))::text, ''' ''', ''' | ''')::tsquery`;

const HEADLINE_OPTIONS = 'StartSel=<b>,StopSel=</b>,MaxWords=30,MinWords=10';

/** Text shown in a snippet is escaped first, so `<b>` around matches is the only markup it can contain. */
const escapeHtml = (sql: string) => `replace(replace(replace(${sql}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;

/**
 * The headline is computed for the page only (it re-parses the text), as the PostgreSQL docs advise;
 * line breaks of descriptions and between reviews become single spaces so the snippet is one line.
 */
const snippetOf = (tsquery: string) => `trim(regexp_replace(
  ts_headline('english', ${escapeHtml(`d.description || ' ' || d.review_text`)}, ${tsquery}, '${HEADLINE_OPTIONS}'),
  '\\s+', ' ', 'g')) AS snippet`;

const HIT_COLUMNS = `d.product_id AS "productId", d.name, d.rating_average::float8 AS "ratingAverage",
  d.rating_count AS "ratingCount", d.in_stock AS "inStock"`;

interface Sql {
  sql: string;
  params: unknown[];
  param(value: unknown): string;
}

function sqlBuilder(): Sql {
  const params: unknown[] = [];
  return { sql: '', params, param: (value) => `$${params.push(value)}` };
}

/** Conditions every listed hit meets, whether or not there is text to match. */
function listedConditions(criteria: SearchCriteria, { param }: Sql): string {
  const conditions = ['d.name IS NOT NULL', 'NOT d.deleted'];
  if (criteria.minRating !== null) conditions.push(`d.rating_average >= ${param(criteria.minRating)}`);
  if (criteria.inStock !== null) conditions.push(`d.in_stock = ${param(criteria.inStock)}`);
  return conditions.join(' AND ');
}

interface HitRow {
  total: number;
  productId: string | null;
  name: string;
  snippet: string;
  ratingAverage: number;
  ratingCount: number;
  inStock: boolean;
  score: number;
}

/** Answers searches from `search.documents`. */
@Injectable()
export class SearchIndexReader {
  constructor(private readonly dataSource: DataSource) {}

  /** One page of hits and the number of all hits, read from one snapshot so they agree. */
  search(criteria: SearchCriteria, window: PageWindow): Promise<{ items: SearchHit[]; total: number }> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) =>
      criteria.text === null ? this.browse(manager, criteria, window) : this.match(manager, criteria, window),
    );
  }

  /** Without text: the sort's own index finds the page, and every score is 0. */
  private async browse(manager: EntityManager, criteria: SearchCriteria, window: PageWindow) {
    const query = sqlBuilder();
    const where = listedConditions(criteria, query);
    const order = ORDER_BY[criteria.sort];
    const pageSql = `
      SELECT ${HIT_COLUMNS}, 0::float8 AS score, ${snippetOf(`''::tsquery`)}
      FROM (
        SELECT d.product_id, d.name, d.description, d.review_text, d.rating_average, d.rating_count, d.in_stock,
               d.created_at, 0 AS score
        FROM search.documents d
        WHERE ${where}
        ORDER BY ${order} LIMIT ${query.param(window.limit)} OFFSET ${query.param(window.offset)}
      ) d
      ORDER BY ${order}`;
    const countSql = `SELECT count(*)::int AS total FROM search.documents d WHERE ${where}`;
    const rows: HitRow[] = await manager.query(pageSql, query.params);
    const [{ total }]: { total: number }[] = await manager.query(countSql, query.params.slice(0, -2));
    return { items: rows.map(toHit), total };
  }

  /**
   * Text matches when the full-text document (name > description > reviews by weight) matches, or
   * when the name is trigram-similar to `q` (typos such as "hedphones"). Each of the two is looked up
   * in its own index and only the matching rows are read: tested together on each row, they cost a
   * scan of every document. `websearch_to_tsquery` accepts any input without raising, so odd queries
   * just match less. The score adds both signals, and is computed for at most `RANKED_HITS` hits
   * plus the page. The planner would rather scan every document than use the full-text index for a
   * common word, not knowing that testing a row reads its whole review text, hence `enable_seqscan`.
   */
  private async match(manager: EntityManager, criteria: SearchCriteria, window: PageWindow) {
    const query = sqlBuilder();
    const text = query.param(criteria.text);
    const tsquery = `websearch_to_tsquery('english', ${text})`;
    const where = listedConditions(criteria, query);
    const relevance = criteria.sort === 'relevance';
    const score = `ts_rank_cd(d.document, ${tsquery}) + word_similarity(lower(${text}), lower(d.name))`;
    // Which hits are worth ranking matters for relevance only; other sorts score the page alone.
    const strong = relevance
      ? `d.product_id IN (SELECT product_id FROM named)
           OR d.product_id IN (SELECT product_id FROM search.documents WHERE ${HEAD_TSVECTOR} @@ ${anyWordOf(text)})`
      : 'false';
    const ranked = relevance
      ? `SELECT d.product_id, ${score} AS score
         FROM search.documents d
         WHERE d.product_id IN (SELECT product_id FROM hits h ORDER BY ${PICK_ORDER} LIMIT ${RANKED_HITS})`
      : `SELECT NULL::uuid AS product_id, NULL::float8 AS score WHERE false`;
    const hitColumns = `d.product_id, d.name, pg_column_size(d.document) AS size, d.rating_average, d.rating_count,
                        d.created_at`;
    const sql = `
      WITH named AS MATERIALIZED (
        SELECT product_id FROM search.documents WHERE lower(${text}) <% lower(name)
      ),
      matched AS (
        SELECT ${hitColumns} FROM search.documents d WHERE d.document @@ ${tsquery} AND ${where}
        UNION
        SELECT ${hitColumns} FROM search.documents d
        WHERE d.product_id IN (SELECT product_id FROM named) AND ${where}
      ),
      hits AS MATERIALIZED (
        SELECT d.product_id, d.size, d.rating_average, d.rating_count, d.created_at, s.strong,
               CASE WHEN s.strong THEN word_similarity(lower(${text}), lower(d.name)) END AS similarity
        FROM matched d, LATERAL (SELECT ${strong} AS strong) s
      ),
      ranked AS MATERIALIZED (${ranked}),
      page AS (
        SELECT h.product_id, r.score, row_number() OVER (ORDER BY ${HIT_ORDER_BY[criteria.sort]}) AS position
        FROM hits h LEFT JOIN ranked r USING (product_id)
        ORDER BY position LIMIT ${query.param(window.limit)} OFFSET ${query.param(window.offset)}
      )
      SELECT total.count::int AS total, ${HIT_COLUMNS},
             round(coalesce(p.score, ${score})::numeric, 4)::float8 AS score, ${snippetOf(tsquery)}
      FROM (SELECT count(*) FROM hits) total
      LEFT JOIN (page p JOIN search.documents d USING (product_id)) ON true
      ORDER BY p.position`;
    await manager.query(`SET LOCAL enable_seqscan = off`);
    const rows: HitRow[] = await manager.query(sql, query.params);
    return { items: rows.filter((row) => row.productId !== null).map(toHit), total: rows[0].total };
  }
}

function toHit(row: HitRow): SearchHit {
  return {
    productId: row.productId!,
    name: row.name,
    snippet: row.snippet,
    rating: { average: row.ratingAverage, count: row.ratingCount },
    inStock: row.inStock,
    score: row.score,
  };
}

import { Injectable } from '@nestjs/common';
import { PreparedStatements } from '../../../shared/database/prepared-statements';
import { SearchCriteria, SearchSort } from '../domain/search-criteria';
import { PageWindow } from '../domain/search-cursor';
import { SearchFacets, SearchHit } from '../queries/search-hit.view';
import { FacetRow, facetsOf, toFacets } from './search-facets.sql';
import { FilterConditions, LISTED, SqlParams, allOf, filterConditions, sqlParams } from './search-sql';

/**
 * How many hits of a text search are ranked. Ranking reads a document's whole indexed text (reviews
 * included), so a common word matching thousands of products would cost a read of each. Past this
 * many hits, the ones ranked are those matching in name or description (or by a similar name), then
 * those with the most indexed text; the rest follow them unranked, in that same order.
 */
const RANKED_HITS = 300;

/** An ORDER BY list over the columns `column` names (bare, or taken from a table alias). */
type Order = (column: (name: string) => string) => string;

const bare = (name: string) => name;
const of = (alias: string) => (name: string) => `${alias}.${name}`;

/** A total order per sort (product id breaks ties), so offset pages neither repeat nor skip hits. */
const ORDER_BY: Record<Exclude<SearchSort, 'relevance'>, Order> = {
  rating: (c) => `${c('rating_average')} DESC, ${c('rating_count')} DESC, ${c('product_id')}`,
  newest: (c) => `${c('created_at')} DESC NULLS LAST, ${c('product_id')} DESC`,
};

/**
 * Ranked hits by score, then the unranked rest in the order they were picked. `score` appears once:
 * an expression written twice in an ORDER BY is computed twice, and a score reads the whole document.
 */
const RELEVANCE_ORDER: Order = (c) =>
  `${c('score')} DESC NULLS LAST, CASE WHEN ${c('pick')} > ${RANKED_HITS} THEN ${c('pick')} END, ${c('product_id')}`;

/** Which hits are ranked when there are too many (see `RANKED_HITS`). */
const PICK_ORDER = 'strong DESC, similarity DESC NULLS LAST, size DESC, product_id';

/** Browsing and the other sorts order by stored columns; relevance needs `q` (see `toSearchCriteria`). */
const storedOrder = (sort: SearchSort): Order => ORDER_BY[sort === 'relevance' ? 'newest' : sort];

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

/**
 * Without a query, a headline is the text's first `MinWords` words, which ordinary text has within
 * this many characters; parsing only them keeps a page of browse snippets from parsing every review.
 */
const BROWSE_SNIPPET_SOURCE = 500;

/** Text shown in a snippet is escaped first, so `<b>` around matches is the only markup it can contain. */
const escapeHtml = (sql: string) => `replace(replace(replace(${sql}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;

/**
 * The headline is computed for the page only (it re-parses the text), as the PostgreSQL docs advise;
 * line breaks of descriptions and between reviews become single spaces so the snippet is one line.
 */
const snippetOf = (tsquery: string, text = `d.description || ' ' || d.review_text`) => `trim(regexp_replace(
  ts_headline('english', ${escapeHtml(text)}, ${tsquery}, '${HEADLINE_OPTIONS}'),
  '\\s+', ' ', 'g')) AS snippet`;

const HIT_COLUMNS = `d.product_id AS "productId", d.name, d.rating_average::float8 AS "ratingAverage",
  d.rating_count AS "ratingCount", d.in_stock AS "inStock"`;

interface SearchRow extends FacetRow {
  productId: string | null;
  name: string;
  snippet: string;
  ratingAverage: number;
  ratingCount: number;
  inStock: boolean;
  score: number;
}

/**
 * Answers searches from `search.documents`: one statement per search, so the page, the total and
 * the facets come from one snapshot and agree. The statements are prepared: planning one costs
 * about as much as running a small search.
 */
@Injectable()
export class SearchIndexReader {
  constructor(private readonly statements: PreparedStatements) {}

  async search(
    criteria: SearchCriteria,
    window: PageWindow,
  ): Promise<{ items: SearchHit[]; total: number; facets: SearchFacets }> {
    const rows = criteria.text === null ? await this.browse(criteria, window) : await this.match(criteria, window);
    const [first] = rows;
    return {
      items: rows.filter((row) => row.productId !== null).map(toHit),
      total: first.total,
      facets: toFacets(first, criteria),
    };
  }

  /**
   * Without text: the sort's own index finds the page, every score is 0, and the facets count every
   * listed product (read from `documents_facets_idx` alone).
   */
  private browse(criteria: SearchCriteria, window: PageWindow): Promise<SearchRow[]> {
    const sql = sqlParams();
    const filters = filterConditions(criteria, sql);
    const order = storedOrder(criteria.sort);
    // Asking for the order `documents_facets_idx` has keeps the planner on it: a scan of the (small)
    // table would need the category sets hashed, which costs more than it estimates.
    const listed = `(SELECT rating_average, in_stock, categories FROM search.documents WHERE ${LISTED}
                     ORDER BY categories) listed`;
    const statement = `
      WITH page AS (
        SELECT product_id, rating_average, rating_count, created_at FROM search.documents
        WHERE ${LISTED} AND ${allOf(filters)}
        ORDER BY ${order(bare)} LIMIT ${sql.param(window.limit)} OFFSET ${sql.param(window.offset)}
      )
      SELECT f.*, ${HIT_COLUMNS}, 0::float8 AS score,
             ${snippetOf(`''::tsquery`, `left(d.description || ' ' || d.review_text, ${BROWSE_SNIPPET_SOURCE})`)}
      FROM (${facetsOf(listed, filters, criteria, sql)}) f
      LEFT JOIN (page p JOIN search.documents d USING (product_id)) ON true
      ORDER BY ${order(of('p'))}`;
    return this.statements.query(statement, sql.values);
  }

  /**
   * Text matches when the full-text document (name > description > reviews by weight) matches, or
   * when the name is trigram-similar to `q` (typos such as "hedphones"). Each of the two is looked up
   * in its own index (a bitmap OR) and only the matching rows are read: tested together on each row,
   * they cost a scan of every document. `websearch_to_tsquery` accepts any input without raising, so
   * odd queries just match less. The matches are read once, filters not applied, for the facets;
   * the hits are those passing the filters. The planner would rather scan every document than use
   * the full-text index for a common word, not knowing that testing a row reads its whole review
   * text, hence `enable_seqscan`.
   */
  private match(criteria: SearchCriteria, window: PageWindow): Promise<SearchRow[]> {
    const sql = sqlParams();
    const text = sql.param(criteria.text);
    const tsquery = `websearch_to_tsquery('english', ${text})`;
    const filters = filterConditions(criteria, sql);
    const score = `ts_rank_cd(d.document, ${tsquery}) + word_similarity(lower(${text}), lower(d.name))`;
    const relevance = criteria.sort === 'relevance';
    const page = relevance
      ? this.rankedPage(sql, text, score, filters, window)
      : `SELECT product_id, NULL::real AS score FROM matched WHERE ${allOf(filters)}
         ORDER BY ${storedOrder(criteria.sort)(bare)}
         LIMIT ${sql.param(window.limit)} OFFSET ${sql.param(window.offset)}`;
    const order = relevance ? RELEVANCE_ORDER(of('p')) : storedOrder(criteria.sort)(of('d'));
    const statement = `
      WITH named AS MATERIALIZED (
        SELECT product_id FROM search.documents WHERE lower(${text}) <% lower(name)
      ),
      matched AS MATERIALIZED (
        SELECT d.product_id, d.name, d.rating_average, d.rating_count, d.created_at, d.in_stock, d.categories,
               pg_column_size(d.document) AS size
        FROM search.documents d
        WHERE (d.document @@ ${tsquery} OR d.product_id = ANY (ARRAY(SELECT product_id FROM named))) AND ${LISTED}
      ),
      facets AS MATERIALIZED (${facetsOf('matched', filters, criteria, sql)}),
      page AS (${page})
      SELECT f.*, ${HIT_COLUMNS}, round(coalesce(p.score, ${score})::numeric, 4)::float8 AS score,
             ${snippetOf(tsquery)}
      FROM facets f
      LEFT JOIN (page p JOIN search.documents d USING (product_id)) ON true
      ORDER BY ${order}`;
    return this.statements.query(statement, sql.values, ['enable_seqscan = off']);
  }

  /**
   * The page of a relevance search: at most `RANKED_HITS` hits are scored, picked (when there are
   * more) by whether their name or description has a word of `q` — worked out only then — then by
   * name similarity and size. Only as many hits as the page reaches are picked at all.
   */
  private rankedPage(sql: SqlParams, text: string, score: string, filters: FilterConditions, window: PageWindow) {
    const limit = sql.param(window.limit);
    const offset = sql.param(window.offset);
    return `
      WITH strong AS MATERIALIZED (
        SELECT product_id FROM named
        UNION
        SELECT product_id FROM search.documents
        WHERE (SELECT total FROM facets) > ${RANKED_HITS} AND ${HEAD_TSVECTOR} @@ ${anyWordOf(text)}
      ),
      picked AS (
        SELECT p.*, row_number() OVER (ORDER BY ${PICK_ORDER}) AS pick FROM (
          SELECT h.product_id, h.name, h.size, s.product_id IS NOT NULL AS strong,
                 CASE WHEN s.product_id IS NOT NULL THEN word_similarity(lower(${text}), lower(h.name)) END AS similarity
          FROM matched h LEFT JOIN strong s USING (product_id)
          WHERE ${allOf(filters)}
          ORDER BY ${PICK_ORDER} LIMIT greatest(${RANKED_HITS}, ${offset}::int + ${limit}::int)
        ) p
      )
      SELECT * FROM (
        SELECT p.product_id, p.pick, CASE WHEN p.pick <= ${RANKED_HITS} THEN ${score} END AS score
        FROM picked p JOIN search.documents d USING (product_id)
      ) ranked
      ORDER BY ${RELEVANCE_ORDER(bare)} LIMIT ${limit} OFFSET ${offset}`;
  }
}

function toHit(row: SearchRow): SearchHit {
  return {
    productId: row.productId!,
    name: row.name,
    snippet: row.snippet,
    rating: { average: row.ratingAverage, count: row.ratingCount },
    inStock: row.inStock,
    score: row.score,
  };
}

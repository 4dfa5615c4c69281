"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.SearchIndexReader = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
/** A total order per sort (product id breaks ties), so offset pages neither repeat nor skip hits. */
const ORDER_BY = {
    relevance: 'score DESC, product_id',
    rating: 'rating_average DESC, rating_count DESC, product_id',
    newest: 'created_at DESC NULLS LAST, product_id DESC',
};
const HEADLINE_OPTIONS = 'StartSel=<b>,StopSel=</b>,MaxWords=30,MinWords=10';
/** Text shown in a snippet is escaped first, so `<b>` around matches is the only markup it can contain. */
const escapeHtml = (sql) => `replace(replace(replace(${sql}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
/**
 * Text matches when the full-text document (name > description > reviews by weight) matches, or when
 * the name is trigram-similar to `q` (typos such as "hedphones"). `websearch_to_tsquery` accepts any
 * input without raising, so odd queries just match less. The score adds both signals.
 */
function filterFor(criteria) {
    const params = [];
    const param = (value) => `$${params.push(value)}`;
    const conditions = ['d.name IS NOT NULL', 'NOT d.deleted'];
    let tsquery = `''::tsquery`;
    let score = '0';
    if (criteria.text !== null) {
        const text = param(criteria.text);
        tsquery = `websearch_to_tsquery('english', ${text})`;
        conditions.push(`(d.document @@ ${tsquery} OR lower(${text}) <% lower(d.name))`);
        score = `ts_rank_cd(d.document, ${tsquery}) + word_similarity(lower(${text}), lower(d.name))`;
    }
    if (criteria.minRating !== null)
        conditions.push(`d.rating_average >= ${param(criteria.minRating)}`);
    if (criteria.inStock !== null)
        conditions.push(`d.in_stock = ${param(criteria.inStock)}`);
    return { where: conditions.join(' AND '), params, tsquery, score };
}
/** Answers searches from `search.documents`. */
let SearchIndexReader = class SearchIndexReader {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    /** One page of hits and the number of all hits, read from one snapshot so they agree. */
    search(criteria, window) {
        const filter = filterFor(criteria);
        const order = ORDER_BY[criteria.sort];
        const limit = `$${filter.params.length + 1}`;
        const offset = `$${filter.params.length + 2}`;
        // The headline is computed for the page only (it re-parses the text), as the PostgreSQL docs advise;
        // line breaks of descriptions and between reviews become single spaces so the snippet is one line.
        const pageSql = `
      SELECT product_id AS "productId", name, rating_average::float8 AS "ratingAverage", rating_count AS "ratingCount",
             in_stock AS "inStock", round(score::numeric, 4)::float8 AS score,
             trim(regexp_replace(
               ts_headline('english', ${escapeHtml(`description || ' ' || review_text`)}, ${filter.tsquery}, '${HEADLINE_OPTIONS}'),
               '\\s+', ' ', 'g')) AS snippet
      FROM (
        SELECT d.product_id, d.name, d.description, d.review_text, d.rating_average, d.rating_count, d.in_stock,
               d.created_at, (${filter.score}) AS score
        FROM search.documents d
        WHERE ${filter.where}
        ORDER BY ${order}
        LIMIT ${limit} OFFSET ${offset}
      ) page
      ORDER BY ${order}`;
        const countSql = `SELECT count(*)::int AS total FROM search.documents d WHERE ${filter.where}`;
        return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
            const rows = await manager.query(pageSql, [...filter.params, window.limit, window.offset]);
            const [{ total }] = await manager.query(countSql, filter.params);
            return { items: rows.map(toHit), total };
        });
    }
};
exports.SearchIndexReader = SearchIndexReader;
exports.SearchIndexReader = SearchIndexReader = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [typeorm_1.DataSource])
], SearchIndexReader);
function toHit(row) {
    return {
        productId: row.productId,
        name: row.name,
        snippet: row.snippet,
        rating: { average: row.ratingAverage, count: row.ratingCount },
        inStock: row.inStock,
        score: row.score,
    };
}

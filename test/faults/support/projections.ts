import { Query } from './consistency';

/** Every table an event consumer writes, with the key that orders its rows. */
const PROJECTIONS: Record<string, string> = {
  'catalog.products': 'id',
  'search.documents': 'product_id',
  'search.reviews': 'review_id',
  'rating.summaries': 'product_id',
  'rating.summary_votes': 'product_id, user_id',
  'rating.products': 'product_id',
  'reviews.products': 'product_id',
  'inventory.stock': 'product_id',
};

/** The full contents of every projection, to compare before and after something that must change nothing. */
export async function snapshotProjections(query: Query): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const [table, key] of Object.entries(PROJECTIONS)) {
    snapshot[table] = await query(`SELECT * FROM ${table} ORDER BY ${key}`);
  }
  return snapshot;
}

import { encodeCursor } from '../../src/shared/http/pagination';
import { startTestApp, TestApp } from '../support/test-app';
import { tokenFor } from '../support/tokens';
import { searchApi } from './search-api';

describe('search parameters', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    const api = searchApi(app, await tokenFor('admin-1', { admin: true }));
    // Something to match, so odd queries run the whole ranking and snippet path.
    await api.createProduct({ name: 'Harp "Concert" & Co', description: "Strings, it's 日本語 friendly 🎧" });
    await api.searchUntil({ q: 'harp' }, (body) => body.total === 1, 'the harp');
  });

  afterAll(() => app?.close());

  const get = (query: string) => app.api.get(`/api/v1/search?${query}`);

  it.each([
    ['q longer than 200 characters', `q=${'a'.repeat(201)}`],
    ['q given twice', 'q=a&q=b'],
    ['q with a NUL character', 'q=a%00b'],
    ['minRating below 0', 'minRating=-1'],
    ['minRating above 5', 'minRating=5.5'],
    ['minRating that is not a number', 'minRating=high'],
    ['an empty minRating', 'minRating='],
    ['an infinite minRating', 'minRating=Infinity'],
    ['inStock other than true or false', 'inStock=yes'],
    ['inStock as a digit', 'inStock=1'],
    ['an unknown sort', 'sort=popular'],
    ['an empty sort', 'sort='],
    ['sort=relevance without q', 'sort=relevance'],
    ['sort=relevance with a blank q', 'q=%20%20&sort=relevance'],
    ['limit 0', 'limit=0'],
    ['limit above 50', 'limit=51'],
    ['a fractional limit', 'limit=2.5'],
    ['a limit that is not a number', 'limit=ten'],
    ['a cursor that is not base64url', 'cursor=not*a*cursor'],
    ['an empty cursor', 'cursor='],
    ['a cursor without an offset', `cursor=${encodeCursor({ criteria: 'x' })}`],
    ['a cursor past the reachable hits', `q=harp&cursor=${encodeCursor({ offset: 5000, criteria: 'x' })}`],
    ['an unknown parameter', 'q=harp&page=2'],
  ])('answers 400 problem+json for %s', async (_, query) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 400 });
  });

  it.each([
    '"',
    '""',
    '!!',
    '&|',
    "'",
    "harp'",
    '\\',
    ':*',
    'harp:*',
    '<->',
    '(harp',
    'harp)',
    '-',
    '- -harp',
    'or',
    'the',
    '%',
    '_',
    '日本語',
    '🎧',
    'ünïcödé',
    "'; DROP TABLE search.documents; --",
    '"Concert" & Co',
    '!'.repeat(200),
  ])('answers 200 for the odd query %j', async (q) => {
    const response = await get(new URLSearchParams({ q }).toString());
    expect(response.status).toBe(200);
    expect(Array.isArray(response.body.items)).toBe(true);
  });

  it('matches despite a stray quote or operator around a real word', async () => {
    for (const q of ['"harp', "harp'", 'harp!!', '&|harp']) {
      expect((await get(new URLSearchParams({ q }).toString())).body.total).toBe(1);
    }
  });

  it('accepts the full 200 characters of q', async () => {
    expect((await get(`q=${'harp '.repeat(40)}`)).status).toBe(200);
  });
});

import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths } from './schema';

export type { components, operations, paths } from './schema';

/**
 * The platform's REST API, typed from the committed openapi.json (`npm run client` regenerates the
 * types): `api.GET('/api/v1/products/{id}', { params: { path: { id } } })` → `{ data, error, response }`.
 */
export type ApiClient = Client<paths>;

export interface ApiClientOptions extends Omit<ClientOptions, 'baseUrl'> {
  /** Where the API is served, without `/api/v1` (the paths carry it), e.g. `http://localhost:3000`. */
  baseUrl: string;
  /** Bearer JWT sent with every request that does not set its own `Authorization` header. */
  token?: string;
}

/** A typed client for one server (monolith or gateway), optionally acting as one user. */
export function createApiClient({ baseUrl, token, ...options }: ApiClientOptions): ApiClient {
  const client = createClient<paths>({ ...options, baseUrl });
  if (token) {
    client.use({
      onRequest({ request }) {
        if (!request.headers.has('authorization')) request.headers.set('authorization', `Bearer ${token}`);
        return request;
      },
    });
  }
  return client;
}

import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './generated/schema.js';

export type { components, operations, paths } from './generated/schema.js';

/**
 * The platform's REST API, typed from its OpenAPI document:
 * `api.GET('/api/v1/products/{id}', { params: { path: { id } } })` → `{ data, error, response }`.
 */
export type ApiClient = Client<paths>;

/** The body of every error response (RFC 9457 problem details); a 400 lists each invalid field in `errors`. */
export type Problem = components['schemas']['ProblemDetailsDto'];

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

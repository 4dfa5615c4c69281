/** What the security suites look at in a response. */
export interface Probed {
  status: number;
  headers: Headers;
  contentType: string;
  /** Parsed JSON, the raw text otherwise, or null for an event stream (never read to its end). */
  body: any;
}

export interface ProbeRequest {
  method: string;
  path: string;
  token?: string;
  headers?: Record<string, string>;
  /** JSON-encoded unless `raw` is given. */
  body?: unknown;
  raw?: string;
}

/**
 * Sends one request and reads the answer, like `HttpClient`, but also copes with endpoints that
 * stream (`text/event-stream`): their status and headers are read, then the stream is dropped.
 */
export async function probe(baseUrl: string, request: ProbeRequest): Promise<Probed> {
  const headers: Record<string, string> = { ...request.headers };
  if (request.token !== undefined) headers.authorization = `Bearer ${request.token}`;
  const payload = request.raw ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
  if (payload !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
    headers['content-type'] = 'application/json';
  }
  const abort = new AbortController();
  const response = await fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    headers,
    body: payload,
    signal: abort.signal,
  });
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.startsWith('text/event-stream')) {
    abort.abort();
    return { status: response.status, headers: response.headers, contentType, body: null };
  }
  const text = await response.text();
  const body = text && /json/.test(contentType) ? JSON.parse(text) : text;
  return { status: response.status, headers: response.headers, contentType, body };
}

/** True when the response is a complete RFC 9457 problem for its own status. */
export function isProblem(response: Probed): boolean {
  const { body } = response;
  return (
    response.contentType.startsWith('application/problem+json') &&
    typeof body === 'object' &&
    body !== null &&
    typeof body.type === 'string' &&
    typeof body.title === 'string' &&
    body.status === response.status
  );
}

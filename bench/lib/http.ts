import { Agent, request } from 'node:http';

/**
 * Keep-alive connections, at most 64 at once: a backlog of slow responses queues here instead of
 * opening connection after connection until they time out (what `fetch` does under load).
 */
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

export interface JsonResponse<T> {
  status: number;
  body: T;
}

export function postJson<T>(url: string, body: string, headers: Record<string, string>): Promise<JsonResponse<T>> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-type': 'application/json' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as T });
          } catch {
            reject(new Error(`${url}: ${response.statusCode} ${text.slice(0, 300)}`));
          }
        });
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

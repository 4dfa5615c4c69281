"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.postJson = postJson;
const node_http_1 = require("node:http");
/**
 * Keep-alive connections, at most 64 at once: a backlog of slow responses queues here instead of
 * opening connection after connection until they time out (what `fetch` does under load).
 */
const agent = new node_http_1.Agent({ keepAlive: true, maxSockets: 64 });
function postJson(url, body, headers) {
    return new Promise((resolve, reject) => {
        const outgoing = (0, node_http_1.request)(url, { method: 'POST', agent, headers: { ...headers, 'content-type': 'application/json' } }, (response) => {
            const chunks = [];
            response.on('data', (chunk) => chunks.push(chunk));
            response.on('end', () => {
                const text = Buffer.concat(chunks).toString('utf8');
                try {
                    resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) });
                }
                catch {
                    reject(new Error(`${url}: ${response.statusCode} ${text.slice(0, 300)}`));
                }
            });
            response.on('error', reject);
        });
        outgoing.on('error', reject);
        outgoing.end(body);
    });
}

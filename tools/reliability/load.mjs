// Closed-loop load on loopback without extra tools (Node 18+):
//   node tools/reliability/load.mjs URL QUERY_FILE SECONDS CONNECTIONS
// Each connection sends the query, waits for the answer, sends again. Prints requests, req/s, status
// counts, errors (anything but 200), p50 and p99 latency.
import http from 'node:http';
import { readFileSync } from 'node:fs';

const [url = 'http://127.0.0.1:18080/graphql', file = 'tools/load/motion.graphql', seconds = '60', connections = '200'] =
  process.argv.slice(2);
const target = new URL(url);
if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname)) {
  console.error('refusing anything but loopback: ' + url);
  process.exit(2);
}
const body = JSON.stringify({ query: readFileSync(file, 'utf8') });
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(connections) });
const latencies = [];
const statuses = {};
let errors = 0;
const end = Date.now() + Number(seconds) * 1000;

function once() {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const req = http.request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => {
          latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
          statuses[res.statusCode] = (statuses[res.statusCode] || 0) + 1;
          if (res.statusCode !== 200) errors++;
          resolve();
        });
      });
    req.setTimeout(30000, () => req.destroy(new Error('timeout')));
    req.on('error', () => { errors++; statuses.error = (statuses.error || 0) + 1; resolve(); });
    req.end(body);
  });
}

async function loop() {
  while (Date.now() < end) await once();
}

const started = Date.now();
await Promise.all(Array.from({ length: Number(connections) }, loop));
agent.destroy();
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] || 0;
const elapsed = (Date.now() - started) / 1000;
console.log(JSON.stringify({
  requests: latencies.length, seconds: elapsed, perSecond: Math.round(latencies.length / elapsed),
  statuses, errors, p50ms: Math.round(at(0.5)), p99ms: Math.round(at(0.99)),
}));

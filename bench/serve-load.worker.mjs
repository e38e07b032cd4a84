// The load generator for serve-load.ts, on its own thread so that it does not
// share an event loop with the servers it measures. Loopback only: the parent
// passes the URL of a server it started on 127.0.0.1. Every loop is bounded
// by a count and a deadline.
import http from "node:http";
import net from "node:net";
import { parentPort, workerData } from "node:worker_threads";

const { kind, url, count, concurrency, deadline } = workerData;
const target = new URL(url);
if (target.hostname !== "127.0.0.1") throw new Error("serve-load: loopback only");

function send(agent, path, options = {}) {
  return new Promise((resolve) => {
    const started = performance.now();
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path,
        agent,
        method: options.method ?? "GET",
        headers: options.headers,
      },
      (response) => {
        response.on("data", () => {});
        response.on("error", () => resolve({ status: response.statusCode, error: true, milliseconds: 0 }));
        response.on("end", () =>
          resolve({ status: response.statusCode, error: false, milliseconds: performance.now() - started }),
        );
      },
    );
    request.on("error", () => resolve({ status: 0, error: true, milliseconds: 0 }));
    if (options.destroyAfter !== undefined) setTimeout(() => request.destroy(), options.destroyAfter);
    request.end(options.body);
  });
}

function raw(text) {
  return new Promise((resolve) => {
    const socket = net.connect(Number(target.port), target.hostname, () => socket.write(text));
    let received = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk) => {
      received += chunk;
    });
    socket.on("error", () => {});
    socket.on("close", () => resolve({ status: Number(received.slice(9, 12)) || 0, error: false, milliseconds: 0 }));
    socket.setTimeout(5000, () => socket.destroy());
  });
}

// Bad and awkward requests, in turn: every kind of 400, oversized headers and
// content, a broken request line, a reset after the headers, and clients that
// leave in the middle of a sleep or a dribble.
const mixed = [
  (agent) => send(agent, "/abc"),
  (agent) => send(agent, "/99"),
  (agent) => send(agent, "/600"),
  (agent) => send(agent, "/status/"),
  (agent) => send(agent, "/status/200:x,500:-1"),
  (agent) => send(agent, "/random/504-500"),
  (agent) => send(agent, "/404?sleep=9999999"),
  (agent) => send(agent, "/404?slep=1"),
  (agent) => send(agent, `/${"a".repeat(10_000)}`),
  (agent) => send(agent, "/200", { headers: { "X-Statuskit-Response-Content-Length": "5" } }),
  (agent) => send(agent, "/200", { method: "POST", headers: { "Content-Length": "2000000" } }),
  (agent) => send(agent, "/404?abort=1"),
  (agent) => send(agent, "/200?sleep=60000", { destroyAfter: 5 }),
  (agent) => send(agent, "/200?dribble=1", { destroyAfter: 5 }),
  (agent) => send(agent, "/103?then=500&sleep_after_headers=60000", { destroyAfter: 5 }),
  () => raw("GARBAGE\r\n\r\n"),
  () => raw(`GET /200 HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`),
  () => raw("GET http://example.com/ HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n\r\n"),
];

async function run() {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies = new Float64Array(kind === "load" ? count : 0);
  const statuses = {};
  let errors = 0;
  let next = 0;
  let completed = 0;
  const started = performance.now();
  async function lane() {
    while (next < count && performance.now() < deadline) {
      const index = next++;
      const outcome = kind === "load" ? await send(agent, workerData.path) : await mixed[index % mixed.length](agent);
      if (kind === "load") latencies[index] = outcome.milliseconds;
      statuses[outcome.status] = (statuses[outcome.status] ?? 0) + 1;
      if (outcome.error) errors++;
      completed++;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  parentPort.postMessage({ seconds, completed, latencies: latencies.subarray(0, completed), statuses, errors });
}

run();

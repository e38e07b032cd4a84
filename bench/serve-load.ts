// statuskit serve under load: requests per second and p99 latency of /200 and
// /404 against a bare node:http server that writes the same response (same
// status line, headers and body), in interleaved rounds in the same run; then
// a stream of bad and awkward requests, after which the server must hold no
// socket and no timer. Loopback only; every loop is bounded in count and time.
import http from "node:http";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { startStatusServer } from "../src/serve/index.js";
import { formatRatio, median, quantile, type Section, table, targetTable } from "./report.js";

export interface ServeLoadCounts {
  /** Requests per round, per server and path. */
  readonly requests: number;
  readonly rounds: number;
  /** Requests in the bad-input stream. */
  readonly badRequests: number;
}

/** The counts `npm run bench` uses, and the smaller ones of `npm run bench:smoke`. */
export function serveLoadCounts(smoke: boolean): ServeLoadCounts {
  return smoke
    ? { requests: 300, rounds: 2, badRequests: 1_000 }
    : { requests: 4_000, rounds: 10, badRequests: 10_000 };
}

const concurrency = 16;
const roundDeadlineMilliseconds = 20_000;

interface WorkerResult {
  seconds: number;
  completed: number;
  latencies: Float64Array;
  statuses: Record<string, number>;
  errors: number;
}

function inWorker(data: Record<string, unknown>): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./serve-load.worker.mjs", import.meta.url), {
      workerData: { concurrency, deadline: performance.now() + roundDeadlineMilliseconds, ...data },
    });
    worker.once("message", (result: WorkerResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}

/** A plain node:http server that answers each path with a copy of what statuskit sent for it. */
async function bareServer(copies: Map<string, { status: number; phrase: string; headers: string[]; body: Buffer }>) {
  const server = http.createServer((request, response) => {
    const copy = copies.get(request.url ?? "");
    if (copy === undefined) {
      response.writeHead(500);
      response.end();
      return;
    }
    response.writeHead(copy.status, copy.phrase, copy.headers);
    response.end(copy.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** What statuskit sends for a path, as a flat header list without the headers Node adds itself. */
function copyOf(url: string, path: string) {
  return new Promise<{ status: number; phrase: string; headers: string[]; body: Buffer }>((resolve, reject) => {
    http
      .get(`${url}${path}`, { agent: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const headers: string[] = [];
          for (let index = 0; index < response.rawHeaders.length; index += 2) {
            const name = response.rawHeaders[index] as string;
            if (!["date", "connection", "keep-alive"].includes(name.toLowerCase())) {
              headers.push(name, response.rawHeaders[index + 1] as string);
            }
          }
          resolve({
            status: response.statusCode ?? 0,
            phrase: response.statusMessage ?? "",
            headers,
            body: Buffer.concat(chunks),
          });
        });
      })
      .on("error", reject);
  });
}

function activeHandles(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of process.getActiveResourcesInfo()) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}

export async function serveLoad(counts: ServeLoadCounts): Promise<Section> {
  const paths = ["/200", "/404"];
  const before = activeHandles();
  const statuskit = await startStatusServer({ seed: 1 });
  const copies = new Map<string, { status: number; phrase: string; headers: string[]; body: Buffer }>();
  for (const path of paths) copies.set(path, await copyOf(statuskit.url, path));
  const bare = await bareServer(copies);

  const results = new Map<string, { rates: number[]; latencies: number[] }>();
  // statuskit's rate over the bare server's in the same round: a pair measured
  // seconds apart, so that a change in the machine's load between rounds
  // cancels out; the median of these is the reported ratio.
  const ratios = new Map<string, number[]>(paths.map((path) => [path, []]));
  try {
    for (let round = 0; round < counts.rounds; round++) {
      for (const path of paths) {
        // Alternate which server goes first, so that neither always meets a warmer or busier machine.
        const order = round % 2 === 0 ? (["bare", "statuskit"] as const) : (["statuskit", "bare"] as const);
        for (const name of order) {
          const url = name === "bare" ? bare.url : statuskit.url;
          const result = await inWorker({ kind: "load", url, path, count: counts.requests });
          if (result.completed !== counts.requests || result.errors > 0) {
            throw new Error(`serve-load: ${name} ${path}: ${result.completed} done, ${result.errors} errors`);
          }
          const key = `${name} ${path}`;
          const entry = results.get(key) ?? { rates: [], latencies: [] };
          entry.rates.push(result.completed / result.seconds);
          entry.latencies.push(...result.latencies);
          results.set(key, entry);
        }
        const bareRate = results.get(`bare ${path}`)?.rates.at(-1) as number;
        const ourRate = results.get(`statuskit ${path}`)?.rates.at(-1) as number;
        ratios.get(path)?.push(ourRate / bareRate);
      }
    }
  } finally {
    await bare.close();
  }

  // The bad-input stream, then the check for leftovers while the server still runs.
  const stream = await inWorker({ kind: "mixed", url: statuskit.url, count: counts.badRequests });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const during = activeHandles();
  await statuskit.close();
  await new Promise((resolve) => setTimeout(resolve, 50));
  const after = activeHandles();
  const leaked = (counts: Record<string, number>, name: string) => (counts[name] ?? 0) - (before[name] ?? 0);
  const socketsLeft = leaked(during, "TCPSocketWrap");
  const timersLeft = leaked(during, "Timeout");
  const handlesAfterClose = Object.keys(after).filter((name) => leaked(after, name) > 0);
  if (stream.completed !== counts.badRequests) {
    throw new Error(`serve-load: the bad-input stream finished ${stream.completed} of ${counts.badRequests}`);
  }
  if (socketsLeft > 0 || timersLeft > 0 || handlesAfterClose.length > 0) {
    throw new Error(
      `serve-load: leftovers after the bad-input stream: ${socketsLeft} sockets, ${timersLeft} timers; after close: ${handlesAfterClose.join(", ")}`,
    );
  }

  const rows: string[][] = [];
  const targets: Section["targets"][number][] = [];
  for (const path of paths) {
    const bareResult = results.get(`bare ${path}`) as { rates: number[]; latencies: number[] };
    const ours = results.get(`statuskit ${path}`) as { rates: number[]; latencies: number[] };
    const throughput = median(ratios.get(path) as number[]);
    rows.push([
      `\`${path}\``,
      median(bareResult.rates).toFixed(0),
      median(ours.rates).toFixed(0),
      formatRatio(throughput),
      quantile(bareResult.latencies, 0.99).toFixed(2),
      quantile(ours.latencies, 0.99).toFixed(2),
    ]);
    targets.push({
      name: `serve \`${path}\`: time per request vs bare node:http (≤ 1.25x is ≥ 0.8x its throughput)`,
      ratio: 1 / throughput,
      limit: 1.25,
      basis: "bare node:http req/s / statuskit serve req/s",
    });
  }
  const statusList = Object.entries(stream.statuses)
    .map(([status, count]) => `${status === "0" ? "no response" : status}: ${count}`)
    .join(", ");
  return {
    title: "statuskit serve under load",
    markdown: [
      `${counts.rounds} interleaved rounds of ${counts.requests} requests per server and path, ${concurrency} keep-alive connections, from a worker thread over 127.0.0.1. The bare server is \`node:http\` writing a copy of statuskit's response (status line, headers, body). Requests per second: median of the rounds; throughput: the median over rounds of statuskit's rate over the bare server's in the same round; p99 over every request.`,
      table(["Path", "bare req/s", "statuskit req/s", "throughput vs bare", "bare p99, ms", "statuskit p99, ms"], rows),
      `Then ${counts.badRequests} bad or awkward requests (every kind of 400, 413, 431, broken request lines, absolute URLs, resets after the headers, clients leaving in a sleep or a dribble; by status: ${statusList}). Afterwards the server held ${socketsLeft} sockets and ${timersLeft} timers beyond those open before it started, and after \`close()\` no handle of its own.`,
    ].join("\n\n"),
    targets,
  };
}

// Run alone: `npx tsx bench/serve-load.ts` (add `--smoke` for the quick counts)
// prints this section without running the others or writing BENCHMARKS.md.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const smoke = process.argv.includes("--smoke");
  const section = await serveLoad(serveLoadCounts(smoke));
  process.stdout.write(`## ${section.title}\n\n${section.markdown}\n\n${targetTable(section.targets)}\n`);
}

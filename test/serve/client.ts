import http from "node:http";
import { type StatusServer, startStatusServer } from "../../src/serve/index.js";

/** What a real node:http client saw: the interim responses, then the final one. */
export interface Seen {
  readonly interim: { status: number; message: string; headers: http.IncomingHttpHeaders }[];
  readonly status: number;
  readonly message: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
  /** How many chunks the body came in. */
  readonly chunks: number;
  /** Milliseconds from sending to the final headers, and to the end of the body. */
  readonly headersAfter: number;
  readonly endAfter: number;
}

export interface RequestOptions {
  readonly method?: string;
  readonly headers?: http.OutgoingHttpHeaders;
  readonly body?: string | Buffer;
  readonly agent?: http.Agent | false;
}

/** Sends one request with node:http and collects everything it receives. */
export function request(server: StatusServer, path: string, options: RequestOptions = {}): Promise<Seen> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const interim: Seen["interim"] = [];
    const outgoing = http.request(`${server.url}${path}`, {
      method: options.method ?? "GET",
      headers: options.headers ?? {},
      agent: options.agent ?? false,
    });
    outgoing.on("information", (info) =>
      interim.push({ status: info.statusCode, message: info.statusMessage, headers: info.headers }),
    );
    outgoing.on("response", (response) => {
      const headersAfter = performance.now() - started;
      let body = "";
      let chunks = 0;
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        body += chunk;
        chunks++;
      });
      response.on("error", reject);
      response.on("end", () =>
        resolve({
          interim,
          status: response.statusCode ?? 0,
          message: response.statusMessage ?? "",
          headers: response.headers,
          body,
          chunks,
          headersAfter,
          endAfter: performance.now() - started,
        }),
      );
    });
    outgoing.on("error", reject);
    outgoing.end(options.body);
  });
}

/**
 * The time a test or hook that starts a server or a process may take: on a
 * 2-core machine kept busy by other work, starting Node or answering a few
 * hundred requests can take many times as long as on a quiet one. A test
 * whose point is that something does not wait out a long sleep uses a sleep
 * longer than this, so that waiting it out fails the test.
 */
export const loadedMachine = { timeout: 30_000 } as const;

type Hook = (run: () => Promise<void>, timeout?: number) => void;

/** Starts a server before the file's tests and closes it after. */
export function useServer(
  hooks: { beforeAll: Hook; afterAll: Hook },
  options: Parameters<typeof startStatusServer>[0] = {},
): { readonly server: StatusServer } {
  const holder = {} as { server: StatusServer };
  hooks.beforeAll(async () => {
    holder.server = await startStatusServer(options);
  }, loadedMachine.timeout);
  hooks.afterAll(async () => {
    await holder.server.close();
  }, loadedMachine.timeout);
  return holder;
}

/** The parsed problem document of a response, checking its media type. */
export function problemOf(seen: Seen): { type: string; title: string; status: number; detail: string } {
  if (seen.headers["content-type"] !== "application/problem+json") {
    throw new Error(`expected application/problem+json, got ${String(seen.headers["content-type"])}`);
  }
  return JSON.parse(seen.body);
}

/** Polls `check` until it returns true or `milliseconds` pass (a loaded machine may take a while to settle). */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  milliseconds = loadedMachine.timeout / 2,
): Promise<void> {
  const deadline = performance.now() + milliseconds;
  while (!(await check())) {
    if (performance.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

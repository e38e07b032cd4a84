/// <reference types="node" />
import { parseArgs } from "node:util";
import { helpDocument, helpRows } from "../cli/help.js";
import { isDigitAt } from "../http-syntax.js";
import { type RequestRecord, startStatusServer } from "./start-status-server.js";

/** The text of `statuskit serve --help`. */
export const serveHelpText = `statuskit serve: a local status server for testing HTTP clients.

Usage
  statuskit serve [--port 0] [--host 127.0.0.1] [--seed N] [--quiet] [--json]

Options
${helpRows(helpDocument.serveOptions).join("\n")}

Routes (any method)
  /404                       that status, its reason phrase and headers
  /103?then=404              interim 1xx responses, then a final one (200 by default)
  /status/200:0.9,500:0.1    httpbin: a weighted random choice
  /random/200,201,500-504    httpstat.us: an even random choice
  /sequence/503,200?key=k    these codes in order for key k, the last repeating
Query options: location, then, sleep, sleep_after_headers, dribble, abort, key.
Headers X-Statuskit-Response-<Name>: <value> come back as <Name>: <value>.

Stops on Ctrl-C (SIGINT) or SIGTERM, with exit status 0.
`;

interface ServeArguments {
  port: number;
  host: string;
  seed: number | undefined;
  quiet: boolean;
  json: boolean;
  help: boolean;
}

const options = {
  port: { type: "string" },
  host: { type: "string" },
  seed: { type: "string" },
  quiet: { type: "boolean" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** A whole number from 0 to `limit` written in at most ten digits, or undefined. */
function wholeNumber(text: string | undefined, limit: number): number | undefined {
  if (text === undefined || text.length === 0 || text.length > 10) return undefined;
  for (let index = 0; index < text.length; index++) if (!isDigitAt(text, index)) return undefined;
  const number = Number(text);
  return number <= limit ? number : undefined;
}

/** The options of `statuskit serve`, or a one-line message for a usage error. */
export function parseServeArguments(argv: readonly string[]): ServeArguments | string {
  // Not strict: a strict parse refuses `--seed -1` as ambiguous and names no
  // option in its errors, where each refusal here says what the option takes.
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const parsed: ServeArguments = {
    port: 0,
    host: "127.0.0.1",
    seed: undefined,
    quiet: false,
    json: false,
    help: false,
  };
  for (const token of tokens) {
    if (token.kind !== "option" || !Object.hasOwn(options, token.name)) {
      return `serve: unknown option ${JSON.stringify(argv[token.index])} (see statuskit serve --help)`;
    }
    const { name, value } = token;
    if (name === "quiet" || name === "json" || name === "help") parsed[name] = true;
    else if (name === "host") {
      if (value === undefined || value === "") return "--host needs an address, such as 127.0.0.1";
      parsed.host = value;
    } else {
      const limit = name === "port" ? 65_535 : 0xffffffff;
      const number = wholeNumber(value, limit);
      if (number === undefined)
        return `--${name} needs a whole number from 0 to ${limit}, not ${JSON.stringify(value ?? "")}`;
      if (name === "port") parsed.port = number;
      else parsed.seed = number;
    }
  }
  return parsed;
}

const loopback = (host: string): boolean =>
  host === "localhost" || host === "::1" || host === "[::1]" || host.startsWith("127.");

function logLine(record: RequestRecord, json: boolean): string {
  if (json) return `${JSON.stringify(record)}\n`;
  const status = record.status === 0 ? "(no response)" : String(record.status);
  return `${record.method} ${JSON.stringify(record.target).slice(1, -1)} ${status} ${record.milliseconds.toFixed(1)} ms\n`;
}

/**
 * Runs `statuskit serve`: starts the server, prints where it listens, logs
 * each request, and stops cleanly on SIGINT or SIGTERM. Resolves to the exit
 * status once the server is closed (0), or at once for a usage error (2) or
 * a server that cannot listen (1).
 */
export async function serveCommand(argv: readonly string[]): Promise<number> {
  const parsed = parseServeArguments(argv);
  if (typeof parsed === "string") {
    // With --json, stdout still carries one JSON value, as for every other command.
    if (argv.includes("--json"))
      process.stdout.write(`${JSON.stringify({ error: { kind: "usage", message: parsed } })}\n`);
    process.stderr.write(`statuskit: ${parsed}\n`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(serveHelpText);
    return 0;
  }
  // A log read through a pipe that closed is not worth a crash.
  process.stdout.on("error", () => {});
  let server: Awaited<ReturnType<typeof startStatusServer>>;
  try {
    server = await startStatusServer({
      port: parsed.port,
      host: parsed.host,
      ...(parsed.seed === undefined ? {} : { seed: parsed.seed }),
      ...(parsed.quiet
        ? {}
        : { onRequest: (record: RequestRecord) => process.stdout.write(logLine(record, parsed.json)) }),
    });
  } catch (error) {
    process.stderr.write(`statuskit: cannot serve on ${parsed.host}:${parsed.port}: ${(error as Error).message}\n`);
    return 1;
  }
  // Listening for the signals before the first line goes out: a caller that
  // stops the server as soon as it reads the URL must not kill it outright.
  const stopped = new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  // The seed too, so that a CI run that failed can be replayed with --seed.
  if (parsed.json)
    process.stdout.write(`${JSON.stringify({ url: server.url, port: server.port, seed: server.seed })}\n`);
  else process.stdout.write(`statuskit serve: listening on ${server.url} (seed ${server.seed}); Ctrl-C stops it\n`);
  if (!loopback(parsed.host)) {
    process.stderr.write(
      `statuskit: warning: listening on ${parsed.host} exposes this test server to every machine that can reach this one\n`,
    );
  }
  await stopped;
  await server.close();
  return 0;
}

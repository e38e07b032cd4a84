import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import net from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadedMachine } from "./client.js";
import { rawRequest } from "./raw-socket.js";

const probePath = fileURLToPath(new URL("../fixtures/serve-memory-probe.cjs", import.meta.url));

interface Memory {
  readonly rss: number;
  /** Live memory after a full collection: the JavaScript heap and the buffers it holds. */
  readonly live: number;
}

interface Reading {
  readonly bytesRead: number;
  readonly reading: boolean;
}

const mebibyte = 1024 * 1024;

/**
 * What one pipelined connection may cost the server, whatever it sends: the
 * waiting responses `serveLimits` allows, and what Node reads before it stops
 * reading a connection whose answers pile up (one read, at most 64 KiB of
 * requests). The flood below, unbounded, costs hundreds of MiB.
 */
const connectionBound = 24 * mebibyte;
/** What every kind at once, on as many connections, may cost. */
const serverBound = 96 * mebibyte;

/** How many requests each flood pipelines behind its sleeping request. */
const floodLength = 12_000;

const kinds: Record<string, string> = {
  "1xx (103)": rawRequest("GET /103"),
  "100 Continue": rawRequest("GET /100"),
  "102 Processing": rawRequest("GET /102"),
  "104": rawRequest("GET /104"),
  "101": rawRequest("GET /101", "Connection: Upgrade", "Upgrade: websocket"),
  "a final status (404)": rawRequest("GET /404"),
  "a bad target": rawRequest("GET /abc"),
  "a preflight": rawRequest("OPTIONS /200", "Origin: http://a.example", "Access-Control-Request-Method: PUT"),
  abort: rawRequest("GET /200?abort=1"),
  dribble: rawRequest("GET /200?dribble=1"),
  sleep: rawRequest("GET /200?sleep=60000"),
  sleep_after_headers: rawRequest("GET /200?sleep_after_headers=60000"),
};

let probe: ChildProcess;
let port = 0;
const replies: ((reply: unknown) => void)[] = [];

function ask<Reply>(message: unknown): Promise<Reply> {
  return new Promise((resolve) => {
    replies.push(resolve as (reply: unknown) => void);
    probe.send(message as object);
  });
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Opens a connection and pipelines a flood of one kind behind a request that sleeps a minute. */
async function flood(request: string): Promise<{ socket: net.Socket; total: number }> {
  const socket = net.connect(port, "127.0.0.1");
  socket.on("error", () => {});
  socket.resume();
  await once(socket, "connect");
  const text = rawRequest("GET /200?sleep=60000") + request.repeat(floodLength);
  socket.write(text, "latin1");
  return { socket, total: Buffer.byteLength(text, "latin1") };
}

/**
 * Waits until the server has read all of a flood, or has stopped reading it.
 * The bound on polls only stops a hang: the memory measured then is what the
 * server holds at that point.
 */
async function settled(socket: net.Socket, total: number): Promise<Reading> {
  let previous: Reading | undefined;
  for (let poll = 0; poll < 1000; poll++) {
    const current = await ask<Reading>({ read: socket.localPort });
    if (current.bytesRead >= total) return current;
    if (!current.reading && current.bytesRead > 0 && current.bytesRead === previous?.bytesRead) return current;
    previous = current;
    await pause();
  }
  return ask<Reading>({ read: socket.localPort });
}

async function drop(socket: net.Socket): Promise<void> {
  await ask({ drop: socket.localPort });
  socket.destroy();
}

const mib = (bytes: number) => `${(bytes / mebibyte).toFixed(1)} MiB`;
const shown = (before: Memory, after: Memory) =>
  `live ${mib(before.live)} -> ${mib(after.live)}, RSS ${mib(before.rss)} -> ${mib(after.rss)}`;

beforeAll(async () => {
  probe = fork(probePath, [], { execArgv: ["--expose-gc"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const started = once(probe, "message") as Promise<[{ port: number }]>;
  port = (await started)[0].port;
  probe.on("message", (message) => replies.shift()?.(message));
}, loadedMachine.timeout);

afterAll(async () => {
  probe.send("close");
  await once(probe, "exit");
}, loadedMachine.timeout);

const figures: string[] = [];

describe(`a flood of ${floodLength} pipelined requests behind one that sleeps`, { timeout: 120_000 }, () => {
  it.each(Object.keys(kinds))(`costs the server less than ${connectionBound / mebibyte} MiB: %s`, async (name) => {
    const before = await ask<Memory>("memory");
    const { socket, total } = await flood(kinds[name] as string);
    const read = await settled(socket, total);
    const after = await ask<Memory>("memory");
    await drop(socket);
    figures.push(`${name}: ${shown(before, after)}, read ${read.bytesRead} of ${total} bytes`);
    expect(after.live - before.live, figures.at(-1)).toBeLessThan(connectionBound);
  });

  it(`costs less than ${serverBound / mebibyte} MiB for every kind at once, each on its own connection`, async () => {
    const before = await ask<Memory>("memory");
    const floods = await Promise.all(Object.values(kinds).map((request) => flood(request)));
    for (const { socket, total } of floods) await settled(socket, total);
    const after = await ask<Memory>("memory");
    for (const { socket } of floods) await drop(socket);
    figures.push(`all at once: ${shown(before, after)}`);
    if (process.env.STATUSKIT_MEMORY_FIGURES === "1") console.info(figures.join("\n"));
    expect(after.live - before.live, figures.at(-1)).toBeLessThan(serverBound);
  });
});

import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveLimits, startStatusServer } from "../../src/serve/index.js";
import { eventually, loadedMachine, useServer } from "./client.js";
import { rawRequest, readResponses, sendRaw, type WireResponse } from "./raw-socket.js";

const context = useServer({ beforeAll, afterAll });

interface Kind {
  readonly name: string;
  readonly text: string;
  readonly method: string;
  /** What the client sees: each response's status, "cut" when its body never came. */
  readonly answers: readonly string[];
  /** Whether the connection ends after it (a 101, a reset). */
  readonly last: boolean;
}

const kind = (name: string, line: string, answers: string[], headers: string[] = [], last = false): Kind => ({
  name,
  text: rawRequest(line, ...headers),
  method: line.slice(0, line.indexOf(" ")),
  answers,
  last,
});

/** Every way the server answers a request. */
const kinds: readonly Kind[] = [
  kind("a final status", "GET /404", ["404"]),
  kind("no content", "GET /204", ["204"]),
  kind("HEAD", "HEAD /200", ["200"]),
  kind("a preflight", "OPTIONS /200", ["204"], ["Origin: http://a.example", "Access-Control-Request-Method: PUT"]),
  kind("a bad target", "GET /abc", ["400"]),
  kind("an echo", "GET /200", ["200"], ["X-Statuskit-Response-Retry-After: 5"]),
  kind("100 Continue", "GET /100", ["100", "200"]),
  kind("102 Processing", "GET /102?then=201", ["102", "201"]),
  kind("103 Early Hints", "GET /103?then=404", ["103", "404"]),
  kind("104", "GET /104", ["104", "200"]),
  kind("a sleep", "GET /202?sleep=20", ["202"]),
  kind("a sleep after the headers", "GET /203?sleep_after_headers=20", ["203"]),
  kind("a dribble", "GET /200?dribble=1", ["200"]),
  kind("an interim response after a sleep", "GET /103?sleep=20&then=206", ["103", "206"]),
  kind("an abort", "GET /200?abort=1", ["200 cut"], [], true),
  kind("101", "GET /101", ["101"], ["Connection: Upgrade", "Upgrade: websocket"], true),
];

/** A last request that closes the connection, so that reading it to its end reads every answer. */
const closing = kind("the closing request", "GET /205", ["205"], ["Connection: close"]);

function shown(responses: readonly WireResponse[]): string[] {
  return responses.map((response) => `${response.status}${response.complete ? "" : " cut"}`);
}

describe("pipelined requests", loadedMachine, () => {
  it("answers every kind of request second on a connection, behind every other kind, in order", async () => {
    const pairs = kinds.filter((first) => !first.last).flatMap((first) => kinds.map((second) => [first, second]));
    const results = await Promise.all(
      pairs.map(async ([first, second]) => {
        const sequence = second?.last ? [first, second] : [first, second, closing];
        const exchange = await sendRaw(context.server, sequence.map((request) => request?.text).join(""));
        const methods = sequence.map((request) => request?.method ?? "");
        return {
          pair: `${first?.name} then ${second?.name}`,
          seen: [...shown(readResponses(exchange.text, methods)), exchange.gaveUp ? "no end" : "end"],
          expected: [...sequence.flatMap((request) => request?.answers ?? []), "end"],
        };
      }),
    );
    for (const result of results) expect(result.seen, result.pair).toEqual(result.expected);
  });

  it.each(["GET /404", "HEAD /101", "GET /200?sleep=10"])(
    "closes the connection after answering %s with Upgrade without switching, since Node reads no request after it",
    async (line) => {
      const upgrade = ["Connection: Upgrade", "Upgrade: websocket"];
      const exchange = await sendRaw(context.server, rawRequest(line, ...upgrade) + rawRequest("GET /200"));
      const [answer, ...rest] = readResponses(exchange.text, [line.slice(0, 4).trim(), "GET"]);
      expect(answer?.headers).toContainEqual(["Connection", "close"]);
      expect([rest, exchange.gaveUp]).toEqual([[], false]);
    },
  );

  it(`answers 503 to the pipelined requests past ${serveLimits.maximumQueuedPerConnection} waiting on one connection, in order, and serves the rest`, async () => {
    const waiting = serveLimits.maximumQueuedPerConnection;
    const requests = [
      rawRequest("GET /200?sleep=50"),
      ...Array.from({ length: waiting + 3 }, () => rawRequest("GET /103")),
      rawRequest("GET /404", "Connection: close"),
    ];
    const exchange = await sendRaw(context.server, requests.join(""));
    const responses = readResponses(
      exchange.text,
      requests.map(() => "GET"),
    );
    expect(shown(responses)).toEqual([
      "200",
      ...Array.from({ length: waiting }, () => ["103", "200"]).flat(),
      "503",
      "503",
      "503",
      "404",
    ]);
    const refused = responses.at(-2);
    expect(refused?.headers).toContainEqual(["Retry-After", "1"]);
    expect(JSON.parse(refused?.body ?? "").detail).toBe(
      `${waiting} requests on this connection already wait for the responses before them; the limit is ${waiting}`,
    );
  });

  it("gives back the places of waiting requests whose connection closed, so the server-wide limit never fills with them", async () => {
    const records: number[] = [];
    const server = await startStatusServer({ onRequest: (record) => records.push(record.status) });
    try {
      const waiting = serveLimits.maximumQueuedPerConnection;
      const connections = Math.ceil(serveLimits.maximumQueuedResponses / waiting) + 2;
      const url = new URL(server.url);
      for (let index = 0; index < connections; index++) {
        await new Promise<void>((resolve) => {
          const socket = net.connect(Number(url.port), url.hostname, () =>
            socket.write(rawRequest("GET /200?sleep_after_headers=60000") + rawRequest("GET /103").repeat(waiting)),
          );
          socket.on("error", () => {});
          // The server handles the whole write before this process sees its first byte.
          socket.once("data", () => {
            socket.destroy();
            resolve();
          });
        });
      }
      await eventually(() => records.length === connections * (waiting + 1));
      expect(records.filter((status) => status === 0)).toHaveLength(connections * waiting);
      const exchange = await sendRaw(server, rawRequest("GET /404") + rawRequest("GET /103", "Connection: close"));
      expect(shown(readResponses(exchange.text, ["GET", "GET"]))).toEqual(["404", "103", "200"]);
    } finally {
      await server.close();
    }
  });

  it(`answers 503 to a pipelined request past ${serveLimits.maximumQueuedResponses} waiting over every connection`, async () => {
    const server = await startStatusServer();
    const sockets: net.Socket[] = [];
    try {
      const waiting = serveLimits.maximumQueuedPerConnection;
      const url = new URL(server.url);
      for (let index = 0; index < serveLimits.maximumQueuedResponses / waiting; index++) {
        await new Promise<void>((resolve) => {
          const socket = net.connect(Number(url.port), url.hostname, () =>
            socket.write(rawRequest("GET /200?sleep_after_headers=60000") + rawRequest("GET /103").repeat(waiting)),
          );
          socket.on("error", () => {});
          sockets.push(socket);
          // The server handles the whole write before this process sees its first byte.
          socket.once("data", () => resolve());
        });
      }
      const exchange = await sendRaw(server, rawRequest("GET /404") + rawRequest("GET /103", "Connection: close"));
      const responses = readResponses(exchange.text, ["GET", "GET"]);
      expect(shown(responses)).toEqual(["404", "503"]);
      expect(JSON.parse(responses[1]?.body ?? "").detail).toBe(
        `${serveLimits.maximumQueuedResponses} pipelined requests already wait for the responses before them; the limit is ${serveLimits.maximumQueuedResponses}`,
      );
    } finally {
      for (const socket of sockets) socket.destroy();
      await server.close();
    }
  });
});

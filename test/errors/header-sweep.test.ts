// Every character from U+0001 to U+FFFF in a header value: either the error
// refuses it when it is made, or every adapter sends it through a real
// node:http server, which is still up and answers the next request. The
// framework adapters write to Node's own ServerResponse here, through the
// calls each framework makes; interop/ runs the frameworks themselves.
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  asHttpError,
  expressErrorHandler,
  fastifyErrorHandler,
  fetchErrorHandler,
  fetchErrorResponse,
  HttpError,
  h3ErrorHandler,
  honoErrorHandler,
  koaErrorHandler,
  nextErrorHandler,
  nodeErrorHandler,
} from "../../src/errors/index.js";

const characters = Array.from({ length: 0xffff }, (_, index) => String.fromCharCode(index + 1));
const valueWith = (character: string) => `a${character}b`;

/** What making an error with `character` in a header value throws, or `undefined` when it is made. */
function refusal(character: string): unknown {
  try {
    new HttpError(400, { headers: { "X-Sweep": valueWith(character) } });
    return undefined;
  } catch (error) {
    return error;
  }
}

const refusals = characters.map(refusal);
const sendable = characters.filter((_, index) => refusals[index] === undefined);
const reported: HttpError[] = [];
const options = { report: (error: HttpError) => reported.push(error) };

/** The error a request asks for: `/?c=<code unit>`. */
function errorFor(request: IncomingMessage): HttpError {
  const unit = Number(new URL(request.url ?? "/", "http://x").searchParams.get("c"));
  return new HttpError(400, { headers: { "X-Sweep": valueWith(String.fromCharCode(unit)) } });
}

/** Writes a fetch Response to Node's response, as @hono/node-server and Next.js do. */
async function writeResponse(response: Response, to: ServerResponse): Promise<void> {
  to.writeHead(response.status, response.statusText, Object.fromEntries(response.headers));
  to.end(await response.text());
}

type Listener = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

const adapters: Record<string, Listener> = {
  "node:http": nodeErrorHandler((request) => {
    throw errorFor(request);
  }, options),
  Express: (request, response) =>
    expressErrorHandler(options)(errorFor(request), request, response, () => response.destroy()),
  Koa: async (request, response) => {
    const context = {
      get status() {
        return response.statusCode;
      },
      set status(status: number) {
        response.statusCode = status;
      },
      body: undefined as unknown,
      type: "",
      set: (fields: Record<string, string>) => {
        for (const [name, value] of Object.entries(fields)) response.setHeader(name, value);
      },
      remove: (name: string) => response.removeHeader(name),
    };
    await koaErrorHandler(options)(context, async () => {
      throw errorFor(request);
    });
    response.setHeader("content-type", context.type);
    response.end(context.body as string);
  },
  Fastify: (request, response) => {
    const reply = {
      code: (status: number) => {
        response.statusCode = status;
        return reply;
      },
      headers: (fields: Record<string, string>) => {
        for (const [name, value] of Object.entries(fields)) response.setHeader(name, value);
        return reply;
      },
      send: (body: string) => response.end(body),
      removeHeader: (name: string) => response.removeHeader(name),
    };
    fastifyErrorHandler(options)(errorFor(request), request, reply);
  },
  Hono: (request, response) => writeResponse(honoErrorHandler(options)(errorFor(request), {}), response),
  h3: (request, response) =>
    writeResponse(h3ErrorHandler(options)({ status: 500, unhandled: true, cause: errorFor(request) }, {}), response),
  "fetch handler": async (request, response) => {
    const handler = fetchErrorHandler(() => {
      throw errorFor(request);
    }, options);
    await writeResponse(await handler(), response);
  },
  "Next.js route handler": async (request, response) => {
    const handler = nextErrorHandler(() => {
      throw errorFor(request);
    }, options);
    await writeResponse(await handler(new Request("http://x/"), {}), response);
  },
  fetchErrorResponse: (request, response) => writeResponse(fetchErrorResponse(errorFor(request), options), response),
};

const servers = new Map<string, { close(): void; url: string }>();

beforeAll(async () => {
  for (const [name, listener] of Object.entries(adapters)) {
    const server = createServer((request, response) => {
      if (request.url === "/next") {
        response.end("still serving");
        return;
      }
      void listener(request, response);
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;
    servers.set(name, {
      url: `http://127.0.0.1:${port}`,
      close: () => {
        server.closeAllConnections();
        server.close();
      },
    });
  }
});

afterAll(() => {
  for (const server of servers.values()) server.close();
});

describe("a header value with each character from U+0001 to U+FFFF", () => {
  it("is refused when the error is made for all but tab, space and visible ASCII", () => {
    const expected = ["\t", ...Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index))];
    expect(sendable).toEqual(expected);
    expect(refusals.filter((error) => error !== undefined && !(error instanceof TypeError))).toEqual([]);
  });

  it("is copied from a foreign error exactly when an HttpError can carry it, and asHttpError never throws", () => {
    const copied = characters.filter(
      (character) => asHttpError({ status: 400, headers: { "X-Sweep": valueWith(character) } }).headers["x-sweep"],
    );
    expect(copied).toEqual(sendable);
  });

  it.each(Object.keys(adapters))("is sent as it is by %s, which goes on serving", async (name) => {
    const server = servers.get(name);
    if (server === undefined) throw new Error(`no server for ${name}`);
    const before = reported.length;
    for (const character of sendable) {
      const response = await fetch(`${server.url}/?c=${character.charCodeAt(0)}`);
      const body = await response.json();
      expect([response.status, response.headers.get("x-sweep"), body.status]).toEqual([400, valueWith(character), 400]);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      const next = await fetch(`${server.url}/next`);
      expect(await next.text()).toBe("still serving");
    }
    expect(reported.length).toBe(before);
  });
});

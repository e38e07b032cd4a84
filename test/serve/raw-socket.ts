import net from "node:net";
import type { StatusServer } from "../../src/serve/index.js";

/** What a raw connection received, and how it ended. */
export interface RawExchange {
  /** Everything the server sent, as latin1 text (one character per byte). */
  readonly text: string;
  /** Whether the client gave up waiting (`giveUpAfter`) before the server closed. */
  readonly gaveUp: boolean;
}

/**
 * Sends raw bytes on a new connection and reads until the server closes it.
 * `giveUpAfter` only stops a hang (the answer then shows what came), it
 * asserts no time.
 */
export function sendRaw(server: StatusServer, text: string, giveUpAfter = 20_000): Promise<RawExchange> {
  return new Promise((resolve) => {
    const url = new URL(server.url);
    const socket = net.connect(Number(url.port), url.hostname, () => socket.write(text, "latin1"));
    let received = "";
    let gaveUp = false;
    const timer = setTimeout(() => {
      gaveUp = true;
      socket.destroy();
    }, giveUpAfter);
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => {
      received += chunk;
    });
    // A reset after an abort may show as an error or as the end: the answer is what came before it.
    socket.on("error", () => {});
    socket.on("close", () => {
      clearTimeout(timer);
      resolve({ text: received, gaveUp });
    });
  });
}

/** One response read off the wire. */
export interface WireResponse {
  readonly status: number;
  /** Header lines as sent, names and values untouched. */
  readonly headers: readonly (readonly [name: string, value: string])[];
  readonly body: string;
  /** False when the connection ended before the whole body came. */
  readonly complete: boolean;
}

/**
 * Splits what a connection received into its responses, interim ones
 * included, given the methods of the requests in the order they were sent
 * (a HEAD's answer has no body). Stops after a 101: what follows is another
 * protocol.
 */
export function readResponses(text: string, methods: readonly string[]): WireResponse[] {
  const responses: WireResponse[] = [];
  let offset = 0;
  let request = 0;
  while (offset < text.length) {
    const end = text.indexOf("\r\n\r\n", offset);
    if (end === -1) {
      responses.push({ status: Number(text.slice(offset + 9, offset + 12)), headers: [], body: "", complete: false });
      break;
    }
    const [statusLine = "", ...lines] = text.slice(offset, end).split("\r\n");
    const status = Number(statusLine.slice(9, 12));
    const headers = lines.map((line) => {
      const colon = line.indexOf(":");
      return [line.slice(0, colon), line.slice(colon + 1).trim()] as const;
    });
    offset = end + 4;
    if (status < 200) {
      responses.push({ status, headers, body: "", complete: true });
      if (status === 101) break;
      continue;
    }
    const method = methods[request++];
    const header = (wanted: string) => headers.find(([name]) => name.toLowerCase() === wanted)?.[1];
    if (method === "HEAD" || status === 204 || status === 304) {
      responses.push({ status, headers, body: "", complete: true });
    } else if (header("transfer-encoding") === "chunked") {
      const chunked = readChunked(text, offset);
      responses.push({ status, headers, body: chunked.body, complete: chunked.complete });
      offset = chunked.end;
    } else {
      const wanted = Number(header("content-length") ?? 0);
      const body = text.slice(offset, offset + wanted);
      responses.push({ status, headers, body, complete: body.length === wanted });
      offset += wanted;
    }
  }
  return responses;
}

/** A chunked body (without trailers) from `offset`, and where it ends. */
function readChunked(text: string, offset: number): { body: string; complete: boolean; end: number } {
  let body = "";
  let at = offset;
  for (;;) {
    const lineEnd = text.indexOf("\r\n", at);
    if (lineEnd === -1) return { body, complete: false, end: text.length };
    const size = Number.parseInt(text.slice(at, lineEnd), 16);
    at = lineEnd + 2;
    if (size === 0) {
      const complete = text.startsWith("\r\n", at);
      return { body, complete, end: complete ? at + 2 : text.length };
    }
    if (at + size + 2 > text.length) return { body: body + text.slice(at), complete: false, end: text.length };
    body += text.slice(at, at + size);
    at += size + 2;
  }
}

/** A request as raw text: `GET /404` and header lines, with a Host. */
export function rawRequest(line: string, ...headerLines: string[]): string {
  return `${line} HTTP/1.1\r\nHost: statuskit.test\r\n${headerLines.map((header) => `${header}\r\n`).join("")}\r\n`;
}

/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from "node:http";
import { requestHeader } from "./request-header.js";
import { consistsOf } from "./safe-text.js";
import type { ServedStatus } from "./served-status.js";
import { sendProblem } from "./write-head.js";

/**
 * 101 is not an interim response like the others: after it the connection
 * speaks another protocol. So it is sent only to a request that asks to
 * upgrade, and the connection closes after it, since this server speaks no
 * other protocol.
 */
export function switchProtocols(request: IncomingMessage, response: ServerResponse, served: ServedStatus): void {
  const requested = requestHeader(request.headers, "upgrade")?.split(",")[0]?.trim() ?? "";
  if (requested === "" || !isToken(requested.replace("/", ""))) {
    sendProblem(
      response,
      400,
      "101 Switching Protocols answers only a request that asks to switch protocols (an Upgrade header, such as Upgrade: websocket); the connection closes after it",
    );
    return;
  }
  response.socket?.end(`HTTP/1.1 101 ${served.phrase}\r\nConnection: Upgrade\r\nUpgrade: ${requested}\r\n\r\n`);
}

function isToken(text: string): boolean {
  return consistsOf(text, 64, "-._");
}

/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from "node:http";
import { requestHeader } from "./request-header.js";
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
  if (text.length === 0 || text.length > 64) return false;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    const allowed =
      (unit >= 0x30 && unit <= 0x39) ||
      (unit >= 0x41 && unit <= 0x5a) ||
      (unit >= 0x61 && unit <= 0x7a) ||
      unit === 0x2d ||
      unit === 0x2e ||
      unit === 0x5f;
    if (!allowed) return false;
  }
  return true;
}

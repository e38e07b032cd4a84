import { once } from "node:events";

/** Starts `server` on 127.0.0.1 on a free port; resolves with its base URL. */
export async function listenOnLoopback(server) {
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return `http://127.0.0.1:${server.address().port}`;
}

/** Closes `server` and every connection it still holds. */
export async function closeServer(server) {
  if (!server.listening) return;
  const closed = once(server, "close");
  server.close();
  server.closeAllConnections?.();
  await closed;
}

import path from "node:path";
import { parseResults, run } from "../lib/exec.mjs";
import { makeConsumer } from "../lib/package.mjs";

// Each fixture runs its own servers on 127.0.0.1 and closes them; a fixture
// that hangs is ended, with its process group, by the timeout.
const fixtures = [
  "http-codes.mjs",
  "seed-express.mjs",
  "seed-hono.mjs",
  "errors-adapters.mjs",
  "errors-foreign.mjs",
  "errors-next.mjs",
];

export async function runHttp({ tmp, tarball, report }) {
  const consumer = await makeConsumer(path.join(tmp, "http"), tarball, {
    fixtures: ["checks.mjs", "errors-routes.mjs", ...fixtures],
    links: [
      "express",
      "hono",
      "@hono/node-server",
      "fastify",
      "@fastify/sensible",
      "http-errors",
      "koa",
      "h3",
      "next",
      "react",
      "react-dom",
    ],
  });
  for (const fixture of fixtures) {
    const result = await run(process.execPath, [fixture], { cwd: consumer.directory, timeout: 60_000 });
    for (const { name, failures } of parseResults(result, `http: ${fixture}`)) report.expect(name, failures);
  }
}

import { createReadStream, existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { describe, run } from "../lib/exec.mjs";
import { makeConsumer, resolveExport, specifierOf } from "../lib/package.mjs";
import { closeServer, listenOnLoopback } from "../lib/server.mjs";

// As the machine notes say: without the background-networking flags Chromium
// keeps reaching for Google's hosts, which this network refuses.
const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const contentTypes = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
};

export async function runBrowser({ tmp, tarball, report }) {
  const executablePath = await findChromium();
  if (typeof executablePath !== "string") {
    report.skip("chromium", executablePath.reason);
    return;
  }
  const version = await run(executablePath, ["--version"], { timeout: 30_000 });
  if (version.code !== 0) {
    report.skip("chromium", `${executablePath} does not run here: ${describe(version)}`);
    return;
  }
  console.log(`   ${version.stdout.trim()} (${executablePath})`);

  const consumer = await makeConsumer(path.join(tmp, "browser"), tarball, { fixtures: ["checks.mjs", "browser.mjs"] });
  // A Node-only subpath (statuskit/serve) has no export a browser resolves: leave it out.
  const subpaths = consumer.subpaths.filter(
    (subpath) => resolveExport(consumer.manifest, subpath, ["browser", "import"]) !== undefined,
  );
  const imports = {};
  for (const subpath of subpaths) {
    const file = resolveExport(consumer.manifest, subpath, ["browser", "import"]);
    imports[specifierOf(subpath)] = `/node_modules/statuskit/${file.replace(/^\.\//, "")}`;
  }
  await writeFile(
    path.join(consumer.directory, "index.html"),
    `<!doctype html>
<html>
  <head>
    <meta charset="utf-8">
    <title>statuskit in the browser</title>
    <link rel="icon" href="data:,">
    <script type="importmap">${JSON.stringify({ imports })}</script>
    <script type="application/json" id="subpaths">${JSON.stringify(subpaths)}</script>
    <script type="module" src="/browser.mjs"></script>
  </head>
  <body>running</body>
</html>
`,
  );

  const server = http.createServer((request, response) => serveFile(consumer.directory, request, response));
  const userDataDir = await mkdtemp(path.join(tmp, "chromium-profile-"));
  let context;
  try {
    const origin = await listenOnLoopback(server);
    const { chromium } = await import("playwright-core");
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: chromiumFlags,
      timeout: 60_000,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const problems = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
    });
    await page.goto(`${origin}/index.html`);
    const results = await page
      .waitForFunction(() => window.statuskitResults, undefined, { timeout: 20_000 })
      .then((handle) => handle.jsonValue())
      .catch(() => undefined);
    if (results === undefined) {
      report.fail("chromium: the page ran its checks", problems.join("\n") || "no results within 20 s");
      return;
    }
    for (const { name, failures } of results) report.expect(name, failures);
    report.expect("chromium: the page loaded without errors", problems);
  } finally {
    await context?.close().catch(() => {});
    await closeServer(server);
    await rm(userDataDir, { recursive: true, force: true });
  }
}

/** Chromium's path, installing Debian's package when running as root; or why there is none. */
async function findChromium() {
  const found = onPath("chromium");
  if (found) return found;
  if (process.getuid?.() !== 0 || !onPath("apt-get")) {
    return { reason: "chromium is not installed, and installing it needs root and apt-get" };
  }
  console.log("   chromium is missing: apt-get update && apt-get install -y chromium");
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  const update = await run("apt-get", ["update"], { env, timeout: 300_000 });
  const install =
    update.code === 0 ? await run("apt-get", ["install", "-y", "chromium"], { env, timeout: 600_000 }) : update;
  return onPath("chromium") ?? { reason: `apt-get could not install chromium: ${describe(install)}` };
}

function onPath(command) {
  for (const directory of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(directory, command);
    if (directory && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function serveFile(root, request, response) {
  const { pathname } = new URL(request.url, "http://127.0.0.1");
  const file = path.join(root, decodeURIComponent(pathname));
  const type = contentTypes[path.extname(file)];
  if (!file.startsWith(`${root}${path.sep}`) || type === undefined || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "content-type": type, "cache-control": "no-store" });
  createReadStream(file).pipe(response);
}

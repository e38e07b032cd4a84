import path from "node:path";
import { describe, parseResults, run } from "../lib/exec.mjs";
import { makeConsumer, specifierOf } from "../lib/package.mjs";

const node = process.execPath;

// What a user types to try the package out; the expected output is the whole of stdout.
const oneLiners = [
  {
    args: [
      "--input-type=module",
      "-e",
      'import * as status from "statuskit"; console.log(status.HTTP_404_NOT_FOUND, status.reasonPhrase(status.HTTP_404_NOT_FOUND))',
    ],
    expected: "404 Not Found",
  },
  {
    args: [
      "--input-type=module",
      "-e",
      `import { statusCodeFor } from "statuskit"; console.log(statusCodeFor("I'm a teapot"))`,
    ],
    expected: "418",
  },
  {
    args: [
      "--input-type=commonjs",
      "-e",
      'const status = require("statuskit"); console.log(status.HTTP_429_TOO_MANY_REQUESTS, status.statusInfo(429).retryable)',
    ],
    expected: "429 true",
  },
  { args: ["-p", 'require("statuskit").reasonPhrase(422)'], expected: "Unprocessable Content" },
];

export async function runNode({ tmp, tarball, report }) {
  const consumer = await makeConsumer(path.join(tmp, "node"), tarball, {
    fixtures: ["checks.mjs", "esm.mjs", "cjs.cjs", "dual.mjs"],
  });
  const subpaths = JSON.stringify(consumer.subpaths);
  for (const fixture of ["esm.mjs", "cjs.cjs", "dual.mjs"]) {
    const result = await run(node, [fixture, subpaths], { cwd: consumer.directory });
    for (const { name, failures } of parseResults(result, `node: ${fixture}`)) report.expect(name, failures);
  }

  const lines = [...oneLiners];
  for (const subpath of consumer.subpaths.filter((subpath) => subpath !== ".")) {
    const specifier = specifierOf(subpath);
    lines.push({
      args: ["--input-type=module", "-e", `import * as m from "${specifier}"; console.log(Object.keys(m).length > 0)`],
      expected: "true",
    });
  }
  for (const { args, expected } of lines) {
    const result = await run(node, args, { cwd: consumer.directory });
    const output = result.stdout.trim();
    const failures =
      result.code === 0 && output === expected
        ? []
        : [`expected ${JSON.stringify(expected)}, got ${JSON.stringify(output)} (exit ${result.code})`, result.stderr];
    report.expect(`node: one-liner: node ${args.slice(0, -1).join(" ")} '${args.at(-1)}'`, failures.filter(Boolean));
  }
  await checkBins(consumer, report);
  await checkPollutedPrototype(consumer, report);
}

/**
 * With enumerable members added to Object.prototype before loading (a value
 * and a function, as old test setups and some polyfills do), each subpath
 * loads in both formats and exports exactly the names it exports in a clean
 * process, and the main lookups ignore the polluted keys.
 */
async function checkPollutedPrototype(consumer, report) {
  const pollute =
    'Object.prototype.polluted = "value"; Object.prototype.pollutedFunction = () => "function"; Object.prototype[999] = "x";';
  for (const subpath of consumer.subpaths) {
    const specifier = specifierOf(subpath);
    for (const format of ["commonjs", "module"]) {
      const load =
        format === "commonjs" ? `const m = require("${specifier}");` : `const m = await import("${specifier}");`;
      const script = (prefix) =>
        `${prefix} ${load} const names = Object.keys(m).sort(); console.log(JSON.stringify({ names, own: names.every((name) => Object.hasOwn(m, name)), phrase: typeof m.reasonPhrase === "function" ? m.reasonPhrase(999) ?? null : null }));`;
      const clean = await run(node, [`--input-type=${format}`, "-e", script("")], { cwd: consumer.directory });
      const polluted = await run(node, [`--input-type=${format}`, "-e", script(pollute)], { cwd: consumer.directory });
      const failures = [];
      if (clean.code !== 0) failures.push(`clean: ${describe(clean)}`);
      if (polluted.code !== 0) failures.push(`polluted: ${describe(polluted)}`);
      else if (polluted.stdout !== clean.stdout) {
        failures.push(`exports differ: clean ${clean.stdout.trim()}, polluted ${polluted.stdout.trim()}`);
      }
      report.expect(
        `node: ${format === "commonjs" ? "require" : "import"}("${specifier}") with Object.prototype polluted`,
        failures,
      );
    }
  }
}

/**
 * Each bin the package declares is linked by npm into node_modules/.bin and
 * runs there: `statuskit 404` names the code, and an unknown name fails.
 */
async function checkBins(consumer, report) {
  const bin = consumer.manifest.bin;
  const names = typeof bin === "string" ? [consumer.manifest.name] : Object.keys(bin ?? {});
  for (const name of names) {
    const command = path.join(consumer.directory, "node_modules", ".bin", name);
    const found = await run(command, ["404"], { cwd: consumer.directory, env: { NO_COLOR: "1" } });
    const missing = await run(command, ["no such status"], { cwd: consumer.directory, env: { NO_COLOR: "1" } });
    const failures = [];
    if (found.code !== 0 || !found.stdout.includes("404 Not Found")) failures.push(`${name} 404 ${describe(found)}`);
    if (missing.code === 0) failures.push(`${name} "no such status" exited 0`);
    report.expect(`node: the installed bin: ${name} 404`, failures);
  }
}

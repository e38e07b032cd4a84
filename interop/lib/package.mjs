import { copyFile, mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, run } from "./exec.mjs";

export const interopDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const fixturesDir = path.join(interopDir, "fixtures");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/**
 * `npm pack` of the package in `packageDir` into `destination`; resolves with
 * the tarball's path. Scripts are off: the tarball holds the dist/ that the
 * build made (`prepare` would only build it again), and a scratch copy with a
 * deliberately broken dist/ packs as it is.
 */
export async function pack(packageDir, destination) {
  if (packageDir.endsWith(".tgz")) return path.resolve(packageDir);
  const result = await run(npm, ["pack", "--json", "--ignore-scripts", "--pack-destination", destination], {
    cwd: packageDir,
  });
  if (result.code !== 0) throw new Error(`npm pack ${describe(result)}`);
  const [{ filename }] = JSON.parse(result.stdout);
  return path.join(destination, filename);
}

/**
 * A throwaway consumer project in `directory`: its own package.json, the
 * tarball installed by npm as a user would, the named fixtures copied in, and
 * the named tools of interop/node_modules linked in (their own dependencies
 * resolve from their real path, inside interop/node_modules).
 */
export async function makeConsumer(directory, tarball, { type = "module", fixtures = [], links = [] } = {}) {
  await mkdir(directory, { recursive: true });
  await writeFile(
    path.join(directory, "package.json"),
    `${JSON.stringify({ name: `consumer-${path.basename(directory)}`, private: true, type }, null, 2)}\n`,
  );
  const install = await run(
    npm,
    ["install", "--no-audit", "--no-fund", "--no-package-lock", "--ignore-scripts", "--save=false", tarball],
    { cwd: directory },
  );
  if (install.code !== 0) throw new Error(`npm install of the tarball ${describe(install)}`);
  for (const name of links) {
    const target = path.join(directory, "node_modules", name);
    await mkdir(path.dirname(target), { recursive: true });
    await symlink(path.join(interopDir, "node_modules", name), target, "dir");
  }
  for (const fixture of fixtures) {
    const target = path.join(directory, fixture);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(path.join(fixturesDir, fixture), target);
  }
  const manifest = JSON.parse(await readFile(path.join(directory, "node_modules/statuskit/package.json"), "utf8"));
  return { directory, manifest, subpaths: subpathsOf(manifest) };
}

/**
 * The importable subpaths of the installed package's exports map ("." and,
 * say, "./unofficial"), leaving out "./package.json".
 */
export function subpathsOf(manifest) {
  const { exports } = manifest;
  if (typeof exports === "string" || !Object.keys(exports ?? {}).some((key) => key.startsWith("."))) return ["."];
  return Object.keys(exports).filter((key) => !key.endsWith(".json") && !key.includes("*"));
}

/** The specifier a user writes for a subpath: "." is "statuskit", "./x" is "statuskit/x". */
export function specifierOf(subpath) {
  return subpath === "." ? "statuskit" : `statuskit/${subpath.slice(2)}`;
}

/**
 * The file an exports-map entry gives under `conditions` (in the order a
 * browser or bundler would try them), as a path inside the package.
 */
export function resolveExport(manifest, subpath, conditions) {
  const entry = typeof manifest.exports === "string" ? manifest.exports : manifest.exports?.[subpath];
  const pick = (target) => {
    if (typeof target === "string") return target;
    if (target === null || typeof target !== "object") return undefined;
    for (const [condition, value] of Object.entries(target)) {
      if (condition === "types") continue;
      if (condition === "default" || conditions.includes(condition)) {
        const found = pick(value);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  return pick(entry);
}

/**
 * `npm run check:package [-- TARBALL]`: publint (strict) and
 * arethetypeswrong on the package as npm packs it. Given a tarball, checks
 * that one; otherwise packs the current build without running any script, so
 * the check never rebuilds dist/ (run `npm run build` first).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
/** A tool's Node entry point, read from its installed package.json (some tools do not export that file). */
const binOf = (name: string, bin: string): string => {
  const directory = join(root, "node_modules", name);
  const manifest = JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as { bin: Record<string, string> };
  return join(directory, manifest.bin[bin] as string);
};

const given = process.argv[2];
const scratch = given === undefined ? mkdtempSync(join(tmpdir(), "statuskit-pack-")) : undefined;
try {
  let tarball = given === undefined ? "" : resolve(given);
  if (scratch !== undefined) {
    const packed = execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", scratch], {
      cwd: root,
      encoding: "utf8",
    });
    tarball = join(scratch, (JSON.parse(packed) as { filename: string }[])[0]?.filename ?? "");
  }
  const run = (script: string, args: readonly string[]) =>
    execFileSync(process.execPath, [script, ...args], { cwd: root, stdio: "inherit" });
  run(binOf("publint", "publint"), ["run", "--strict", tarball]);
  run(binOf("@arethetypeswrong/cli", "attw"), [tarball]);
} finally {
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
}

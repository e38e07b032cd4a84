// `npm run evaluation:files -- <folder>`: writes the evaluation set's files to
// test/evaluation/files/ from git clones of their repositories under <folder>
// (as <owner>/<name>, <owner>+<name> or <name>, bare or not), each read at the
// commit the manifest names and checked against its SHA-256.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { evaluationFolder, manifest } from "./score.js";

const folder = process.argv[2];
if (folder === undefined) {
  process.stderr.write("usage: npm run evaluation:files -- <folder of clones>\n");
  process.exit(2);
}

function cloneOf(repository: string): string | undefined {
  const [owner = "", name = ""] = repository.split("/");
  const candidates = [join(owner, name), join(`${owner}+${name}`, "repo"), `${owner}+${name}`, name];
  return candidates.map((candidate) => join(folder as string, candidate)).find((path) => existsSync(path));
}

let missing = 0;
for (const { repository, commit, path, sha256, file } of manifest.files) {
  const clone = cloneOf(repository);
  if (clone === undefined) {
    process.stderr.write(`no clone of ${repository} under ${folder}\n`);
    missing++;
    continue;
  }
  const bytes = execFileSync("git", ["-C", clone, "show", `${commit}:${path}`], { maxBuffer: 64 * 1024 * 1024 });
  const digest = createHash("sha256").update(bytes).digest("hex");
  if (digest !== sha256) {
    process.stderr.write(`${repository} ${path} at ${commit} has SHA-256 ${digest}, not ${sha256}\n`);
    missing++;
    continue;
  }
  const target = join(evaluationFolder, "files", file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);
}
process.stdout.write(`${manifest.files.length - missing} of ${manifest.files.length} files written\n`);
process.exit(missing === 0 ? 0 : 1);

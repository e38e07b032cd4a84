// CLI start: wall time of `node dist/cli.cjs 404` against `node -e 0`, the
// least a Node program can cost, in interleaved fresh processes.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./consumer.js";
import { formatRatio, formatSpread, type Section, spread, table } from "./report.js";

function wallTime(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { encoding: "utf8" });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) throw new Error(`cli-start: node ${args.join(" ")} failed: ${child.stderr}`);
  return elapsed;
}

export function cliStart(runs: number): Section {
  const cli = join(repoRoot, "dist", "cli.cjs");
  if (!existsSync(cli)) {
    return {
      title: "CLI start",
      markdown: "CLI not built: skipped (`dist/cli.cjs` does not exist).",
      targets: [{ name: "CLI start vs `node -e 0`", ratio: undefined, limit: 1.3, basis: "CLI not built: skipped" }],
    };
  }
  const floor: number[] = [];
  const command: number[] = [];
  for (let run = 0; run < runs; run++) {
    floor.push(wallTime(["-e", "0"]));
    command.push(wallTime([cli, "404"]));
  }
  const floorSpread = spread(floor);
  const commandSpread = spread(command);
  const ratio = commandSpread.median / floorSpread.median;
  return {
    title: "CLI start",
    markdown: [
      `${runs} runs each, interleaved; wall ms measured by the parent around the whole process; median (interquartile range).`,
      table(
        ["Command", "wall, ms", "x floor"],
        [
          ["**floor** `node -e 0`", formatSpread(floorSpread, 1), "1.00x"],
          ["`node dist/cli.cjs 404`", formatSpread(commandSpread, 1), formatRatio(ratio)],
        ],
      ),
    ].join("\n\n"),
    targets: [{ name: "CLI start vs `node -e 0`", ratio, limit: 1.3, basis: "`node dist/cli.cjs 404` / `node -e 0`" }],
  };
}

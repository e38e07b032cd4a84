// Lookup speed: mitata inside the consumer project (lookup-speed.worker.mjs),
// each benchmark in a fresh Node process of its own, so that none runs on the
// JIT's type feedback from another (measured in one process, the same guard
// came out 1.3x or 2.2x its floor depending on what ran before it). Rounds
// interleave every benchmark, so load swings on a shared machine hit all of
// them alike. Each row is the median over rounds of mitata's median in that
// round's process, with the range over rounds; each target ratio is taken
// within a round, then the median over rounds.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Consumer } from "./consumer.js";
import { repoRoot } from "./consumer.js";
import { formatRatio, median, pairedRatios, type Section, type Target, table } from "./report.js";

export interface Sample {
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
}

interface Row {
  readonly key: string;
  readonly library: string;
  readonly form: string;
}

interface Group {
  readonly title: string;
  /** The floor rows first; ratios are to the first floor. */
  readonly rows: readonly Row[];
  readonly note?: string;
}

const groups: readonly Group[] = [
  {
    title: "Code to phrase (1024 codes: mostly 200/304/404/302, 2% unknown)",
    rows: [
      { key: "phrase.floor.object", library: "floor", form: "plain object literal `table[code]`" },
      { key: "phrase.floor.array", library: "floor", form: "plain array `table[code]`" },
      { key: "phrase.statuskit", library: "statuskit", form: "`reasonPhrase(code)`" },
      {
        key: "phrase.statuskit.local",
        library: "statuskit",
        form: "the same, `reasonPhrase` copied into a local constant first",
      },
      { key: "phrase.node", library: "node:http", form: "`STATUS_CODES[code]`" },
      { key: "phrase.statuses", library: "statuses", form: "`statuses.message[code]`" },
      { key: "phrase.http-status-codes", library: "http-status-codes", form: "`getReasonPhrase(code)` in try/catch" },
      { key: "phrase.http-status", library: "http-status", form: "`status[code]`" },
    ],
    note: "http-status-codes throws for an unknown code, so its loop pays for 2% exceptions, as its users do.",
  },
  {
    title: "Class helpers (four guards per code, same mix)",
    rows: [
      { key: "class.floor.inline", library: "floor", form: "inline `code >= 200 && code <= 299`" },
      {
        key: "class.floor.inline-integer",
        library: "floor",
        form: "inline, with the guards' own checks (`typeof`, `(code \\| 0) === code`, `(code - 200) >>> 0 < 100`)",
      },
      {
        key: "class.statuskit",
        library: "statuskit",
        form: "`isSuccess`, `isRedirect`, `isClientError`, `isServerError`",
      },
      {
        key: "class.statuskit.namespace",
        library: "statuskit",
        form: "the same four guards as `status.isSuccess(code)`, ... (`import * as status`)",
      },
      {
        key: "class.statuskit.local",
        library: "statuskit",
        form: "the same four guards, copied into local constants first",
      },
      { key: "class.statuskit.category", library: "statuskit", form: "`statusCategory(code)` (one call)" },
      { key: "class.http-status", library: "http-status", form: '`status[code + "_CLASS"]` (one lookup)' },
    ],
    note: "statuses and http-status-codes have no class helpers. Written inline, the guards' own checks cost no more than the bare range check; the guards themselves cost more only when read through the import bindings in the loop (V8 reloads an imported function and checks it is the one it inlined, at every call), and held in local constants they run faster than the bare check.",
  },
  {
    title: "Class helpers (four guards per code, one code: 404 over and over)",
    rows: [
      { key: "class.fixed.floor.inline", library: "floor", form: "inline `code >= 200 && code <= 299`" },
      {
        key: "class.fixed.statuskit",
        library: "statuskit",
        form: "`isSuccess`, `isRedirect`, `isClientError`, `isServerError`",
      },
    ],
  },
  {
    title: "One class helper (one guard per code, same mix)",
    rows: [
      { key: "class.one.floor.inline", library: "floor", form: "inline `code >= 400 && code <= 499`" },
      { key: "class.one.statuskit", library: "statuskit", form: "`isClientError(code)`" },
    ],
  },
  {
    title: "One class helper (one guard per code, one code: 404 over and over)",
    rows: [
      { key: "class.one.fixed.floor.inline", library: "floor", form: "inline `code >= 400 && code <= 499`" },
      { key: "class.one.fixed.statuskit", library: "statuskit", form: "`isClientError(code)`" },
    ],
  },
  {
    title: "Phrase to code (phrases from the same mix, canonical case)",
    rows: [
      { key: "code.floor.object", library: "floor", form: 'plain object literal `{"Not Found": 404}[text]`' },
      { key: "code.statuskit", library: "statuskit", form: "`statusCodeFor(text)`" },
      { key: "code.statuskit.lower", library: "statuskit", form: "`statusCodeFor(text)`, lower-case input" },
      { key: "code.statuskit.upper", library: "statuskit", form: "`statusCodeFor(text)`, UPPER-case input" },
      {
        key: "code.statuskit.mixed",
        library: "statuskit",
        form: "`statusCodeFor(text)`, canonical, lower and UPPER mixed",
      },
      { key: "code.statuses.map", library: "statuses", form: "`statuses.code[text.toLowerCase()]`" },
      { key: "code.statuses.map.lower", library: "statuses", form: "`statuses.code[text]`, lower-case input" },
      {
        key: "code.statuses.map.lowered",
        library: "statuses",
        form: "`statuses.code[text.toLowerCase()]`, lower-case input",
      },
      {
        key: "code.statuses.map.mixed",
        library: "statuses",
        form: "`statuses.code[text.toLowerCase()]`, canonical, lower and UPPER mixed",
      },
      {
        key: "code.statuses.map.upper",
        library: "statuses",
        form: "`statuses.code[text.toLowerCase()]`, UPPER-case input",
      },
      { key: "code.statuses.call", library: "statuses", form: "`statuses(text)`" },
      { key: "code.http-status-codes", library: "http-status-codes", form: "`getStatusCode(text)`" },
    ],
    note: "Only codes whose phrase all three libraries spell alike (the RFC 9110 renames such as 422 are left out, or peers would throw).",
  },
  {
    title: "Name to code (`NOT_FOUND`, same mix)",
    rows: [
      { key: "name.floor.object", library: "floor", form: "plain object literal `{NOT_FOUND: 404}[name]`" },
      { key: "name.statuskit", library: "statuskit", form: '`statusCodeFor("NOT_FOUND")`' },
      { key: "name.statuskit.constant", library: "statuskit", form: '`statusCodeFor("HTTP_404_NOT_FOUND")`' },
      { key: "name.http-status-codes", library: "http-status-codes", form: "`StatusCodes[name]`" },
      { key: "name.http-status", library: "http-status", form: "`status[name]`" },
    ],
    note: "statuses has no names.",
  },
  {
    title: "Crafted text: a 64 KB status line made to backtrack (`404`, 65,536 spaces, `a\\nb`)",
    rows: [
      { key: "crafted.floor.object", library: "floor", form: "plain object literal `table[text]`" },
      { key: "crafted.statuskit", library: "statuskit", form: "`statusCodeFor(text)`" },
      { key: "crafted.statuses.map", library: "statuses", form: "`statuses.code[text.toLowerCase()]`" },
      { key: "crafted.statuses.call", library: "statuses", form: "`statuses(text)` in try/catch" },
      { key: "crafted.http-status-codes", library: "http-status-codes", form: "`getStatusCode(text)` in try/catch" },
    ],
    note: "Text longer than 256 characters is no name and no status line: statusCodeFor answers `undefined` before reading it.",
  },
  {
    title: "statusInfo (same mix, reading `.retryable`)",
    rows: [
      { key: "info.floor.array", library: "floor", form: "plain array of the same objects `table[code]`" },
      { key: "info.statuskit", library: "statuskit", form: "`statusInfo(code)`" },
    ],
    note: "No peer has per-code facts.",
  },
];

export interface LookupOptions {
  readonly processes: number;
  /** mitata's minimum CPU time per benchmark, in milliseconds. */
  readonly cpuMilliseconds: number;
}

/** Writes the worker into the consumer project (with mitata linked there) and returns its path. */
export function writeLookupWorker(consumer: Consumer): string {
  consumer.link("mitata");
  return consumer.write(
    "lookup-speed.worker.mjs",
    readFileSync(join(repoRoot, "bench", "lookup-speed.worker.mjs"), "utf8"),
  );
}

/** Runs one benchmark of the worker in a fresh process of `node` and returns mitata's figures for it. */
export function runLookup(node: string, worker: string, cpuMilliseconds: number, key: string): Sample {
  const output = execFileSync(node, [worker, String(cpuMilliseconds), key], { cwd: dirname(worker), encoding: "utf8" });
  const sample = (JSON.parse(output) as Record<string, Sample>)[key];
  if (sample === undefined) throw new Error(`lookup-speed: the worker has no benchmark ${key}`);
  return sample;
}

export function lookupSpeed(consumer: Consumer, options: LookupOptions): Section {
  const worker = writeLookupWorker(consumer);
  const keys = groups.flatMap((group) => group.rows.map((row) => row.key));
  // rounds[r][key]: mitata's figures for `key` in round r, each from a process of its own.
  const rounds: Record<string, Sample>[] = [];
  for (let round = 0; round < options.processes; round++) {
    const results: Record<string, Sample> = {};
    for (const key of keys) results[key] = runLookup(process.execPath, worker, options.cpuMilliseconds, key);
    rounds.push(results);
  }
  const perRound = (key: string) => rounds.map((round) => round[key]?.p50 as number);
  const result = (key: string) => {
    const medians = perRound(key);
    return { median: median(medians), min: Math.min(...medians), max: Math.max(...medians) };
  };

  const parts = groups.map((group) => {
    const floor = result(group.rows[0]?.key ?? "");
    const peers = group.rows.filter((row) => row.library !== "floor" && row.library !== "statuskit");
    const statuskit = group.rows.find((row) => row.library === "statuskit");
    const statuskitMedian = statuskit ? result(statuskit.key).median : Number.NaN;
    return `#### ${group.title}\n\n${table(
      ["Library", "Form", "ns/call", "range over rounds", "x floor", "statuskit ÷ this"],
      group.rows.map((row) => {
        const value = result(row.key);
        return [
          row.library === "floor" ? "**floor**" : row.library,
          row.form,
          value.median.toFixed(2),
          `${value.min.toFixed(2)}–${value.max.toFixed(2)}`,
          formatRatio(value.median / floor.median),
          peers.includes(row) || row.library === "floor" ? formatRatio(statuskitMedian / value.median) : "",
        ];
      }),
    )}${group.note ? `\n\n${group.note}` : ""}`;
  });

  /** `subject` over the faster of `basis`, paired by round. */
  const target = (name: string, subject: string, basis: string | readonly string[], limit: number, what: string) => {
    const fastest = rounds.map((round) => Math.min(...[basis].flat().map((key) => round[key]?.p50 as number)));
    const { median: ratio, q1, q3 } = pairedRatios(perRound(subject), fastest);
    return { name, ratio, limit, basis: `${what}, paired by round (${q1.toFixed(2)}–${q3.toFixed(2)}x)` };
  };
  const targets: Target[] = [
    target(
      "code->phrase speed vs index floor",
      "phrase.statuskit",
      ["phrase.floor.array", "phrase.floor.object"],
      1.3,
      "`reasonPhrase` / faster of plain array and plain object index",
    ),
    target(
      "one class guard vs inline comparison",
      "class.one.statuskit",
      "class.one.floor.inline",
      1.1,
      "`isClientError` / inline range check, varied codes",
    ),
    target(
      "one class guard vs inline comparison, one code",
      "class.one.fixed.statuskit",
      "class.one.fixed.floor.inline",
      1.1,
      "`isClientError` / inline range check, 404 every time",
    ),
    target(
      "four class guards vs inline comparisons",
      "class.statuskit",
      "class.floor.inline",
      1.3,
      "four guards / four inline range checks, varied codes",
    ),
    target(
      "four class guards vs inline comparisons, one code",
      "class.fixed.statuskit",
      "class.fixed.floor.inline",
      1.3,
      "four guards / four inline range checks, 404 every time",
    ),
    target(
      "phrase->code vs `statuses.code[...]`",
      "code.statuskit",
      "code.statuses.map",
      1,
      "`statusCodeFor(text)` / `statuses.code[text.toLowerCase()]`, canonical case",
    ),
    target(
      "phrase->code, lower case, vs `statuses.code[...]`",
      "code.statuskit.lower",
      "code.statuses.map.lowered",
      1,
      "same, lower-case input",
    ),
    target(
      "phrase->code, UPPER case, vs `statuses.code[...]`",
      "code.statuskit.upper",
      "code.statuses.map.upper",
      1,
      "same, UPPER-case input",
    ),
    target(
      "phrase->code, mixed case, vs `statuses.code[...]`",
      "code.statuskit.mixed",
      "code.statuses.map.mixed",
      1,
      "same, canonical, lower and UPPER mixed",
    ),
    target(
      "phrase->code vs `statuses(text)`",
      "code.statuskit",
      "code.statuses.call",
      1,
      "`statusCodeFor(text)` / `statuses(text)`, canonical case",
    ),
    target(
      "crafted 64 KB text vs `statuses.code[...]`",
      "crafted.statuskit",
      "crafted.statuses.map",
      1,
      "`statusCodeFor(text)` / `statuses.code[text.toLowerCase()]`, the crafted status line",
    ),
  ];

  return {
    title: "Lookup speed",
    markdown: [
      `mitata ${mitataVersion()} \`measure()\` (ns timer, batched), ${options.processes} rounds; in each round every benchmark runs once, in turn, in a fresh process of its own, for ≥${options.cpuMilliseconds} ms CPU. Each sample loops over a fixed 1024-item mix and accumulates every result into a value handed to \`do_not_optimize\`, so no lookup is dead code; ns/call is the sample divided by the mix length (loop overhead included, equally for the floor). Numbers are the median over rounds of each round's median, with the range over rounds; the ratios in the targets are taken within each round, then the median over rounds.`,
      ...parts,
    ].join("\n\n"),
    targets,
  };
}

function mitataVersion(): string {
  return (
    JSON.parse(readFileSync(join(repoRoot, "node_modules", "mitata", "package.json"), "utf8")) as { version: string }
  ).version;
}

// Lookup speed: mitata in fresh Node processes inside the consumer project
// (lookup-speed.worker.mjs), several processes so that one unlucky JIT or
// neighbour does not decide the result. Each row is the median over the
// processes of mitata's per-process median, with the range over processes.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Consumer } from "./consumer.js";
import { repoRoot } from "./consumer.js";
import { formatRatio, median, type Section, type Target, table } from "./report.js";

interface Sample {
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
        form: "inline, with statuskit's check (`Number.isInteger`, 100..599)",
      },
      {
        key: "class.statuskit",
        library: "statuskit",
        form: "`isSuccess`, `isRedirect`, `isClientError`, `isServerError`",
      },
      { key: "class.statuskit.category", library: "statuskit", form: "`statusCategory(code)` (one call)" },
      { key: "class.http-status", library: "http-status", form: '`status[code + "_CLASS"]` (one lookup)' },
    ],
    note: "statuses and http-status-codes have no class helpers.",
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

export function lookupSpeed(consumer: Consumer, options: LookupOptions): Section {
  consumer.link("mitata");
  const worker = consumer.write(
    "lookup-speed.worker.mjs",
    readFileSync(join(repoRoot, "bench", "lookup-speed.worker.mjs"), "utf8"),
  );
  const runs: Record<string, Sample>[] = [];
  for (let run = 0; run < options.processes; run++) {
    const output = execFileSync(process.execPath, [worker, String(options.cpuMilliseconds)], {
      cwd: consumer.dir,
      encoding: "utf8",
    });
    runs.push(JSON.parse(output) as Record<string, Sample>);
  }
  const result = (key: string) => {
    const medians = runs.map((run) => run[key]?.p50).filter((value): value is number => value !== undefined);
    if (medians.length === 0) throw new Error(`lookup-speed: no result for ${key}`);
    return { median: median(medians), min: Math.min(...medians), max: Math.max(...medians) };
  };

  const parts = groups.map((group) => {
    const floor = result(group.rows[0]?.key ?? "");
    const peers = group.rows.filter((row) => row.library !== "floor" && row.library !== "statuskit");
    const statuskit = group.rows.find((row) => row.library === "statuskit");
    const statuskitMedian = statuskit ? result(statuskit.key).median : Number.NaN;
    return `#### ${group.title}\n\n${table(
      ["Library", "Form", "ns/call", "range over processes", "x floor", "statuskit ÷ this"],
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

  const ratio = (subject: string, basis: string) => result(subject).median / result(basis).median;
  const fastestPhraseFloor = Math.min(result("phrase.floor.array").median, result("phrase.floor.object").median);
  const targets: Target[] = [
    {
      name: "code->phrase speed vs index floor",
      ratio: result("phrase.statuskit").median / fastestPhraseFloor,
      limit: 1.3,
      basis: "`reasonPhrase` / faster of plain array and plain object index",
    },
    {
      name: "class helpers vs inline comparison",
      ratio: ratio("class.statuskit", "class.floor.inline"),
      limit: 1.1,
      basis: "four guards / four inline range checks",
    },
    {
      name: "phrase->code vs `statuses.code[...]`",
      ratio: ratio("code.statuskit", "code.statuses.map"),
      limit: 1,
      basis: "`statusCodeFor(text)` / `statuses.code[text.toLowerCase()]`, same input",
    },
    {
      name: "phrase->code, UPPER-case input, vs `statuses.code[...]`",
      ratio: ratio("code.statuskit.upper", "code.statuses.map.upper"),
      limit: 1,
      basis: "`statusCodeFor(TEXT)` / `statuses.code[TEXT.toLowerCase()]`, same input",
    },
    {
      name: "crafted 64 KB text vs `statuses.code[...]`",
      ratio: ratio("crafted.statuskit", "crafted.statuses.map"),
      limit: 1,
      basis: "`statusCodeFor(text)` / `statuses.code[text.toLowerCase()]`, the crafted status line",
    },
  ];

  return {
    title: "Lookup speed",
    markdown: [
      `mitata ${mitataVersion()} \`measure()\` (ns timer, batched), ${options.processes} fresh processes × ≥${options.cpuMilliseconds} ms CPU per benchmark. Each sample loops over a fixed 1024-item mix and accumulates every result into a value handed to \`do_not_optimize\`, so no lookup is dead code; ns/call is the sample divided by the mix length (loop overhead included, equally for the floor). Each benchmark is its own function literal, so inline caches are not shared. Numbers are the median over processes of each process's median.`,
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

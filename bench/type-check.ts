// Type-check cost: one small consumer file per library and use, each its own
// project in the consumer project (so types come from each built package,
// through its exports map), checked by two compilers in fresh processes:
//
// - TypeScript 5.9 through its API (tsc-timing.cjs below), timed with
//   performance.now(): tsc itself reports times in 10 ms steps, too coarse
//   for files that take 20 ms to check;
// - TypeScript 7's tsc with --extendedDiagnostics, which reports them in ms.
//
// Rounds interleave every project and both compilers; each ratio is taken
// within a round, then the median over rounds. The type counts show where
// the time goes: statuskit's literal unions (every code of a class, every
// phrase) are types the checker builds.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Consumer } from "./consumer.js";
import { repoRoot } from "./consumer.js";
import { formatRatio, formatSpread, median, pairedRatios, type Section, spread, type Target, table } from "./report.js";

interface Consumed {
  readonly library: string;
  readonly what: string;
  readonly source: string;
}

const consumers: readonly Consumed[] = [
  {
    library: "floor",
    what: "no library: `export const notFound = 404`",
    source: "export const notFound = 404;\n",
  },
  {
    library: "statuskit",
    what: "constants only",
    source: `import { HTTP_200_OK, HTTP_404_NOT_FOUND, HTTP_500_INTERNAL_SERVER_ERROR } from "statuskit";

export const ok: number = HTTP_200_OK;
export const notFound: number = HTTP_404_NOT_FOUND;
export const failed: number = HTTP_500_INTERNAL_SERVER_ERROR;
`,
  },
  {
    library: "http-status-codes",
    what: "constants only",
    source: `import { StatusCodes } from "http-status-codes";

export const ok: number = StatusCodes.OK;
export const notFound: number = StatusCodes.NOT_FOUND;
export const failed: number = StatusCodes.INTERNAL_SERVER_ERROR;
`,
  },
  {
    library: "statuskit",
    what: "typical: constants, two guards, `reasonPhrase`, `statusCodeFor`",
    source: `import { HTTP_200_OK, HTTP_404_NOT_FOUND, isClientError, isSuccess, reasonPhrase, statusCodeFor } from "statuskit";

export function describe(code: number): string {
  if (isSuccess(code)) return \`ok: \${reasonPhrase(code) ?? "unknown"}\`;
  if (isClientError(code)) return \`client error: \${reasonPhrase(code) ?? "unknown"}\`;
  return reasonPhrase(code) ?? "unknown";
}
export const notFound: string = reasonPhrase(HTTP_404_NOT_FOUND);
export const parsed: number | undefined = statusCodeFor("Not Found");
export const ok: number = HTTP_200_OK;
`,
  },
  {
    library: "http-status-codes",
    what: "typical: the same file in its API",
    source: `import { getReasonPhrase, getStatusCode, ReasonPhrases, StatusCodes } from "http-status-codes";

export function describe(code: number): string {
  if (code >= 200 && code <= 299) return \`ok: \${getReasonPhrase(code)}\`;
  if (code >= 400 && code <= 499) return \`client error: \${getReasonPhrase(code)}\`;
  return getReasonPhrase(code);
}
export const notFound: string = getReasonPhrase(StatusCodes.NOT_FOUND);
export const parsed: number = getStatusCode(ReasonPhrases.NOT_FOUND);
export const ok: number = StatusCodes.OK;
`,
  },
  {
    library: "http-status",
    what: "typical: the same file in its API",
    source: `import { status } from "http-status";

export function describe(code: number): string {
  const phrase = status[code as keyof typeof status];
  if (code >= 200 && code <= 299) return \`ok: \${String(phrase)}\`;
  if (code >= 400 && code <= 499) return \`client error: \${String(phrase)}\`;
  return String(phrase);
}
export const notFound: string = status[404];
export const parsed: number = status.NOT_FOUND;
export const ok: number = status.OK;
`,
  },
  {
    library: "statuskit",
    what: "every type: literal unions 100..599, guard narrowing, overloads, `StatusInfo<Code>`",
    source: `import {
  allStatuses,
  type ClientErrorCode,
  type ErrorCode,
  HTTP_404_NOT_FOUND,
  HTTP_418_IM_A_TEAPOT,
  type InformationalCode,
  isClientError,
  isError,
  isInformational,
  isRedirect,
  isServerError,
  isStatusCode,
  isSuccess,
  type KnownStatusCode,
  type ReasonPhrases,
  type RedirectCode,
  type RegisteredStatusCode,
  reasonPhrase,
  type ServerErrorCode,
  type StatusCategory,
  type StatusCode,
  type StatusInfo,
  type SuccessCode,
  statusCategory,
  statusCodeFor,
  statusInfo,
} from "statuskit";
import * as status from "statuskit";

export function classify(value: unknown): StatusCategory | "none" {
  if (!isStatusCode(value)) return "none";
  const code: StatusCode = value;
  if (isInformational(code)) {
    const informational: InformationalCode = code;
    return statusCategory(informational) ?? "none";
  }
  if (isSuccess(code)) {
    const success: SuccessCode = code;
    return statusCategory(success) ?? "none";
  }
  if (isRedirect(code)) {
    const redirect: RedirectCode = code;
    return statusCategory(redirect) ?? "none";
  }
  if (isClientError(code)) {
    const clientError: ClientErrorCode = code;
    const withoutNotFound: Exclude<ClientErrorCode, 404> | 404 = clientError;
    return statusCategory(withoutNotFound) ?? "none";
  }
  if (isServerError(code)) {
    const serverError: ServerErrorCode = code;
    return statusCategory(serverError) ?? "none";
  }
  return "none";
}

export function errorsOnly(codes: readonly number[]): ErrorCode[] {
  return codes.filter(isError);
}

export function phraseOf<Code extends KnownStatusCode>(code: Code): ReasonPhrases[Code] {
  return reasonPhrase(code);
}

type Labels = { readonly [Code in KnownStatusCode]: \`\${Code} \${ReasonPhrases[Code]}\` };
export const label: Labels[404] = "404 Not Found";
export const notFound: "Not Found" = reasonPhrase(HTTP_404_NOT_FOUND);
export const teapot: 418 = status.HTTP_418_IM_A_TEAPOT;
export const teapotPhrase: "I'm a teapot" = phraseOf(HTTP_418_IM_A_TEAPOT);
declare const some: 200 | 404 | 500;
export const somePhrase: "OK" | "Not Found" | "Internal Server Error" = reasonPhrase(some);
export const info: StatusInfo<404> = statusInfo(404);
export const infoCode: 404 = info.code;
export const unknownInfo: StatusInfo | undefined = statusInfo(299 as number);
export const registered: RegisteredStatusCode[] = [100, 200, 404, 511];
export const known: KnownStatusCode[] = allStatuses().map((entry) => entry.code);
export const retryable: KnownStatusCode[] = allStatuses().filter((entry) => entry.retryable).map((entry) => entry.code);
export const parsed: KnownStatusCode | undefined = statusCodeFor("HTTP_404_NOT_FOUND");
export function respond(code: StatusCode): string {
  return reasonPhrase(code) ?? String(code);
}
export const answer = respond(HTTP_404_NOT_FOUND);
`,
  },
];

/** What one compiler run reports: milliseconds and the checker's type count. */
interface Diagnostics {
  readonly check: number;
  readonly total: number;
  readonly types: number;
}

const compilers = ["TypeScript 5.9", "TypeScript 7"] as const;
type Compiler = (typeof compilers)[number];

// Runs in the consumer project: checks one project with the TypeScript API and
// prints its times. "total" is what tsc's own Total time covers (reading the
// config, parsing, binding, checking), "check" the semantic diagnostics alone.
const timingScript = `const ts = require("typescript");
const start = performance.now();
const config = ts.getParsedCommandLineOfConfigFile(process.argv[2], {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} });
const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
const syntactic = program.getSyntacticDiagnostics().length + program.getOptionsDiagnostics().length + program.getGlobalDiagnostics().length;
const checkStart = performance.now();
const semantic = program.getSemanticDiagnostics().length;
const end = performance.now();
if (syntactic + semantic > 0) { process.stderr.write("type errors\\n"); process.exit(1); }
process.stdout.write(JSON.stringify({ check: end - checkStart, total: end - start, types: program.getTypeChecker().getTypeCount() }));
`;

function runCompiler(consumer: Consumer, compiler: Compiler, project: string, timing: string): Diagnostics {
  if (compiler === "TypeScript 5.9") {
    const child = spawnSync(process.execPath, [timing, project], { cwd: consumer.dir, encoding: "utf8" });
    if (child.status !== 0) throw new Error(`type-check: ${project} failed:\n${child.stdout}${child.stderr}`);
    return JSON.parse(child.stdout) as Diagnostics;
  }
  const tsc = join(repoRoot, "node_modules", "typescript-7", "bin", "tsc");
  const child = spawnSync(process.execPath, [tsc, "-p", project, "--extendedDiagnostics"], {
    cwd: consumer.dir,
    encoding: "utf8",
  });
  if (child.status !== 0) throw new Error(`type-check: ${project} failed:\n${child.stdout}${child.stderr}`);
  const read = (label: string) => {
    const match = new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(child.stdout);
    if (match === null) throw new Error(`type-check: no "${label}" in tsc output`);
    return Number(match[1]);
  };
  return { check: read("Check time") * 1000, total: read("Total time") * 1000, types: read("Types") };
}

export function typeCheck(consumer: Consumer, runs: number): Section {
  consumer.link("typescript");
  const timing = consumer.write("tsc-timing.cjs", timingScript);
  const projects = consumers.map((consumed, index) => {
    const file = consumer.write(`typecheck/consumer-${index}.ts`, consumed.source);
    return consumer.write(
      `tsconfig.typecheck-${index}.json`,
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          lib: ["ES2022"],
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: [file],
      }),
    );
  });

  // samples[compiler][project][round]; one discarded round first, so no project pays for a cold disk cache.
  const samples = Object.fromEntries(
    compilers.map((compiler) => [compiler, consumers.map(() => [] as Diagnostics[])]),
  ) as Record<Compiler, Diagnostics[][]>;
  for (let run = 0; run <= runs; run++) {
    projects.forEach((project, index) => {
      for (const compiler of compilers) {
        const result = runCompiler(consumer, compiler, project, timing);
        if (run > 0) samples[compiler][index]?.push(result);
      }
    });
  }

  const indexOf = (library: string, what: string) =>
    consumers.findIndex((consumed) => consumed.library === library && consumed.what.startsWith(what));
  /** Project a's figure over project b's, paired by round. */
  const paired = (compiler: Compiler, a: number, b: number, pick: (d: Diagnostics) => number) =>
    pairedRatios((samples[compiler][a] ?? []).map(pick), (samples[compiler][b] ?? []).map(pick));
  const typical = indexOf("statuskit", "typical");
  const typicalPeer = indexOf("http-status-codes", "typical");
  const constantsOnly = indexOf("statuskit", "constants only");
  const constantsPeer = indexOf("http-status-codes", "constants only");

  const rows = compilers.flatMap((compiler) =>
    consumers.map((consumed, index) => {
      const of = (pick: (d: Diagnostics) => number) => spread((samples[compiler][index] ?? []).map(pick));
      return [
        compiler,
        consumed.library === "floor" ? "**floor**" : consumed.library,
        consumed.what,
        formatSpread(
          of((d) => d.check),
          1,
        ),
        formatSpread(
          of((d) => d.total),
          0,
        ),
        String(median((samples[compiler][index] ?? []).map((d) => d.types))),
      ];
    }),
  );

  const ratioLine = (compiler: Compiler) => {
    const total = paired(compiler, typical, typicalPeer, (d) => d.total);
    const check = paired(compiler, typical, typicalPeer, (d) => d.check);
    const constants = paired(compiler, constantsOnly, constantsPeer, (d) => d.total);
    return `${compiler}: typical total ${formatRatio(total.median)} (${total.q1.toFixed(2)}–${total.q3.toFixed(2)}), typical check ${formatRatio(check.median)}, constants-only total ${formatRatio(constants.median)}`;
  };
  const targets: Target[] = compilers.map((compiler) => {
    const total = paired(compiler, typical, typicalPeer, (d) => d.total);
    return {
      name: `type-check time vs http-status-codes, ${compiler}`,
      ratio: total.median,
      limit: 1,
      basis: `total time, statuskit typical file / http-status-codes typical file, paired by round (${total.q1.toFixed(2)}–${total.q3.toFixed(2)}x)`,
    };
  });

  return {
    title: "Type-check cost",
    markdown: [
      `${runs} rounds after one discarded round; in each round every project is checked once by each compiler, in turn, each in a fresh process. TypeScript ${tscVersion()} through its API, timed with \`performance.now()\` (tsc itself reports in 10 ms steps); TypeScript 7 (${tsc7Version()}) by its own \`--extendedDiagnostics\`. \`strict\`, \`module: NodeNext\`, \`lib: ["ES2022"]\`, \`skipLibCheck: true\` (the common setting: declaration files are parsed and used, not checked themselves). Total covers reading the config, parsing (the ES2022 lib files included), binding and checking; check is the checker alone. Median (interquartile range) in ms; types is the checker's type count. statuses ships no types, so it has no row. Ratios, statuskit over http-status-codes, paired by round:`,
      `- ${ratioLine("TypeScript 5.9")}\n- ${ratioLine("TypeScript 7")}`,
      table(["Compiler", "Library", "Consumer file", "check, ms", "total, ms", "types"], rows),
    ].join("\n\n"),
    targets,
  };
}

function tscVersion(): string {
  return (
    JSON.parse(readFileSync(join(repoRoot, "node_modules", "typescript", "package.json"), "utf8")) as {
      version: string;
    }
  ).version;
}

function tsc7Version(): string {
  return (
    JSON.parse(readFileSync(join(repoRoot, "node_modules", "typescript-7", "package.json"), "utf8")) as {
      version: string;
    }
  ).version;
}

// Type-check cost: `tsc --noEmit --extendedDiagnostics` on one small consumer
// file per library, in the consumer project (so types come from each built
// package, through its exports map), plus one file that leans on every
// statuskit type. tsc reports its own check time, total time and memory.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { Consumer } from "./consumer.js";
import { repoRoot } from "./consumer.js";
import { formatRatio, formatSpread, median, type Section, spread, type Target, table } from "./report.js";

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
  status,
  statusCategory,
  statusCodeFor,
  statusInfo,
} from "statuskit";

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

interface Diagnostics {
  readonly check: number;
  readonly total: number;
  readonly memory: number;
}

function runTsc(consumer: Consumer, name: string): Diagnostics {
  const tsc = join(repoRoot, "node_modules", "typescript", "lib", "tsc.js");
  const child = spawnSync(process.execPath, [tsc, "-p", name, "--extendedDiagnostics"], {
    cwd: consumer.dir,
    encoding: "utf8",
  });
  if (child.status !== 0) throw new Error(`type-check: ${name} failed:\n${child.stdout}${child.stderr}`);
  const read = (label: string) => {
    const match = new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(child.stdout);
    if (match === null) throw new Error(`type-check: no "${label}" in tsc output`);
    return Number(match[1]);
  };
  return { check: read("Check time") * 1000, total: read("Total time") * 1000, memory: read("Memory used") / 1024 };
}

export function typeCheck(consumer: Consumer, runs: number): Section {
  consumer.link("typescript");
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

  // One discarded round first, so no project pays for a cold disk cache.
  for (const project of projects) runTsc(consumer, project);
  const samples = consumers.map(() => [] as Diagnostics[]);
  for (let run = 0; run < runs; run++) {
    projects.forEach((project, index) => {
      samples[index]?.push(runTsc(consumer, project));
    });
  }
  const of = (index: number, pick: (d: Diagnostics) => number) => spread((samples[index] ?? []).map(pick));
  const rows = consumers.map((consumed, index) => [
    consumed.library === "floor" ? "**floor**" : consumed.library,
    consumed.what,
    formatSpread(
      of(index, (d) => d.check),
      0,
    ),
    formatSpread(
      of(index, (d) => d.total),
      0,
    ),
    formatSpread(
      of(index, (d) => d.memory),
      1,
    ),
  ]);

  const statuskit = samples[1] ?? [];
  const httpStatusCodes = samples[2] ?? [];
  const ratio = (pick: (d: Diagnostics) => number) => median(statuskit.map(pick)) / median(httpStatusCodes.map(pick));
  const targets: Target[] = [
    {
      name: "type-check time vs http-status-codes",
      ratio: ratio((d) => d.total),
      limit: 1,
      basis: "tsc total time, statuskit typical file / http-status-codes typical file",
    },
  ];

  return {
    title: "Type-check cost",
    markdown: [
      `TypeScript ${tscVersion()} \`tsc -p <project> --extendedDiagnostics\`, ${runs} runs each, interleaved; \`strict\`, \`module: NodeNext\`, \`lib: ["ES2022"]\`, \`skipLibCheck: true\` (the common setting: declaration files are parsed and used, not checked themselves). Times and memory are tsc's own figures; median (interquartile range). statuses ships no types, so it has no row. Ratios, statuskit typical ÷ http-status-codes typical: total time ${formatRatio(ratio((d) => d.total))}, check time ${formatRatio(ratio((d) => d.check))}, memory ${formatRatio(ratio((d) => d.memory))}.`,
      table(["Library", "Consumer file", "check, ms", "total, ms", "memory, MB"], rows),
    ].join("\n\n"),
    targets,
  };
}

function tscVersion(): string {
  const child = spawnSync(process.execPath, [join(repoRoot, "node_modules", "typescript", "lib", "tsc.js"), "-v"], {
    encoding: "utf8",
  });
  return child.stdout.trim().replace(/^Version /, "");
}

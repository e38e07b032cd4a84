// Bundle cost: what each use of each library adds to a user's bundle, built
// with esbuild's JS API as `esbuild --bundle --minify --format=esm` would
// (tree-shaking on), from a consumer file that imports the package by name.
// Sizes are deterministic, so one build per entry is enough.
import { createRequire } from "node:module";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, transform } from "esbuild";
import type { Consumer } from "./consumer.js";
import { errorPeers, repoRoot } from "./consumer.js";
import { formatBytes, formatRatio, type Section, type Target, table } from "./report.js";

interface Entry {
  readonly library: string;
  readonly form: string;
  readonly source: string;
  readonly bundler?: "esbuild" | "rollup";
  readonly floor?: boolean;
}

interface Measured extends Entry {
  readonly minified: number;
  readonly gzip: number;
}

interface Case {
  readonly title: string;
  readonly entries: readonly Entry[];
  /** Peers that offer nothing for this use, with what a user would do instead. */
  readonly absent?: readonly string[];
}

function cases(consumer: Consumer): Case[] {
  // The floors carry the very phrases statuskit ships, read from its build.
  const statuskit = createRequire(join(consumer.dir, "index.js"))("statuskit") as {
    reasonPhrase(code: number): string | undefined;
    constantName(code: number): string | undefined;
    statusInfo(code: number): unknown;
  };
  const phrases: [number, string][] = [];
  for (let code = 100; code <= 599; code++) {
    const phrase = statuskit.reasonPhrase(code);
    if (phrase !== undefined) phrases.push([code, phrase]);
  }
  const phraseTable = `{${phrases.map(([code, phrase]) => `${code}:${JSON.stringify(phrase)}`).join(",")}}`;
  const codeTable = `{${phrases.map(([code, phrase]) => `${JSON.stringify(phrase)}:${code}`).join(",")}}`;
  const nameTable = `{${phrases.map(([code]) => `${code}:${JSON.stringify(statuskit.constantName(code))}`).join(",")}}`;
  const runtimeExports = Object.keys(statuskit).filter((name) => name !== "default");
  const lean = runtimeExports.filter((name) => !["statusInfo", "allStatuses", "status"].includes(name));
  // What an app that uses everything carries: each function as a value (kept
  // whole), each constant at a use site (inlined as its number).
  const useAll = (names: readonly string[]) =>
    `import { ${names.join(", ")} } from "statuskit";\nconsole.log(${names.join(", ")});`;

  return [
    {
      title: "(a) One constant (NOT_FOUND)",
      entries: [
        { library: "floor", form: "literal `404`", source: "console.log(404);", floor: true },
        {
          library: "statuskit",
          form: "`import { HTTP_404_NOT_FOUND }`",
          source: 'import { HTTP_404_NOT_FOUND } from "statuskit";\nconsole.log(HTTP_404_NOT_FOUND);',
        },
        {
          library: "statuskit",
          form: '`import * as status from "statuskit"`',
          source: 'import * as status from "statuskit";\nconsole.log(status.HTTP_404_NOT_FOUND);',
        },
        {
          library: "statuskit",
          form: '`import * as status from "statuskit"`',
          source: 'import * as status from "statuskit";\nconsole.log(status.HTTP_404_NOT_FOUND);',
          bundler: "rollup",
        },
        {
          library: "statuskit",
          form: "`import { HTTP_404_NOT_FOUND }` (rollup's own baseline)",
          source: 'import { HTTP_404_NOT_FOUND } from "statuskit";\nconsole.log(HTTP_404_NOT_FOUND);',
          bundler: "rollup",
        },
        {
          library: "statuses",
          form: '`statuses.code["not found"]` (no constants: its message map is the closest form)',
          source: 'import statuses from "statuses";\nconsole.log(statuses.code["not found"]);',
        },
        {
          library: "http-status-codes",
          form: "`StatusCodes.NOT_FOUND`",
          source: 'import { StatusCodes } from "http-status-codes";\nconsole.log(StatusCodes.NOT_FOUND);',
        },
        {
          library: "http-status",
          form: "`status.NOT_FOUND`",
          source: 'import { status } from "http-status";\nconsole.log(status.NOT_FOUND);',
        },
      ],
    },
    {
      title: "(b) Code to phrase",
      entries: [
        {
          library: "floor",
          form: 'hand-written object literal `{100:"Continue",...}[code]`, same phrases',
          source: `const phrases = ${phraseTable};\nexport const phraseOf = (code) => phrases[code];`,
          floor: true,
        },
        {
          library: "statuskit",
          form: "`reasonPhrase(code)`",
          source: 'import { reasonPhrase } from "statuskit";\nexport const phraseOf = (code) => reasonPhrase(code);',
        },
        {
          library: "statuses",
          form: "`statuses.message[code]`",
          source: 'import statuses from "statuses";\nexport const phraseOf = (code) => statuses.message[code];',
        },
        {
          library: "http-status-codes",
          form: "`getReasonPhrase(code)`",
          source:
            'import { getReasonPhrase } from "http-status-codes";\nexport const phraseOf = (code) => getReasonPhrase(code);',
        },
        {
          library: "http-status",
          form: "`status[code]`",
          source: 'import { status } from "http-status";\nexport const phraseOf = (code) => status[code];',
        },
      ],
    },
    {
      title: "(b2) Code to constant name",
      entries: [
        {
          library: "floor",
          form: 'hand-written object literal `{100:"HTTP_100_CONTINUE",...}[code]`, same names',
          source: `const names = ${nameTable};\nexport const nameOf = (code) => names[code];`,
          floor: true,
        },
        {
          library: "statuskit",
          form: "`constantName(code)`",
          source: 'import { constantName } from "statuskit";\nexport const nameOf = (code) => constantName(code);',
        },
        {
          library: "statuskit",
          form: "`statusInfo(code)?.constant` (brings the descriptions)",
          source:
            'import { statusInfo } from "statuskit";\nexport const nameOf = (code) => statusInfo(code)?.constant;',
        },
        {
          library: "http-status-codes",
          form: "`StatusCodes[code]` (the enum's reverse mapping)",
          source:
            'import { StatusCodes } from "http-status-codes";\nexport const nameOf = (code) => StatusCodes[code];',
        },
        {
          library: "http-status",
          form: '`status[code + "_NAME"]`',
          source: 'import { status } from "http-status";\nexport const nameOf = (code) => status[code + "_NAME"];',
        },
      ],
      absent: ["statuses: no names"],
    },
    {
      title: "(c) Phrase to code",
      entries: [
        {
          library: "floor",
          form: 'hand-written object literal `{"Continue":100,...}[text]` (exact case only)',
          source: `const codes = ${codeTable};\nexport const codeOf = (text) => codes[text];`,
          floor: true,
        },
        {
          library: "statuskit",
          form: "`statusCodeFor(text)` (any case, names, numbers)",
          source: 'import { statusCodeFor } from "statuskit";\nexport const codeOf = (text) => statusCodeFor(text);',
        },
        {
          library: "statuses",
          form: "`statuses.code[text.toLowerCase()]`",
          source:
            'import statuses from "statuses";\nexport const codeOf = (text) => statuses.code[text.toLowerCase()];',
        },
        {
          library: "http-status-codes",
          form: "`getStatusCode(text)` (exact case)",
          source:
            'import { getStatusCode } from "http-status-codes";\nexport const codeOf = (text) => getStatusCode(text);',
        },
      ],
      absent: ["http-status: no phrase-to-code lookup"],
    },
    {
      title: "(d) Class helpers (all five)",
      entries: [
        {
          library: "floor",
          form: "inline range checks `(code) => code >= 200 && code <= 299`",
          source: [
            "export const isInformational = (code) => code >= 100 && code <= 199;",
            "export const isSuccess = (code) => code >= 200 && code <= 299;",
            "export const isRedirect = (code) => code >= 300 && code <= 399;",
            "export const isClientError = (code) => code >= 400 && code <= 499;",
            "export const isServerError = (code) => code >= 500 && code <= 599;",
          ].join("\n"),
          floor: true,
        },
        {
          library: "statuskit",
          form: "`isInformational` ... `isServerError`",
          source: 'export { isInformational, isSuccess, isRedirect, isClientError, isServerError } from "statuskit";',
        },
        {
          library: "http-status",
          form: '`status[code + "_CLASS"]` (registered codes only)',
          source: 'import { status } from "http-status";\nexport const classOf = (code) => status[code + "_CLASS"];',
        },
      ],
      absent: ["statuses, http-status-codes: no class helpers; a user writes the inline floor"],
    },
    {
      title: "(e) Everything",
      entries: [
        {
          library: "statuskit",
          form: "an app using every export but `statusInfo`/`allStatuses` (no descriptions)",
          source: useAll(lean),
        },
        {
          library: "statuskit",
          form: "an app using every export (full registry with descriptions)",
          source: useAll(runtimeExports.filter((name) => name !== "status")),
        },
        {
          library: "statuskit",
          form: `a module re-exporting every export but \`statusInfo\`/\`allStatuses\` (keeps ${lean.filter((name) => name.startsWith("HTTP_")).length} constant names as export strings)`,
          source: `export { ${lean.join(", ")} } from "statuskit";`,
        },
        {
          library: "statuskit",
          form: '`export * from "statuskit"` (re-export, full registry)',
          source: 'export * from "statuskit";',
        },
        { library: "statuses", form: "the module", source: 'import statuses from "statuses";\nconsole.log(statuses);' },
        {
          library: "http-status-codes",
          form: "every export",
          source: 'import * as codes from "http-status-codes";\nconsole.log(codes);',
        },
        {
          library: "http-status",
          form: "every export",
          source: 'import httpStatus, { status } from "http-status";\nconsole.log(httpStatus, status);',
        },
      ],
    },
    errorCase,
    retryCase,
  ];
}

// (g) Reading Retry-After: what a client that honours it carries.
const retryCase: Case = {
  title: "(g) Reading Retry-After, and deciding a retry",
  entries: [
    {
      library: "floor",
      form: "hand-written delay-seconds or `Date.parse` (lenient: takes any date `Date.parse` does)",
      source:
        "export const waitFor = (value) => /^\\d+$/.test(value) ? Number(value) * 1000 : Math.max(0, Date.parse(value) - Date.now());",
      floor: true,
    },
    {
      library: "statuskit",
      form: "`parseRetryAfter(value)` alone (the three HTTP-date formats, strict)",
      source: 'import { parseRetryAfter } from "statuskit";\nexport const waitFor = (value) => parseRetryAfter(value);',
    },
    {
      library: "statuskit",
      form: "`retryDecision(response, { method, attempt })` (brings `parseRetryAfter` and the retryable codes)",
      source:
        'import { retryDecision } from "statuskit";\nexport const decide = (response, method, attempt) => retryDecision(response, { method, attempt });',
    },
  ],
  absent: ["statuses, http-status-codes, http-status: no Retry-After reading or retry decision"],
};

// (f) statuskit/errors: one error thrown from a handler and turned into a
// fetch Response with its status, headers and a JSON body, by each library.
const handlerFor = (test: string, respond: string) =>
  `export function handle(run) {\n  try { return run(); } catch (error) {\n    if (${test}) return ${respond};\n    throw error;\n  }\n}`;
const errorCase: Case = {
  title: "(f) One error thrown and turned into a Response (statuskit/errors)",
  entries: [
    {
      library: "floor",
      form: "a hand-written error class and `new Response(JSON.stringify(...))`",
      source: [
        "class HttpError extends Error { constructor(status, message) { super(message); this.status = status; } }",
        'export const fail = () => { throw new HttpError(404, "No user 42."); };',
        handlerFor(
          "error instanceof HttpError",
          'new Response(JSON.stringify({ status: error.status, detail: error.message }), { status: error.status, headers: { "content-type": "application/json" } })',
        ),
      ].join("\n"),
      floor: true,
    },
    {
      library: "statuskit",
      form: "`new HttpError(404, ...)`, `isHttpError`, `problemResponse` (RFC 9457 body, reason phrase)",
      source: [
        'import { HttpError, isHttpError, problemResponse } from "statuskit/errors";',
        'export const fail = () => { throw new HttpError(404, "No user 42."); };',
        handlerFor("isHttpError(error)", "problemResponse(error)"),
      ].join("\n"),
    },
    {
      library: "statuskit",
      form: "DRF's `new NotFound(...)`, `isHttpError`, `problemResponse`",
      source: [
        'import { NotFound, isHttpError, problemResponse } from "statuskit/errors";',
        'export const fail = () => { throw new NotFound("No user 42."); };',
        handlerFor("isHttpError(error)", "problemResponse(error)"),
      ].join("\n"),
    },
    {
      library: "statuskit",
      form: "`fetchErrorHandler(handler)` (also turns any other error into a bare 500)",
      source: [
        'import { HttpError, fetchErrorHandler } from "statuskit/errors";',
        'export const handler = fetchErrorHandler(() => { throw new HttpError(404, "No user 42."); });',
      ].join("\n"),
    },
    {
      library: "http-errors",
      form: "`createError(404, ...)`, `isHttpError`, JSON by hand",
      source: [
        'import createError from "http-errors";',
        'export const fail = () => { throw createError(404, "No user 42."); };',
        handlerFor(
          "createError.isHttpError(error)",
          'new Response(JSON.stringify({ status: error.status, message: error.message }), { status: error.status, headers: { ...error.headers, "content-type": "application/json" } })',
        ),
      ].join("\n"),
    },
    {
      library: "@hapi/boom",
      form: "`Boom.notFound(...)`, `isBoom`, `output.payload` as JSON",
      source: [
        'import { isBoom, notFound } from "@hapi/boom";',
        'export const fail = () => { throw notFound("No user 42."); };',
        handlerFor(
          "isBoom(error)",
          'new Response(JSON.stringify(error.output.payload), { status: error.output.statusCode, headers: { ...error.output.headers, "content-type": "application/json" } })',
        ),
      ].join("\n"),
    },
  ],
};

async function esbuildBundle(consumer: Consumer, source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: consumer.dir, loader: "js", sourcefile: "entry.js" },
    bundle: true,
    minify: true,
    format: "esm",
    treeShaking: true,
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

// Rollup (a dependency of vitest's vite, not of ours) shows how the namespace
// re-export fares with a bundler that sees through it. Its output is minified
// by esbuild's transform, so the bytes compare with the esbuild rows.
async function rollupBundle(source: string): Promise<string | undefined> {
  let rollup: typeof import("rollup").rollup;
  try {
    ({ rollup } = await import("rollup"));
  } catch {
    return undefined;
  }
  const dist = join(repoRoot, "dist");
  const bundle = await rollup({
    input: "entry",
    logLevel: "silent",
    // Mirrors the package's `"sideEffects": false`, which rollup only reads through node-resolve.
    treeshake: { moduleSideEffects: (id) => !id.startsWith(dist) },
    plugins: [
      {
        name: "entry",
        resolveId: (id) => (id === "entry" ? id : id === "statuskit" ? join(dist, "index.js") : null),
        load: (id) => (id === "entry" ? source : null),
      },
    ],
  });
  const { output } = await bundle.generate({ format: "es" });
  await bundle.close();
  const minified = await transform(output[0].code, { minify: true, format: "esm" });
  return minified.code;
}

async function measure(consumer: Consumer, entry: Entry): Promise<Measured | undefined> {
  const code =
    entry.bundler === "rollup" ? await rollupBundle(entry.source) : await esbuildBundle(consumer, entry.source);
  if (code === undefined) return undefined;
  const bytes = Buffer.from(code);
  return { ...entry, minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export async function bundleSize(consumer: Consumer): Promise<Section & { readonly rows: readonly Measured[][] }> {
  for (const name of errorPeers) consumer.link(name);
  const parts: string[] = [];
  const targets: Target[] = [];
  const rows: Measured[][] = [];
  // Each case by its label, "(a)" to "(f)", so that adding a case cannot shift another's target.
  const byLabel = new Map<string, Measured[]>();
  for (const benchCase of cases(consumer)) {
    const measured: Measured[] = [];
    for (const entry of benchCase.entries) {
      const result = await measure(consumer, entry);
      if (result !== undefined) measured.push(result);
    }
    rows.push(measured);
    byLabel.set(benchCase.title.slice(0, benchCase.title.indexOf(")") + 1), measured);
    const floor = measured.find((row) => row.floor);
    parts.push(
      `#### ${benchCase.title}\n\n${table(
        ["Library", "Form", "Bundler", "Minified", "Gzip", "x floor (min)", "x floor (gzip)"],
        measured.map((row) => [
          row.floor ? "**floor**" : row.library,
          row.form,
          row.bundler ?? "esbuild",
          formatBytes(row.minified),
          formatBytes(row.gzip),
          floor ? formatRatio(row.minified / floor.minified) : "",
          floor ? formatRatio(row.gzip / floor.gzip) : "",
        ]),
      )}${benchCase.absent ? `\n\nn/a: ${benchCase.absent.join("; ")}.` : ""}`,
    );
  }

  const labelled = (label: string): Measured[] => byLabel.get(label) ?? [];
  const [constant, toPhrase, everything] = [labelled("(a)"), labelled("(b)"), labelled("(e)")];
  const first = (list: Measured[], library: string) => list.find((row) => row.library === library && !row.bundler);
  const peersOf = (list: Measured[]) => list.filter((row) => !row.floor && row.library !== "statuskit");
  const named = first(constant, "statuskit");
  const constantFloor = constant.find((row) => row.floor);
  targets.push({
    name: "(a) one constant: bytes vs the literal",
    ratio: named && constantFloor ? named.minified / constantFloor.minified : undefined,
    limit: 1,
    basis: "statuskit named import / `404` (minified)",
  });
  const phraseOf = first(toPhrase, "statuskit");
  const phraseFloor = toPhrase.find((row) => row.floor);
  targets.push({
    name: "(b) code->phrase: bytes vs plain table",
    ratio: phraseOf && phraseFloor ? phraseOf.minified / phraseFloor.minified : undefined,
    limit: 1.1,
    basis: "`reasonPhrase` / object literal (minified)",
  });
  const smallestPhrasePeer = Math.min(...peersOf(toPhrase).map((row) => row.gzip));
  targets.push({
    name: "(b) code->phrase: bytes vs smallest peer",
    ratio: phraseOf ? phraseOf.gzip / smallestPhrasePeer : undefined,
    limit: 1,
    basis: "`reasonPhrase` / smallest peer (gzip)",
  });
  const lean = everything[0];
  const smallestEverything = Math.min(...peersOf(everything).map((row) => row.gzip));
  targets.push({
    name: "(e) everything (no descriptions) vs smallest peer",
    ratio: lean ? lean.gzip / smallestEverything : undefined,
    limit: 1,
    basis: "app using every statuskit export but `statusInfo`/`allStatuses` / smallest peer's everything (gzip)",
  });

  const errorRows = labelled("(f)");
  const thrown = first(errorRows, "statuskit");
  for (const peer of errorPeers) {
    const row = first(errorRows, peer);
    targets.push({
      name: `(f) error to Response: bytes vs ${peer}`,
      ratio: thrown && row ? thrown.gzip / row.gzip : undefined,
      limit: 1,
      basis: `\`HttpError\` + \`problemResponse\` / ${peer} for the same job (gzip)`,
    });
  }

  return {
    title: "Bundle cost",
    markdown: [
      'esbuild JS API, `bundle: true, minify: true, format: "esm"`, tree-shaking on; the consumer imports each package by name from node_modules (statuskit from its built `dist/`). Gzip is level 9. Node\'s `http.STATUS_CODES` is a built-in and cannot be bundled, so it has no row here.',
      ...parts,
    ].join("\n\n"),
    targets,
    rows,
  };
}

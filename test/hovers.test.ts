// What an editor shows on hover over statuskit's exports, asked of
// TypeScript's language service as an editor asks it, for a consumer that
// imports the built package both as ESM (dist/types/esm) and as CommonJS (dist/types/cjs).
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");

// Files that exist only in memory, beside package.json, so that "statuskit"
// resolves to this package's own exports map and built declarations.
const consumer = [
  'import * as status from "statuskit";',
  'import { isSuccess } from "statuskit";',
  "isSuccess;",
  "status.isSuccess;",
  "const found: 404 = status.HTTP_404_NOT_FOUND;",
  "// @ts-expect-error: a literal type, not a number",
  "const wrong: 405 = status.HTTP_404_NOT_FOUND;",
  "const success: status.SuccessCode = status.HTTP_200_OK;",
  "const info: status.StatusInfo<404> = status.statusInfo(404);",
  "export { found, wrong, success, info };",
].join("\n");
const virtualFiles = new Map([
  [join(root, "hover-consumer.mts"), consumer],
  [join(root, "hover-consumer.cts"), consumer],
]);

const compilerOptions: ts.CompilerOptions = {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  skipLibCheck: false,
  noEmit: true,
  types: [],
};

const service = ts.createLanguageService(
  {
    getScriptFileNames: () => [...virtualFiles.keys()],
    getScriptVersion: () => "1",
    getScriptSnapshot: (file) => {
      const text = virtualFiles.get(file) ?? (ts.sys.fileExists(file) ? ts.sys.readFile(file) : undefined);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => root,
    getCompilationSettings: () => compilerOptions,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (file) => virtualFiles.has(file) || ts.sys.fileExists(file),
    readFile: (file) => virtualFiles.get(file) ?? ts.sys.readFile(file),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: (path) => ts.sys.realpath?.(path) ?? path,
  },
  ts.createDocumentRegistry(),
);

/** The hover at the start of line `line` (1-based), column `column`: its signature line and its doc text. */
function hover(file: string, line: number, column = 0): { display: string; documentation: string } {
  const position = ts.getPositionOfLineAndCharacter(
    ts.createSourceFile(file, consumer, ts.ScriptTarget.ES2022),
    line - 1,
    column,
  );
  const info = service.getQuickInfoAtPosition(file, position);
  if (info === undefined) throw new Error(`no hover at ${file}:${line}:${column}`);
  return {
    display: ts.displayPartsToString(info.displayParts),
    documentation: ts.displayPartsToString(info.documentation),
  };
}

describe.each([
  ["ESM", "dist/types/esm/index.d.ts", ".mts"],
  ["CommonJS", "dist/types/cjs/index.d.ts", ".cts"],
])("hovers in a consumer that imports statuskit as %s (%s)", (_kind, declarations, extension) => {
  const file = join(root, `hover-consumer${extension}`);

  it(`reads ${declarations}`, () => {
    const program = service.getProgram();
    expect(program?.getSourceFile(join(root, declarations))).toBeDefined();
  });

  it("type-checks: status.HTTP_404_NOT_FOUND is the literal 404, status.SuccessCode and status.StatusInfo are types", () => {
    const diagnostics = [...service.getSyntacticDiagnostics(file), ...service.getSemanticDiagnostics(file)];
    expect(diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"))).toEqual([]);
  });

  it("the declarations themselves type-check without skipLibCheck", () => {
    const messages = service
      .getSemanticDiagnostics(join(root, declarations))
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    expect(messages).toEqual([]);
  });

  it("shows a guard's signature and doc comment, imported by name or through the namespace", () => {
    for (const [line, column] of [
      [3, 0],
      [4, "status.".length],
    ] as const) {
      const { display, documentation } = hover(file, line, column);
      expect(display).toMatch(/isSuccess\(code: number\): code is (status\.)?SuccessCode/);
      expect(documentation).toContain("2xx Success");
    }
  });

  it("shows a constant's literal type and its doc comment", () => {
    expect(hover(file, 5, "const found: 404 = status.".length)).toMatchObject({
      display: expect.stringContaining("HTTP_404_NOT_FOUND: 404"),
      documentation: expect.stringContaining("404 Not Found"),
    });
  });
});

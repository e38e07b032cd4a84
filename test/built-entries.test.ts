import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { commonJsEntry, exportedBindings, moduleEntry } from "../scripts/main-entries.js";
import * as source from "../src/index.js";

// dist/index.js and dist/index.cjs are written by scripts/main-entries.ts from
// one bundle; both must offer exactly what the sources export.
const require = createRequire(import.meta.url);
const built = {
  ESM: (await import("../dist/index.js")) as Record<string, unknown>,
  CJS: require("../dist/index.cjs") as Record<string, unknown>,
};
const sourceNames = Object.keys(source).sort();
const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");

describe.each(Object.entries(built))("the built %s entry", (_format, entry) => {
  it("exports the same names as the sources", () => {
    expect(Object.keys(entry).sort()).toEqual(sourceNames);
  });

  it("holds every export but itself in the status namespace, with the same values", () => {
    const status = entry.status as Record<string, unknown>;
    expect(Object.keys(status).sort()).toEqual(sourceNames.filter((name) => name !== "status"));
    for (const name of Object.keys(status)) expect(status[name], name).toBe(entry[name]);
  });

  it("freezes the status namespace and gives it no prototype", () => {
    const status = entry.status as object;
    expect(Object.isFrozen(status)).toBe(true);
    expect(Object.getPrototypeOf(status)).toBe(null);
  });
});

describe("the status object's speed", () => {
  // An object made with `__proto__: null` in its literal stays in V8's
  // dictionary mode, where `status.isSuccess(code)` ran ten times slower.
  it.each(["import", "require"])("keeps fast properties when loaded with %s", (how) => {
    const load =
      how === "import"
        ? `const { status } = await import(${JSON.stringify(pathToFileURL(join(dist, "index.js")).href)});`
        : `const { status } = require(${JSON.stringify(join(dist, "index.cjs"))});`;
    const output = execFileSync(
      process.execPath,
      [
        "--allow-natives-syntax",
        "--input-type=module",
        "-e",
        `import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url"; const require = createRequire(import.meta.url); ${load} process.stdout.write(String(%HasFastProperties(status)));`,
      ],
      { encoding: "utf8" },
    );
    expect(output).toBe("true");
  });
});

describe.each(Object.entries(built))("the built %s entry's facts", (_format, entry) => {
  it("gives every code's facts as the sources do", () => {
    const allStatuses = entry.allStatuses as typeof source.allStatuses;
    expect(allStatuses()).toEqual(source.allStatuses());
    expect((entry.statusInfo as typeof source.statusInfo)(404)).toEqual(source.statusInfo(404));
  });
});

describe("the built CommonJS entry", () => {
  // An ES module's exports are bindings by nature; this one is a plain object.
  it("exports plain values, not getters", () => {
    for (const name of Object.keys(built.CJS)) {
      expect(Object.getOwnPropertyDescriptor(built.CJS, name)?.get, name).toBeUndefined();
    }
  });

  it("marks itself as converted from ES modules, without listing the mark", () => {
    expect(built.CJS.__esModule).toBe(true);
    expect(Object.keys(built.CJS)).not.toContain("__esModule");
  });
});

describe("writing the entries from the bundle", () => {
  const bundle = [
    "var HTTP_404_NOT_FOUND = 404;",
    "function reasonPhrase(code) {",
    "  return code;",
    "}",
    "var HTTP_200_OK = 200;",
    "export {",
    "  HTTP_200_OK,",
    "  HTTP_404_NOT_FOUND,",
    "  reasonPhrase as phrase",
    "};",
    "",
  ].join("\n");

  it("reads the final export clause, renames included", () => {
    expect(exportedBindings(bundle)).toEqual([
      { exported: "HTTP_200_OK", local: "HTTP_200_OK" },
      { exported: "HTTP_404_NOT_FOUND", local: "HTTP_404_NOT_FOUND" },
      { exported: "phrase", local: "reasonPhrase" },
    ]);
  });

  it("declares the constants const, ahead of everything else, in the ES module", () => {
    const lines = moduleEntry(bundle).split("\n");
    expect(lines.slice(1, 3)).toEqual(["const HTTP_404_NOT_FOUND = 404;", "const HTTP_200_OK = 200;"]);
    expect(lines.filter((line) => line.startsWith("var HTTP_"))).toEqual([]);
  });

  it("gives the same answers through either entry", async () => {
    const commonJs = { exports: {} as Record<string, unknown> };
    new Function("module", commonJsEntry(bundle))(commonJs);
    const url = `data:text/javascript,${encodeURIComponent(moduleEntry(bundle))}`;
    const esm = (await import(url)) as Record<string, unknown>;
    for (const entry of [commonJs.exports, esm]) {
      expect(entry.HTTP_404_NOT_FOUND).toBe(404);
      expect((entry.phrase as (code: number) => number)(7)).toBe(7);
      expect(Object.keys(entry.status as object).sort()).toEqual(["HTTP_200_OK", "HTTP_404_NOT_FOUND", "phrase"]);
    }
  });

  it("refuses a bundle it was not written for, rather than guess", () => {
    expect(() => exportedBindings('import { x } from "./x.js";\nexport {\n  x\n};\n')).toThrow(/self-contained/);
    expect(() => exportedBindings("var a = 1;\n")).toThrow(/no final/);
    expect(() => moduleEntry("var a = 1;\nexport {\n  a\n};\n")).toThrow(/constants/);
  });
});

import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import * as errorsSource from "../src/errors/index.js";
import * as source from "../src/index.js";
import * as serveSource from "../src/serve/index.js";
import * as testingSource from "../src/testing/index.js";
import * as unofficialSource from "../src/unofficial/index.js";

// Each entry of the exports map, loaded by its name as an installed copy is,
// in both formats: both must offer exactly what the sources export.
const require = createRequire(import.meta.url);
const entries = [
  ["statuskit", source],
  ["statuskit/unofficial", unofficialSource],
  ["statuskit/errors", errorsSource],
  ["statuskit/serve", serveSource],
  ["statuskit/testing", testingSource],
] as const;

describe.each(entries)("the built %s entry", (name, sources) => {
  const names = Object.keys(sources).sort();

  it("exports the same names as the sources, as an ES module", async () => {
    expect(Object.keys(await import(name)).sort()).toEqual(names);
  });

  it("exports the same names as the sources, as CommonJS", () => {
    expect(Object.keys(require(name)).sort()).toEqual(names);
  });

  it("marks the CommonJS module as converted from ES modules, without listing the mark", () => {
    const loaded = require(name) as Record<string, unknown>;
    expect(loaded.__esModule).toBe(true);
    expect(Object.keys(loaded)).not.toContain("__esModule");
  });
});

describe("the built main entry's facts", () => {
  it.each(["import", "require"])("gives every code's facts as the sources do, through %s", async (how) => {
    const built = (how === "import" ? await import("statuskit") : require("statuskit")) as typeof source;
    expect(built.allStatuses()).toEqual(source.allStatuses());
    expect(built.statusInfo(404)).toEqual(source.statusInfo(404));
    expect(built.HTTP_404_NOT_FOUND).toBe(404);
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allStatuses } from "../../src/index.js";
import { unofficialStatuses } from "../../src/unofficial/index.js";
import { markdownPages } from "../doc-example-reader.js";
import { runCli } from "./run-cli.js";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

describe("unofficial codes", () => {
  it.each(unofficialStatuses().map((status) => [status.code, status.phrase, status] as const))(
    "%i %s has an origin and a confidence",
    (_, __, status) => {
      expect(status.origin.trim()).not.toBe("");
      expect(["high", "medium", "low"]).toContain(status.confidence);
    },
  );

  it("shows 509 once, as its registry row with its origin and confidence", () => {
    const { stdout } = runCli(["509"]);
    expect(stdout.match(/Bandwidth Limit Exceeded/g)).toHaveLength(1);
    expect(stdout).toMatch(/origin +cPanel/);
    expect(stdout).toMatch(/confidence +high/);
  });

  it("lists 509 once in its class and in a search", () => {
    expect(runCli(["5xx"]).stdout.match(/ 509 /g)).toHaveLength(1);
    expect(runCli(["search", "bandwidth"]).stdout.match(/ 509 /g)).toHaveLength(1);
  });

  it("shows a note only where there is one", () => {
    expect(runCli(["499"]).stdout).not.toMatch(/^ +note/m);
    expect(runCli(["420"]).stdout).toMatch(/^ +note +IANA: unassigned/m);
  });
});

describe("shipped text speaks of codes and sources, not of how the data was gathered", () => {
  const shipped = [
    ...markdownPages,
    "data/README.md",
    "data/statuses.ts",
    "data/unofficial-statuses.ts",
    "dist/statuskit.1",
  ];
  it.each(shipped)("%s", (path) => {
    expect(read(path)).not.toMatch(/stored excerpts?|\bexcerpts?\b|workplace|fetch it live|search tool/i);
  });

  it("holds for every unofficial note and description and every registered description", () => {
    const texts = [
      ...unofficialStatuses().flatMap((status) => [status.note, status.description, status.origin]),
      ...allStatuses().map((info) => info.description),
    ];
    for (const text of texts) expect(text).not.toMatch(/excerpt|could not confirm/i);
  });
});

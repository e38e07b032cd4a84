import { describe, expect, it } from "vitest";
import { statuses } from "../data/statuses.js";
import { allStatuses, reasonPhrase, registryDate, statusInfo } from "../src/index.js";
import { ianaAssigned, ianaRows } from "./iana-registry.js";

const tableByCode = new Map(statuses.map((row) => [row.code, row]));

/** IANA's description without its annotations: "Not Extended (OBSOLETED)" -> "Not Extended". */
const bareDescription = (description: string) => description.replace(/ \((?:OBSOLETED|TEMPORARY[^)]*)\)$/, "");

// The one phrase we knowingly take from elsewhere; data/README.md says why.
const phraseExceptions = new Map([[418, "I'm a teapot"]]);

describe("the table against the vendored IANA registry", () => {
  it("covers 100..599 exactly once, as single codes and Unassigned ranges", () => {
    const seen: number[] = [];
    for (const row of ianaRows) for (let code = row.from; code <= row.to; code++) seen.push(code);
    expect(seen).toEqual(Array.from({ length: 500 }, (_, i) => 100 + i));
  });

  it.each(ianaAssigned.map((row) => [row.from, row] as const))("has registered code %i", (code, iana) => {
    const row = tableByCode.get(code);
    expect(row, `table lacks ${code}`).toBeDefined();
    expect(row?.phrase).toBe(phraseExceptions.get(code) ?? bareDescription(iana.description));
    expect(row?.standing).not.toBe("unofficial");
  });

  it("names the same RFC as IANA for every registered code, and the same section where IANA gives one", () => {
    for (const iana of ianaAssigned) {
      const spec = tableByCode.get(iana.from)?.spec ?? "";
      const rfc = /^RFC (\d+)/.exec(spec)?.[1];
      const referenced = rfc ? `RFC${rfc}` : spec;
      expect(iana.reference, `${iana.from}: ${spec}`).toContain(referenced);
      const ianaSection = /^\[RFC(\d+), Section ([\d.]+)\]$/.exec(iana.reference);
      if (ianaSection) expect(spec, String(iana.from)).toBe(`RFC ${ianaSection[1]}, Section ${ianaSection[2]}`);
    }
  });

  it("marks as unofficial exactly the codes IANA leaves unassigned", () => {
    const assigned = new Set(ianaAssigned.map((row) => row.from));
    const unofficial = statuses.filter((row) => row.standing === "unofficial").map((row) => row.code);
    expect(unofficial).toEqual(statuses.filter((row) => !assigned.has(row.code)).map((row) => row.code));
    expect(unofficial).toEqual([509]);
  });

  it("follows IANA's annotations: (Unused), (OBSOLETED), (TEMPORARY ...)", () => {
    const expected = (description: string) => {
      if (description === "(Unused)") return "unused";
      if (description.endsWith("(OBSOLETED)")) return "obsoleted";
      if (description.includes("(TEMPORARY")) return "temporary";
      return undefined;
    };
    for (const iana of ianaAssigned) {
      const standing = expected(iana.description);
      const row = tableByCode.get(iana.from);
      if (standing) expect(row?.standing, String(iana.from)).toBe(standing);
      else expect(["standard", "deprecated"], String(iana.from)).toContain(row?.standing);
    }
  });

  it("keeps each temporary registration's stated expiry as data, and only theirs", () => {
    const temporary = ianaAssigned.filter((row) => row.description.includes("(TEMPORARY"));
    expect(temporary.length).toBeGreaterThan(0);
    for (const iana of temporary) {
      const expiry = /expires (\d{4}-\d{2}-\d{2})/.exec(iana.description)?.[1];
      expect(expiry).toBeDefined();
      expect(tableByCode.get(iana.from)?.expires).toBe(expiry);
      expect(statusInfo(iana.from)?.expires).toBe(expiry);
    }
    const withExpiry = statuses.filter((row) => row.expires !== null).map((row) => row.code);
    expect(withExpiry).toEqual(temporary.map((row) => row.from));
  });

  it("states no date as current in a description: dates live in fields", () => {
    for (const row of statuses) expect(row.description, String(row.code)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("dates the snapshot no earlier than any registration it lists", () => {
    const listed = ianaRows.flatMap((row) =>
      [...row.description.matchAll(/registered (\d{4}-\d{2}-\d{2})/g)].map(([, date]) => date ?? ""),
    );
    expect(listed.length).toBeGreaterThan(0);
    for (const date of listed) expect(date <= registryDate, date).toBe(true);
  });

  it("deprecates exactly 102 (dropped by RFC 4918) and 305 (RFC 9110, Section 15.4.6)", () => {
    expect(statuses.filter((row) => row.standing === "deprecated").map((row) => row.code)).toEqual([102, 305]);
  });

  it("gives the runtime registry the table's codes and phrases, in order", () => {
    expect(allStatuses().map((info) => [info.code, info.phrase])).toEqual(
      statuses.map((row) => [row.code, row.phrase]),
    );
    for (const row of statuses) expect(reasonPhrase(row.code)).toBe(row.phrase);
  });
});

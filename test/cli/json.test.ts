import { describe, expect, it } from "vitest";
import { allStatuses, statusInfo } from "../../src/index.js";
import { unofficialStatuses, unofficialStatusInfo } from "../../src/unofficial/index.js";
import { ansi, runCli } from "./run-cli.js";

const json = (args: string[], env: Record<string, string> = {}) => {
  const result = runCli(["--json", ...args], env);
  return { ...result, value: result.stdout === "" ? undefined : JSON.parse(result.stdout) };
};

describe("--json", () => {
  it("prints one code as exactly the object statusInfo returns", () => {
    const { value, exitCode, stderr } = json(["429"]);
    expect(exitCode).toBe(0);
    expect(stderr).toBe("");
    expect(value).toEqual(statusInfo(429));
  });

  it.each(
    allStatuses()
      .filter((info) => unofficialStatusInfo(info.code) === undefined)
      .map((info) => info.code),
  )("prints %i as statusInfo does", (code) => {
    expect(json([String(code)]).value).toEqual(statusInfo(code));
  });

  it("finds the same object by name, wherever the option is", () => {
    expect(runCli(["TOO_MANY_REQUESTS", "--json"]).stdout).toBe(runCli(["--json", "429"]).stdout);
  });

  it("prints an array for several arguments, in order", () => {
    expect(json(["200", "404", "503"]).value).toEqual([statusInfo(200), statusInfo(404), statusInfo(503)]);
  });

  it("prints an array for a class, one entry per code", () => {
    const { value } = json(["2xx"]);
    expect(value.map((entry: { code: number }) => entry.code)).toEqual([
      200, 201, 202, 203, 204, 205, 206, 207, 208, 218, 226,
    ]);
    expect(value[0]).toEqual(statusInfo(200));
  });

  it("prints the whole table as an array of every code, ordered", () => {
    const { value } = json([]);
    const codes = [
      ...new Set([...allStatuses().map((info) => info.code), ...unofficialStatuses().map((status) => status.code)]),
    ];
    expect(value.map((entry: { code: number }) => entry.code)).toEqual(codes.sort((a, b) => a - b));
  });

  it("gives a code the registry lacks as code, category and its unofficial meanings, without empty fields", () => {
    const { note: _empty, ...withoutNote } = unofficialStatusInfo(499)?.[0] ?? {};
    expect(json(["499"]).value).toEqual({ code: 499, category: "client-error", unofficial: [withoutNote] });
    expect(json(["499"]).value).not.toHaveProperty("phrase");
    expect(json(["420"]).value.unofficial[0].note).toBe(unofficialStatusInfo(420)?.[0]?.note);
  });

  it("never prints an empty field", () => {
    const { stdout } = json([]);
    expect(stdout).not.toMatch(/: ""/);
  });

  it("adds unofficial meanings to a registered code under `unofficial`", () => {
    expect(json(["451"]).value).toEqual({ ...statusInfo(451), unofficial: unofficialStatusInfo(451) });
  });

  it("prints search results as an array, best first", () => {
    const { value } = json(["search", "too", "many", "requests"]);
    expect(value[0]).toEqual(statusInfo(429));
  });

  it("prints the found ones, and exits 1, when some are not found", () => {
    const { value, exitCode, stderr } = json(["404", "299"]);
    expect(exitCode).toBe(1);
    expect(value).toEqual([statusInfo(404)]);
    expect(stderr).toMatch(/^statuskit: 299 is in the 2xx Success class/);
  });

  it("prints null for one argument that matches nothing, and exits 1", () => {
    const { stdout, exitCode } = json(["299"]);
    expect(exitCode).toBe(1);
    expect(JSON.parse(stdout)).toBeNull();
  });

  it("prints an array of what was found when some of several arguments match nothing", () => {
    const { stdout, exitCode } = json(["404", "nope"]);
    expect(exitCode).toBe(1);
    expect(JSON.parse(stdout)).toEqual([statusInfo(404)]);
  });

  it("prints an empty array for a search that finds nothing", () => {
    const { stdout, exitCode } = json(["search", "zzzzzz"]);
    expect(exitCode).toBe(1);
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it("gives 509 as its registry row with its origin and confidence, without repeating it as an unofficial meaning", () => {
    const entry = JSON.parse(json(["509"]).stdout);
    const source = unofficialStatusInfo(509)?.[0];
    expect(entry).toEqual({ ...statusInfo(509), origin: source?.origin, confidence: source?.confidence });
    expect(entry.standing).toBe("unofficial");
    expect(entry).not.toHaveProperty("unofficial");
  });

  it("is never coloured", () => {
    expect(json(["429"], { FORCE_COLOR: "1" }).stdout).not.toMatch(ansi);
  });
});

// No lookup may answer from Object.prototype or Array.prototype, and both
// module formats must load and export exactly their documented names, however
// the prototypes were polluted (old test setups and some polyfills add
// enumerable members to them). Each case runs the built package in a child
// process, so that the pollution cannot leak into other tests.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const probe = fileURLToPath(new URL("./fixtures/pollution-probe.cjs", import.meta.url));
const report = (when: string, format: string): Record<string, unknown> =>
  JSON.parse(
    execFileSync(process.execPath, [probe, when, format], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      // What the probed calls report on stderr (the errors adapters log 5xx) is not the test's output.
      stdio: ["ignore", "pipe", "ignore"],
    }),
  );

describe.each(["esm", "cjs"])("the %s build with polluted prototypes", (format) => {
  const clean = report("clean", format);

  it("answers every input from a clean process's report", () => {
    expect(Object.keys(clean).length).toBeGreaterThan(80);
    expect(clean["0:reasonPhrase"]).toContain(JSON.stringify("Not Found"));
    for (const when of ["before", "after"]) {
      const polluted = report(when, format);
      expect(Object.keys(polluted), when).toEqual(Object.keys(clean));
      for (const name of Object.keys(clean)) expect(polluted[name], `${when} import: ${name}`).toEqual(clean[name]);
    }
  });
});

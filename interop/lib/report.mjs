// Collects one PASS, FAIL or SKIP per check, prints each as it comes, and ends
// with the plain "N passed, N failed, N skipped" line that CI reads.

export function createReport() {
  const counts = { pass: 0, fail: 0, skip: 0 };

  function print(kind, name, detail) {
    counts[kind] += 1;
    const label = kind.toUpperCase().padEnd(4);
    console.log(`${label}  ${name}${detail && kind !== "fail" ? `  (${detail})` : ""}`);
    if (kind === "fail" && detail) {
      for (const line of String(detail).trimEnd().split("\n").slice(0, 40)) console.log(`        ${line}`);
    }
  }

  return {
    pass: (name, detail) => print("pass", name, detail),
    fail: (name, detail) => print("fail", name, detail),
    skip: (name, reason) => print("skip", name, reason),
    /** PASS when `failures` is empty, else FAIL listing them. */
    expect(name, failures, detail) {
      if (failures.length === 0) print("pass", name, detail);
      else print("fail", name, failures.join("\n"));
    },
    get failed() {
      return counts.fail;
    },
    summary() {
      const skipped = counts.skip > 0 ? `, ${counts.skip} skipped` : "";
      return `${counts.pass} passed, ${counts.fail} failed${skipped}`;
    },
  };
}

// The shared pieces of every section: statistics over repeated samples, the
// markdown table writer, and the target record that run.ts gathers into the
// headline table.

/** One target: a measured ratio against the limit it must stay within. */
export interface Target {
  readonly name: string;
  /** The measured ratio, or `undefined` when it could not be measured (then neither met nor missed). */
  readonly ratio: number | undefined;
  /** The largest ratio that meets the target. */
  readonly limit: number;
  /** What the ratio divides, e.g. "statuskit / plain table". */
  readonly basis: string;
}

/** What a section hands back to run.ts. */
export interface Section {
  readonly title: string;
  readonly markdown: string;
  readonly targets: readonly Target[];
}

export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] as number;
  const high = sorted[above] as number;
  return low + (high - low) * (position - below);
}

export const median = (samples: readonly number[]): number => quantile(samples, 0.5);

/** Median and interquartile range: robust on a noisy two-core machine. */
export interface Spread {
  readonly median: number;
  readonly q1: number;
  readonly q3: number;
  readonly runs: number;
}

export function spread(samples: readonly number[]): Spread {
  return {
    median: median(samples),
    q1: quantile(samples, 0.25),
    q3: quantile(samples, 0.75),
    runs: samples.length,
  };
}

/**
 * Round by round, `subject[round] / basis[round]`, then the median over rounds
 * and its quartiles: measured in the same round, both sides saw the same load.
 */
export function pairedRatios(subject: readonly number[], basis: readonly number[]): Spread {
  return spread(subject.map((value, round) => value / (basis[round] as number)));
}

/** `12.3 (11.9–12.8)`: median with the interquartile range. */
export function formatSpread(value: Spread, digits = 1): string {
  return `${value.median.toFixed(digits)} (${value.q1.toFixed(digits)}–${value.q3.toFixed(digits)})`;
}

export function formatRatio(ratio: number | undefined): string {
  if (ratio === undefined || !Number.isFinite(ratio)) return "n/a";
  return `${ratio.toFixed(2)}x`;
}

export function formatBytes(bytes: number): string {
  return bytes >= 10_000 ? `${(bytes / 1024).toFixed(1)} KiB` : `${bytes} B`;
}

export function verdict(target: Target): string {
  if (target.ratio === undefined) return "not measured";
  return target.ratio <= target.limit ? "met" : "**missed**";
}

/** A GitHub-flavoured markdown table; cells are strings already formatted. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

export function targetTable(targets: readonly Target[]): string {
  return table(
    ["Target", "Ratio", "Limit", "Basis", "Result"],
    targets.map((target) => [
      target.name,
      formatRatio(target.ratio),
      `≤ ${target.limit.toFixed(2)}x`,
      target.basis,
      verdict(target),
    ]),
  );
}

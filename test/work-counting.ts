// Counting the work a function does, so that tests can prove it linear in
// its input without timing it: the characters and items it reads, and every
// regular expression it runs.

/** One run of a regular expression. */
export interface PatternRun {
  readonly source: string;
  readonly flags: string;
  /**
   * How far the run moved through its text: for a `g` pattern from where it
   * started (`lastIndex`) to the end of its match, or to the end of the text
   * when it failed; for a `y` pattern its match, or one character; for any
   * other pattern the whole text. For a pattern that {@link cannotBacktrack},
   * the run's work is linear in this.
   */
  readonly advanced: number;
}

/**
 * Calls `work` and returns every regular-expression run it made. Every
 * `test`, `replace`, `split`, `match` and `exec` goes through
 * `RegExp.prototype.exec` once the built-in is replaced (ECMA-262,
 * RegExpExec), so none is missed; the built-in is restored before returning.
 */
export function patternRuns(work: () => void): PatternRun[] {
  const runs: PatternRun[] = [];
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const text = String(input);
    const start = this.lastIndex;
    const match = exec.call(this, text);
    const end = match === null ? text.length : match.index + match[0].length;
    let advanced = text.length;
    if (this.sticky) advanced = match === null ? 1 : end - start + 1;
    else if (this.global) advanced = end - start + 1;
    runs.push({ source: this.source, flags: this.flags, advanced });
    return match;
  };
  try {
    work();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return runs;
}

/** The characters all `runs` moved through: linear in the input when the work is. */
export const advancedThrough = (runs: readonly PatternRun[]): number =>
  runs.reduce((total, run) => total + run.advanced, 0);

/**
 * Whether a backtracking engine (V8's) runs the pattern in time linear in its
 * text. Conservative, by form: no backreference, lookaround or `m` flag, and
 * either
 *
 * - no unbounded repetition (`+`, `*`, `{n,}`): each attempt reads a bounded
 *   number of characters; or
 * - one character, escape or class, optionally repeated (`[\s_-]+`): each
 *   attempt consumes a run and nothing after it can fail, so no character is
 *   read twice; or
 * - anchored at the start, with no `|` outside a group and at most one
 *   unbounded repetition, of a single character, escape or class outside any
 *   group (`^[a-z0-9 ]+$`): tried at one position only, and the one run is
 *   given back at most once while the bounded rest is matched after it.
 */
export function cannotBacktrack({ source, flags }: { source: string; flags: string }): boolean {
  if (flags.includes("m") || /\\[1-9k]|\(\?<?[=!]/.test(source)) return false;
  // Every escape, then every class, becomes the one atom "a"; groups become "(".
  const reduced = source
    .replace(/\\[pPu]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\c[A-Za-z]|\\./g, "a")
    .replace(/\[\^?\]?[^\]]*\]/g, "a")
    .replace(/\((?:\?:|\?<[^>]*>)?/g, "(");
  if (!/[+*]|\{\d+,\}/.test(reduced)) return true;
  if (/^[^()|^$*+?{}][+*]$/.test(reduced)) return true;
  if (!reduced.startsWith("^")) return false;
  let depth = 0;
  let unbounded = 0;
  for (let at = 0; at < reduced.length; at++) {
    const character = reduced[at] as string;
    if (character === "(") depth++;
    else if (character === ")") depth--;
    else if (character === "|" && depth === 0) return false;
    else if (character === "+" || character === "*" || /^\{\d+,\}/.test(reduced.slice(at, at + 12))) {
      if (depth > 0 || reduced[at - 1] === ")") return false;
      unbounded++;
    }
  }
  return unbounded <= 1;
}

/** Text whose reads are counted, for a function that reads it by index or through string methods. */
export interface CountedText {
  /** The text, as the function under test takes it. */
  readonly text: string;
  /**
   * The characters read so far: one per index or one-character method
   * (`charCodeAt`, `at`, ...), and the whole length for any other string
   * method (`slice`, `split`, `trim`, iteration...), which may read it all.
   */
  readonly reads: () => number;
}

const oneCharacter = new Set<PropertyKey>(["at", "charAt", "charCodeAt", "codePointAt"]);

/** `text` behind a proxy that counts the characters read from it; see {@link CountedText}. */
export function countedText(text: string): CountedText {
  let reads = 0;
  const proxy = new Proxy(new String(text), {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        reads += oneCharacter.has(key) ? 1 : text.length;
        return (value as (...args: unknown[]) => unknown).apply(text, args);
      };
    },
  });
  return { text: proxy as unknown as string, reads: () => reads };
}

/** A list whose item reads are counted, as {@link countedText} counts characters. */
export function countedList<Item>(items: readonly Item[]): {
  readonly list: readonly Item[];
  readonly reads: () => number;
} {
  let reads = 0;
  const proxy = new Proxy([...items], {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { list: proxy, reads: () => reads };
}

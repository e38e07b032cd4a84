// The store behind /sequence/, with its clock injected, so that expiry and the
// key limit are tested by moving the clock rather than by waiting.
import { describe, expect, it } from "vitest";
import { parseRequestTarget } from "../../src/serve/request-target.js";
import { createSequenceStore, type SequenceAnswer } from "../../src/serve/sequences.js";

function target(path: string) {
  const parsed = parseRequestTarget(path);
  if (!parsed.ok) throw new Error(parsed.detail);
  return parsed;
}

function storeWithClock(maximumKeys = 3, idleMilliseconds = 1000) {
  let time = 0;
  const store = createSequenceStore({ maximumKeys, idleMilliseconds }, () => time);
  const ask = (path: string): SequenceAnswer => {
    const { choice, options } = target(path);
    return store.next(choice, options);
  };
  const codes = (path: string, times: number) =>
    Array.from({ length: times }, () => {
      const answer = ask(path);
      return answer.ok ? answer.code : `${answer.code} ${answer.detail}`;
    });
  return { store, ask, codes, advance: (milliseconds: number) => (time += milliseconds) };
}

describe("a sequence store", () => {
  it("answers the steps in order, then repeats the last", () => {
    const { codes } = storeWithClock();
    expect(codes("/sequence/503,503,200?key=a", 6)).toEqual([503, 503, 200, 200, 200, 200]);
  });

  it("keeps each key's place apart, however the requests interleave", () => {
    const { ask } = storeWithClock();
    const seen: Record<string, number[]> = { a: [], b: [] };
    for (const key of ["a", "b", "b", "a", "b", "a"]) {
      const answer = ask(`/sequence/500,502,504?key=${key}`);
      if (answer.ok) seen[key]?.push(answer.code);
    }
    expect(seen).toEqual({ a: [500, 502, 504], b: [500, 502, 504] });
  });

  it("refuses a key that is running another sequence, without moving it on", () => {
    const { ask, codes } = storeWithClock();
    expect(codes("/sequence/503,200?key=a", 1)).toEqual([503]);
    const other = ask("/sequence/404?key=a");
    expect(other).toMatchObject({ ok: false, code: 400 });
    expect(other.ok ? "" : other.detail).toContain("runs the sequence 503,200, not 404");
    expect(codes("/sequence/503,200?key=a", 1)).toEqual([200]);
  });

  it("lets a key go after it has been idle for idleMilliseconds, so that it starts again", () => {
    const { store, codes, advance } = storeWithClock(3, 1000);
    expect(codes("/sequence/503,200?key=a", 2)).toEqual([503, 200]);
    advance(999);
    expect(codes("/sequence/503,200?key=a", 1)).toEqual([200]);
    advance(1000);
    expect(store.size).toBe(1);
    expect(codes("/sequence/503,200?key=b", 1)).toEqual([503]);
    expect(store.size).toBe(1);
    expect(codes("/sequence/503,200?key=a", 1)).toEqual([503]);
  });

  it("counts idle time from a key's last request, not its first", () => {
    const { codes, advance } = storeWithClock(3, 1000);
    expect(codes("/sequence/503,502,200?key=a", 1)).toEqual([503]);
    for (let step = 0; step < 5; step++) {
      advance(600);
      codes("/sequence/404?key=other", 1);
    }
    // 3000 ms since key a's request: it has gone.
    expect(codes("/sequence/503,502,200?key=a", 1)).toEqual([503]);
    advance(600);
    expect(codes("/sequence/503,502,200?key=a", 1)).toEqual([502]);
  });

  it("holds at most maximumKeys keys, answers a new one with a 503 saying when one frees, and frees them by idleness", () => {
    const { store, ask, advance } = storeWithClock(3, 10_000);
    for (const key of ["a", "b", "c"]) expect(ask(`/sequence/503?key=${key}`).ok).toBe(true);
    advance(2500);
    expect(ask("/sequence/503?key=b").ok).toBe(true);
    const refused = ask("/sequence/503?key=d");
    expect(refused).toMatchObject({ ok: false, code: 503, retryAfterSeconds: 8 });
    expect(refused.ok ? "" : refused.detail).toContain("3 sequence keys are live, the limit");
    // A live key still moves on while the store is full.
    expect(ask("/sequence/503?key=a").ok).toBe(true);
    expect(store.size).toBe(3);
    advance(10_000);
    expect(ask("/sequence/503?key=d").ok).toBe(true);
    expect(store.size).toBe(1);
  });

  it("lets an idle key go even while a key ahead of it in age is in use", () => {
    const { ask, advance, store } = storeWithClock(2, 1000);
    ask("/sequence/503?key=a");
    ask("/sequence/503?key=b");
    advance(600);
    ask("/sequence/503?key=a");
    advance(600);
    expect(ask("/sequence/503?key=c").ok).toBe(true);
    expect(store.size).toBe(2);
  });

  it("gives every step of a URL's sequence the URL's options", () => {
    const { ask } = storeWithClock();
    for (const code of [503, 200]) {
      expect(ask("/sequence/503,200?key=a&sleep=7&dribble=1")).toMatchObject({
        ok: true,
        code,
        options: { sleep: 7, dribble: true, key: "a" },
      });
    }
  });

  it("gives registered steps their own options, and refuses options added to their URL", () => {
    const { store, ask } = storeWithClock();
    const steps = [target("/503?sleep=10"), target("/200")].map((parsed) => ({
      code: parsed.choice.codes[0] as number,
      options: parsed.options,
    }));
    expect(store.register("k", steps)).toBe(true);
    expect(ask("/sequence/503,200?key=k")).toMatchObject({ ok: true, code: 503, options: { sleep: 10 } });
    expect(ask("/sequence/503,200?key=k&sleep=5")).toMatchObject({ ok: false, code: 400 });
    expect(ask("/sequence/503,200?key=k")).toMatchObject({ ok: true, code: 200, options: { sleep: 0 } });
  });

  it("refuses to register past maximumKeys", () => {
    const { store } = storeWithClock(1);
    const step = { code: 200, options: target("/200").options };
    expect(store.register("a", [step])).toBe(true);
    expect(store.register("b", [step])).toBe(false);
  });
});

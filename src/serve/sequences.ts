import { type CodeChoice, chooseCode, type ResponseOptions } from "./request-target.js";

/** One step of a sequence: the code it answers with and the options it answers with, as a plain `/{code}` route would. */
export interface SequenceStep {
  readonly code: number;
  readonly options: ResponseOptions;
}

/** The step a request gets, or the problem that keeps it from getting one. */
export type SequenceAnswer =
  | ({ readonly ok: true } & SequenceStep)
  | {
      readonly ok: false;
      readonly code: 400 | 503;
      readonly detail: string;
      /** For a 503: the seconds until the key used longest ago is let go. */
      readonly retryAfterSeconds?: number;
    };

/** Where each live `/sequence/` key has got to. */
export interface SequenceStore {
  /** The step for the next request of `options.key` to the sequence `choice`, which moves the key on by one. */
  next(choice: CodeChoice, options: ResponseOptions): SequenceAnswer;
  /**
   * Keeps `steps`, each with options of its own, under `key` (which must be
   * new); `false` when as many keys are live as the limit allows.
   */
  register(key: string, steps: readonly SequenceStep[]): boolean;
  /** How many keys are live. */
  readonly size: number;
}

/** The bounds of a store; see `serveLimits`. */
export interface SequenceLimits {
  readonly maximumKeys: number;
  readonly idleMilliseconds: number;
}

interface Run {
  /** The sequence's codes (`503,503,200`): a key runs one sequence only. */
  readonly list: string;
  /** The steps' own options, when they were given from code. */
  readonly steps: readonly SequenceStep[] | undefined;
  /** The requests answered so far, up to the number of steps (the last repeats). */
  answered: number;
  lastUsed: number;
}

/**
 * A store of sequence runs that holds at most `maximumKeys` keys, each until
 * it has gone `idleMilliseconds` without a request. `now` is a clock in
 * milliseconds, injected so that expiry can be tested without waiting.
 */
export function createSequenceStore(
  limits: SequenceLimits,
  now: () => number = () => performance.now(),
): SequenceStore {
  // In order of last use, oldest first, so that the expired ones are at the front.
  const runs = new Map<string, Run>();

  const expire = (time: number): void => {
    for (const [key, run] of runs) {
      if (time - run.lastUsed < limits.idleMilliseconds) return;
      runs.delete(key);
    }
  };
  const full = (time: number): SequenceAnswer => {
    const oldest = runs.values().next().value as Run;
    return {
      ok: false,
      code: 503,
      detail: `${runs.size} sequence keys are live, the limit; a key is let go ${limits.idleMilliseconds / 1000} s after its last request`,
      retryAfterSeconds: Math.max(1, Math.ceil((oldest.lastUsed + limits.idleMilliseconds - time) / 1000)),
    };
  };

  return {
    next(choice, options) {
      const time = now();
      expire(time);
      const key = options.key as string;
      const list = choice.codes.join(",");
      let run = runs.get(key);
      if (run === undefined) {
        if (runs.size >= limits.maximumKeys) return full(time);
        run = { list, steps: undefined, answered: 0, lastUsed: time };
      } else if (run.list !== list) {
        return {
          ok: false,
          code: 400,
          detail: `the key ${JSON.stringify(key.slice(0, 40))} runs the sequence ${run.list}, not ${list.slice(0, 200)}: give each sequence a key of its own`,
        };
      } else if (run.steps !== undefined && hasQueryOptions(options)) {
        return {
          ok: false,
          code: 400,
          detail: "the steps of this key carry the options they were given in code; add any others there",
        };
      }
      runs.delete(key);
      run.lastUsed = time;
      runs.set(key, run);
      const index = Math.min(run.answered, choice.codes.length - 1);
      run.answered = index + 1;
      return run.steps === undefined
        ? { ok: true, code: choice.codes[index] as number, options }
        : { ok: true, ...(run.steps[index] as SequenceStep) };
    },
    register(key, steps) {
      const time = now();
      expire(time);
      if (runs.size >= limits.maximumKeys) return false;
      runs.set(key, { list: steps.map((step) => step.code).join(","), steps, answered: 0, lastUsed: time });
      return true;
    },
    get size() {
      return runs.size;
    },
  };
}

/** Whether a request gave options besides its key. */
function hasQueryOptions(options: ResponseOptions): boolean {
  return (
    options.location !== undefined ||
    options.finalCode !== undefined ||
    options.sleep !== 0 ||
    options.sleepAfterHeaders !== 0 ||
    options.dribble ||
    options.abort
  );
}

/**
 * The code and options a request is answered with: the next step of its
 * sequence, or for any other route a choice among its codes. Either way the
 * answer then goes the way of a plain `/{code}` route.
 */
export function nextStep(
  choice: CodeChoice,
  options: ResponseOptions,
  sequences: SequenceStore,
  random: () => number,
): SequenceAnswer {
  return choice.route === "sequence"
    ? sequences.next(choice, options)
    : { ok: true, code: chooseCode(choice, random), options };
}

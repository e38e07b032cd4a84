import { serveLimits } from "./limits.js";
import { parseRequestTarget } from "./request-target.js";
import type { SequenceStep } from "./sequences.js";

/**
 * The steps `startStatusServer().sequenceUrl()` is given, each read as the
 * plain code route it would be (`503?sleep=100` as `/503?sleep=100`), so a
 * step takes exactly the options that route takes; a `RangeError` saying
 * which step is wrong, and why, otherwise.
 */
export function stepsOf(steps: unknown): SequenceStep[] {
  const most = serveLimits.maximumCodesInList;
  if (!Array.isArray(steps) || steps.length === 0 || steps.length > most) {
    throw new RangeError(`a sequence takes a list of 1 to ${most} steps, such as [503, 503, 200]`);
  }
  return steps.map((step: unknown, index) => {
    const shown = `step ${index + 1} (${JSON.stringify(String(step).slice(0, 40))})`;
    if (typeof step !== "number" && typeof step !== "string") {
      throw new RangeError(`${shown} must be a code such as 503, or a code with options such as "503?sleep=100"`);
    }
    const parsed = parseRequestTarget(`/${step}`);
    if (!parsed.ok) throw new RangeError(`${shown}: ${parsed.detail}`);
    if (parsed.choice.route !== "code") {
      throw new RangeError(`${shown} must be one code, with options if it needs them, such as "503?sleep=100"`);
    }
    return { code: parsed.choice.codes[0] as number, options: parsed.options };
  });
}

import { statusCategory } from "../categories.js";
import { isStatusCode } from "../status-code.js";
import type { StatusCategory } from "../types.js";
import { statusText } from "./status-text.js";

/**
 * What `toHaveStatus` and chai's `status` take: a status code (a constant
 * such as `HTTP_201_CREATED`, or a number), a list of codes any of which
 * passes, or a class by its {@link StatusCategory} name (`"success"`,
 * `"client-error"`, ...).
 */
export type ExpectedStatus = number | readonly number[] | StatusCategory;

/** A checked expectation: which statuses pass, and how a message names them. */
export interface StatusExpectation {
  matches(status: number): boolean;
  /** `201 Created`, `one of 200 OK, 204 No Content`, `a 2xx (success) status`. */
  readonly text: string;
  /** What `.not` expects: `a status other than 201 Created`, `none of ...`, `a status outside 2xx (success)`. */
  readonly negatedText: string;
}

/** The first code of each class, from which its `xx` name and its category come. */
const classes = [100, 200, 300, 400, 500] as const;

/**
 * The expectation `expected` states; throws a `TypeError` naming what is
 * accepted when it states none, so that a typo such as `"sucess"` fails the
 * test instead of passing it.
 */
export function statusExpectation(expected: unknown, assertion: string): StatusExpectation {
  if (isStatusCode(expected)) {
    const text = statusText(expected);
    return { matches: (status) => status === expected, text, negatedText: `a status other than ${text}` };
  }
  if (Array.isArray(expected) && expected.length > 0 && expected.every(isStatusCode)) {
    const codes: readonly number[] = [...expected];
    return {
      matches: (status) => codes.includes(status),
      text: codes.length === 1 ? statusText(codes[0]) : `one of ${codes.map(statusText).join(", ")}`,
      negatedText:
        codes.length === 1
          ? `a status other than ${statusText(codes[0])}`
          : `none of ${codes.map(statusText).join(", ")}`,
    };
  }
  const first = classes.find((code) => statusCategory(code) === expected);
  if (typeof expected === "string" && first !== undefined) {
    return {
      matches: (status) => statusCategory(status) === expected,
      text: `a ${first / 100}xx (${expected}) status`,
      negatedText: `a status outside ${first / 100}xx (${expected})`,
    };
  }
  const names = classes.map((code) => JSON.stringify(statusCategory(code))).join(", ");
  throw new TypeError(
    `${assertion}: expected a status code (an integer from 100 to 599), a non-empty array of them, or one of ${names}; received ${describeExpected(
      expected,
    )}`,
  );
}

function describeExpected(expected: unknown): string {
  if (typeof expected === "string") return JSON.stringify(expected.slice(0, 60));
  if (Array.isArray(expected)) return expected.length === 0 ? "an empty array" : "an array holding something else";
  if (typeof expected === "number" || typeof expected === "bigint" || typeof expected === "boolean") {
    return `${typeof expected} ${String(expected)}`;
  }
  return expected === null ? "null" : typeof expected;
}

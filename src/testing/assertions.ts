import { isStatusCode } from "../status-code.js";
import { bodyPreview } from "./body-preview.js";
import type { BodyRead } from "./body-read.js";
import { statusExpectation } from "./expected-status.js";
import { requiredHeaderNames } from "./required-header-names.js";
import { type ReadableResponse, readableShapes, readResponse } from "./response-reading.js";
import { statusText } from "./status-text.js";

/** What a matcher gives its test runner: whether the response matched, and the message for when that fails the test. */
export interface MatcherOutcome {
  readonly pass: boolean;
  readonly message: () => string;
}

/** How an assertion is run: negated (`.not`), and whether it may return a promise. */
export interface AssertionMode {
  readonly negated: boolean;
  readonly synchronous: boolean;
}

function responseOf(received: unknown, assertion: string): ReadableResponse {
  const response = readResponse(received);
  if (typeof response === "string") {
    throw new TypeError(`${assertion}: expected a response (${readableShapes}); received ${response}`);
  }
  return response;
}

/** The body's lines for a failure message, read only now that the assertion has failed. */
function withBody(
  response: ReadableResponse,
  headline: string,
  synchronous: boolean,
  pass: boolean,
): MatcherOutcome | Promise<MatcherOutcome> {
  const contentType = response.header("content-type");
  const outcome = (body: BodyRead): MatcherOutcome => {
    const message = `${headline}\n${bodyPreview(body, contentType)}`;
    return { pass, message: () => message };
  };
  let body: BodyRead | Promise<BodyRead>;
  try {
    body = response.body(synchronous);
  } catch (error) {
    body = { unread: `reading it failed (${error instanceof Error ? error.message : String(error)})` };
  }
  return body instanceof Promise ? body.then(outcome) : outcome(body);
}

/**
 * `toHaveStatus`: whether the response's status is the one expected. Passes
 * without reading the body; only a failure reads it, for its message, and
 * then returns a promise when the body is a stream (unless `synchronous`).
 */
export function checkStatus(
  received: unknown,
  expected: unknown,
  mode: AssertionMode,
): MatcherOutcome | Promise<MatcherOutcome> {
  const expectation = statusExpectation(expected, "toHaveStatus");
  const response = responseOf(received, "toHaveStatus");
  const status = response.status;
  const pass = isStatusCode(status) && expectation.matches(status);
  const headline = mode.negated
    ? `expected ${expectation.negatedText}, received ${statusText(status)}`
    : `expected ${expectation.text}, received ${statusText(status)}`;
  if (pass !== mode.negated) return { pass, message: () => headline };
  return withBody(response, headline, mode.synchronous, pass);
}

/**
 * `toHaveRequiredHeaders`: whether the response carries every header field
 * the standard requires for its status (401 `WWW-Authenticate`, 405 `Allow`,
 * ...), from the table. True for a status that requires none. Reads the
 * headers only, so it is always synchronous.
 */
export function checkRequiredHeaders(received: unknown, mode: AssertionMode): MatcherOutcome {
  const response = responseOf(received, "toHaveRequiredHeaders");
  const status = response.status;
  const required = requiredHeaderNames(status);
  const missing = required.filter((name) => response.header(name) === undefined);
  const pass = missing.length === 0;
  const named = statusText(status);
  let message: string;
  if (mode.negated) {
    message =
      required.length === 0
        ? `expected ${named} to lack a header field its status requires, but it requires none`
        : `expected ${named} to lack a header field its status requires, but it carries ${required.join(", ")}`;
  } else {
    message = `expected ${named} to carry ${required.join(", ")}, which its status requires; missing: ${missing.join(", ")}`;
  }
  return { pass, message: () => message };
}

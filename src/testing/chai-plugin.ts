import { checkRequiredHeaders, checkStatus, type MatcherOutcome } from "./assertions.js";
import type { ExpectedStatus } from "./expected-status.js";

/** The parts of chai that the plugin uses, as `chai.use` passes them (chai 4 and 5). */
export interface ChaiLike {
  readonly Assertion: { addMethod(name: string, method: (this: object, ...values: unknown[]) => unknown): void };
  readonly AssertionError: new (message: string, properties?: object, stackStart?: StackStart) => Error;
}

/** The function a stack trace starts above, as chai passes it along. */
type StackStart = (...values: never[]) => unknown;

/** The parts of chai's `utils` that the plugin uses. */
export interface ChaiUtilities {
  flag(assertion: object, name: string): unknown;
}

/**
 * The assertions the plugin adds to chai, for the declaration a TypeScript
 * test needs:
 * `declare global { namespace Chai { interface Assertion extends StatusAssertions {} } }`.
 */
export interface StatusAssertions {
  /** The response's status is `expected`: a code, one of a list of codes, or a class (`"success"`). */
  status(expected: ExpectedStatus): this;
  /** The response carries every header field the standard requires for its status. */
  requiredHeaders(): this;
}

/**
 * A chai plugin with the same assertions as {@link matchers}:
 * `expect(response).to.have.status(404)` (a code, a list of codes or a
 * class such as `"client-error"`) and `.to.have.requiredHeaders()`, with
 * `.not`, reading the same responses.
 *
 * Chai's assertions are synchronous, so a failure shows the body only when
 * the response already holds it (superagent, supertest, chai-http, axios);
 * for a fetch `Response`, a Playwright `APIResponse` or an `IncomingMessage`
 * the message says that the body was not read, and nothing of it is taken.
 *
 * chai-http adds a `status` assertion too: whichever plugin `chai.use`
 * installs last is the one that runs. On superagent's responses (what
 * chai-http's `chai.request` gives) this one takes what chai-http's takes, a
 * number, and passes and fails as it does; unlike chai-http's, it refuses an
 * object that is none of the response shapes it reads.
 *
 * @example
 * ```ts
 * import * as chai from "chai";
 * import { statuskitChai } from "statuskit/testing";
 * chai.use(statuskitChai);
 * chai.expect({ status: 404, headers: {}, text: "no such user" }).to.have.status(404);
 * chai.expect({ status: 404, headers: {}, text: "no such user" }).to.have.status("client-error");
 * chai.expect({ status: 405, headers: { allow: "GET" }, text: "" }).to.have.requiredHeaders();
 * ```
 */
export function statuskitChai(chai: ChaiLike, utilities: ChaiUtilities): void {
  const assertion = (check: (received: unknown, negated: boolean, values: readonly unknown[]) => MatcherOutcome) =>
    function (this: object, ...values: unknown[]): void {
      const negated = utilities.flag(this, "negate") === true;
      const outcome = check(utilities.flag(this, "object"), negated, values);
      // Thrown as it is rather than through `this.assert`, which would
      // replace any `#{...}` in the message, and the body is the server's.
      if (outcome.pass === negated) {
        throw new chai.AssertionError(
          outcome.message(),
          { showDiff: false },
          utilities.flag(this, "ssfi") as StackStart | undefined,
        );
      }
    };
  // Run synchronously, a check reads no stream, so its outcome is never a promise.
  chai.Assertion.addMethod(
    "status",
    assertion(
      (received, negated, [expected]) =>
        checkStatus(received, expected as ExpectedStatus, { negated, synchronous: true }) as MatcherOutcome,
    ),
  );
  chai.Assertion.addMethod(
    "requiredHeaders",
    assertion((received, negated) => checkRequiredHeaders(received, { negated, synchronous: true })),
  );
}

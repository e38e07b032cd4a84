// The option types of no-bare-status-code live apart from the matching code,
// so that the plugin's public declarations need no syntax-tree types.

/**
 * The kinds of place where a number is an HTTP status, named in the rule's
 * `ignore` option:
 * - `calls`: an argument of a call that takes a status (`res.status(404)`,
 *   `c.json(body, 201)`, `new HttpException(body, 403)`, `@HttpCode(204)`);
 * - `properties`: the value of a `status` or `statusCode` key (`new
 *   Response(body, { status: 404 })`, `createError({ statusCode: 400 })`);
 * - `assignments`: `ctx.status = 404`, `res.statusCode = 500`;
 * - `assertions`: a test's expected status (`expect(res.status).toBe(200)`,
 *   `assert.equal(res.statusCode, 200)`, supertest's `.expect(200)`);
 * - `comparisons`: `res.status === 404` (and `!==`, `==`, `!=`, either side);
 * - `cases`: `case 404:` in a `switch (res.status)`;
 * - `collections`: an element of a collection whose meaning is status (`new
 *   Map([[404, "Not Found"]])`, `{ NOT_FOUND: 404 }`, `response: { 200: schema
 *   }`, `retry: { statusCodes: [408, 429] }`);
 * - `values`: a status the project's own code names (`class NotFound extends
 *   Error { status = 404 }`, `return 404` from `statusFor`, `function
 *   send(body, status = 200)`, `const status = ok ? 200 : 500`);
 * - `lookups`: a key of Node's `http.STATUS_CODES[404]`.
 */
export type StatusPlace =
  | "calls"
  | "properties"
  | "assignments"
  | "assertions"
  | "comparisons"
  | "cases"
  | "collections"
  | "values"
  | "lookups";

/** Every {@link StatusPlace}, for the option schema. */
export const statusPlaces: readonly StatusPlace[] = [
  "calls",
  "properties",
  "assignments",
  "assertions",
  "comparisons",
  "cases",
  "collections",
  "values",
  "lookups",
];

/** A call that takes a status: by callee name (`isStatus`, or a method name), or by dotted path (`api.fail`). */
export interface StatusCall {
  name: string;
  argument: number;
}

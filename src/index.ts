export * from "./all-exports.js";
/**
 * Every export of statuskit as one namespace, like Django REST Framework's
 * `status` module: `status.HTTP_404_NOT_FOUND`, `status.isSuccess(code)`.
 *
 * In code that ships to browsers, prefer `import * as status from "statuskit"`
 * (or named imports): those bundle a constant as its bare number, while this
 * export, one frozen object holding every other export, brings all of them
 * along with any bundler.
 *
 * @example
 * ```ts
 * import { status } from "statuskit";
 * status.HTTP_404_NOT_FOUND; // 404
 * ```
 */
export * as status from "./all-exports.js";

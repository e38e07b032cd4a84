export * from "./all-exports.js";
/**
 * Every export of statuskit as one namespace, like Django REST Framework's
 * `status` module: `status.HTTP_404_NOT_FOUND`, `status.isSuccess(code)`.
 *
 * With esbuild, prefer `import * as status from "statuskit"` (or named
 * imports): those bundle a constant as its bare number, while this re-exported
 * namespace object brings every constant along. Rollup sees through both.
 *
 * @example
 * ```ts
 * import { status } from "statuskit";
 * status.HTTP_404_NOT_FOUND; // 404
 * ```
 */
export * as status from "./all-exports.js";

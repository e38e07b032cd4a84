/**
 * The members a problem details object gives a meaning of its own (RFC 9457,
 * Section 3.1), and `code`, which statuskit's documents carry: an extension
 * may not take any of these names.
 *
 * @example
 * ```ts
 * import { reservedMemberNames } from "statuskit/errors";
 * reservedMemberNames.includes("detail"); // true
 * ```
 */
export const reservedMemberNames: readonly string[] = /* @__PURE__ */ Object.freeze([
  "type",
  "title",
  "status",
  "detail",
  "instance",
  "code",
]);

// RFC 9457, Section 4: extension names SHOULD start with a letter, hold only
// letters, digits and "_", and be three characters or longer.
const portableName = /^[A-Za-z][A-Za-z0-9_]{2,}$/;

/**
 * Whether `name` has the form RFC 9457 (Section 4) recommends for extension
 * members: a letter, then letters, digits or `_`, three characters or more,
 * so that it can also be written as XML or in the `Problem` header field.
 * Other names are allowed (the recommendation is a SHOULD) and are kept as
 * they are in JSON.
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc9457#section-4 | RFC 9457, Section 4}
 * @example
 * ```ts
 * import { isPortableExtensionName } from "statuskit/errors";
 * isPortableExtensionName("balance"); // true
 * isPortableExtensionName("problem-pointer"); // false
 * ```
 */
export function isPortableExtensionName(name: string): boolean {
  return portableName.test(name);
}

/**
 * A frozen, null-prototype copy of an error's extension members. Throws a
 * `TypeError` for a name RFC 9457 keeps for itself: a standard member (or
 * `code`), or one that starts with `*` (Section 3.2 keeps those for future
 * members common to all problem types).
 */
export function checkedExtensions<Extensions>(input: unknown): Extensions {
  const extensions: Record<string, unknown> = Object.create(null);
  if (input !== undefined) {
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      throw new TypeError("HttpError: extensions must be a record of member names to values");
    }
    for (const [name, value] of Object.entries(input)) {
      if (reservedMemberNames.includes(name) || name.startsWith("*")) {
        throw new TypeError(`HttpError: ${JSON.stringify(name)} cannot be an extension member name (RFC 9457)`);
      }
      extensions[name] = value;
    }
  }
  return Object.freeze(extensions) as Extensions;
}

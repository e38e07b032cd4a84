import { allStatuses, statusInfo } from "statuskit";

/** Which of two names a code with two constants gets (413, 414, 416, 422). */
export type NameChoice = "rfc9110" | "drf";

/**
 * The constant names statuskit exports for a code, its RFC 9110 name first
 * and then the older names Django REST Framework used; `undefined` for a code
 * statuskit has no constant for.
 *
 * @example
 * ```ts
 * constantNames(404); // ["HTTP_404_NOT_FOUND"]
 * constantNames(422); // ["HTTP_422_UNPROCESSABLE_CONTENT", "HTTP_422_UNPROCESSABLE_ENTITY"]
 * constantNames(499); // undefined
 * ```
 */
export function constantNames(code: number): readonly string[] | undefined {
  const info = statusInfo(code);
  return info === undefined ? undefined : [info.constant, ...info.aliases];
}

/** Picks one of a code's names by the `names` option; all of them when no choice is set. */
export function chosenNames(names: readonly string[], choice: NameChoice | undefined): readonly string[] {
  if (names.length === 1 || choice === undefined) return names;
  const first = names[0] as string;
  return [choice === "drf" ? (names[1] ?? first) : first];
}

// The meaning part of every constant (NOT_FOUND for HTTP_404_NOT_FOUND), for
// matching the member names of other packages.
const byMeaning: ReadonlyMap<string, { code: number; name: string }> = new Map(
  allStatuses().flatMap((info) =>
    [info.constant, ...info.aliases].map(
      (name) => [name.slice("HTTP_000_".length), { code: info.code, name }] as const,
    ),
  ),
);

/**
 * Member names of other status packages whose meaning part is not one of
 * statuskit's names, with the code each of those packages gives them.
 */
const otherMeanings: ReadonlyMap<string, number> = new Map([
  ["EARLYHINTS", 103],
  ["NON_AUTHORITATIVE_INFO", 203],
  ["AMBIGUOUS", 300],
  ["MOVED_TEMPORARILY", 302],
  ["SWITCH_PROXY", 306],
  ["UNUSED", 306],
  ["PROXY_AUTH_REQUIRED", 407],
  ["REQUEST_TOO_LONG", 413],
  ["PAYLOAD_TOO_LARGE", 413],
  ["I_AM_A_TEAPOT", 418],
  ["TEAPOT", 418],
  ["MISDIRECTED", 421],
]);

/** `NotFound` → `NOT_FOUND`, `HTTPVersionNotSupported` → `HTTP_VERSION_NOT_SUPPORTED`; `NOT_FOUND` stays. */
export function screamingSnakeCase(name: string): string {
  let result = "";
  for (let index = 0; index < name.length; index++) {
    const character = name[index] as string;
    const previous = name[index - 1];
    const next = name[index + 1];
    const upper = character >= "A" && character <= "Z";
    if (upper && previous !== undefined && previous !== "_") {
      const previousLower = previous >= "a" && previous <= "z";
      const previousUpper = previous >= "A" && previous <= "Z";
      const nextLower = next !== undefined && next >= "a" && next <= "z";
      if (previousLower || (previousUpper && nextLower)) result += "_";
    }
    result += character.toUpperCase();
  }
  return result;
}

/**
 * The statuskit constant for a member name of another status package
 * (`NOT_FOUND`, `NotFound`, `UNPROCESSABLE_ENTITY`, `MOVED_TEMPORARILY`): the
 * name with the same meaning where statuskit has one (so `UNPROCESSABLE_ENTITY`
 * keeps Django REST Framework's `HTTP_422_UNPROCESSABLE_ENTITY`), else the
 * code's first name; `undefined` when statuskit has no constant for it.
 */
export function constantForMember(
  member: string,
  choice: NameChoice | undefined,
): { code: number; name: string } | undefined {
  const meaning = screamingSnakeCase(member);
  const same = byMeaning.get(meaning);
  const code = same?.code ?? otherMeanings.get(meaning);
  if (code === undefined) return undefined;
  const names = constantNames(code);
  if (names === undefined) return undefined;
  if (choice !== undefined) return { code, name: chosenNames(names, choice)[0] as string };
  return { code, name: same?.name ?? (names[0] as string) };
}

// Whether a name, by its words, names one HTTP status or a list of them. The
// words are what a reader goes by: `statusFor` and `httpStatus` name a
// status, `statusBarHeight` and `statusText` do not.

/** `getStatusCode` → `["get", "status", "code"]`; `RETRY_STATUS_CODES` → `["retry", "status", "codes"]`. */
export function nameWords(name: string): string[] {
  const words: string[] = [];
  let word = "";
  for (let index = 0; index < name.length; index++) {
    const character = name[index] as string;
    if (character === "_" || character === "-" || character === "." || character === "$") {
      if (word !== "") words.push(word);
      word = "";
      continue;
    }
    const upper = character >= "A" && character <= "Z";
    const previous = name[index - 1] ?? "";
    const next = name[index + 1] ?? "";
    const previousLower = (previous >= "a" && previous <= "z") || (previous >= "0" && previous <= "9");
    const startsWord = upper && (previousLower || (previous >= "A" && previous <= "Z" && next >= "a" && next <= "z"));
    if (startsWord && word !== "") {
      words.push(word);
      word = "";
    }
    word += character.toLowerCase();
  }
  if (word !== "") words.push(word);
  return words;
}

const mayName = /status|code/i;

// `statusFor(error)`, `statusOfResponse`, `statusFromError`: the status of something.
const prepositions: ReadonlySet<string> = new Set(["for", "of", "from"]);

// Statuses of things that are not HTTP responses: a process's exit status (126, 127, 130...).
const otherStatuses: ReadonlySet<string> = new Set(["exit", "process", "signal"]);

/**
 * Whether a name names one HTTP status: `status`, `statusCode`, `httpStatus`,
 * `expectedStatus`, `getStatus`, `statusFor`, `httpCode`; not `statusBar`,
 * `statusText`, `exitStatus` or `code`.
 */
export function namesStatus(name: string): boolean {
  // Most names have neither word; they are answered without splitting.
  if (!mayName.test(name)) return false;
  const words = nameWords(name);
  const at = words.lastIndexOf("status");
  if (at < 0) return words.length >= 2 && words.at(-2) === "http" && words.at(-1) === "code";
  if (words.slice(0, at).some((word) => otherStatuses.has(word))) return false;
  let rest = words.slice(at + 1);
  if (rest[0] === "code") rest = rest.slice(1);
  return rest.length === 0 || prepositions.has(rest[0] as string);
}

const listWords: ReadonlySet<string> = new Set(["status", "http", "redirect", "retry", "retryable"]);

/** Whether a name names a list of HTTP statuses: `statusCodes`, `retryStatuses`, `RETRY_STATUS_CODES`, `httpCodes`. */
export function namesStatusList(name: string): boolean {
  if (!mayName.test(name)) return false;
  const words = nameWords(name);
  const last = words.at(-1);
  if (last === "statuses") return !words.some((word) => otherStatuses.has(word));
  // `httpErrorCodes`, got's `redirectCodes`, `retryableCodes`; not `errorCodes` or `keyCodes`.
  return last === "codes" && words.some((word) => listWords.has(word));
}

/**
 * Whether a name is a status by the rule's `properties` option (the names a
 * project gives its own status fields) or by its words.
 */
export function isStatusNamed(name: string | undefined, statusProperties: ReadonlySet<string>): boolean {
  return name !== undefined && (statusProperties.has(name) || namesStatus(name));
}

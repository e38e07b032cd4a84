/**
 * The longest Retry-After value read, in characters. The longest HTTP-date
 * (an RFC 850 date with `Wednesday`) is 33; the rest leaves room for
 * surrounding white space and long delay-seconds.
 */
const maximumLength = 64;

/**
 * What a delay-seconds value too large to represent counts as (RFC 9111,
 * Section 1.2.2): 2^31 seconds, over 68 years.
 */
const maximumDelaySeconds = 2_147_483_648;

const shortDays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const longDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const millisecondsPerDay = 86_400_000;

/**
 * How many milliseconds a `Retry-After` value asks a client to wait (RFC
 * 9110, Section 10.2.3), or `undefined` when it is not a valid one.
 *
 * - Delay-seconds (`"120"`): that many seconds. A number too large to
 *   represent counts as 2^31 seconds, as RFC 9111, Section 1.2.2 says.
 * - An HTTP-date, in any of the three formats a recipient must accept (RFC
 *   9110, Section 5.6.7): IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), the
 *   obsolete RFC 850 form (`Sunday, 06-Nov-94 08:49:37 GMT`) and asctime's
 *   (`Sun Nov  6 08:49:37 1994`): the time from `now` to that date, or 0
 *   when it has passed. An RFC 850 two-digit year is the year ending in those
 *   digits that lies at most 50 years after `now` and less than 50 years
 *   before it (a date that would be more than 50 years ahead is read as the
 *   century before, as Section 5.6.7 requires).
 *
 * `undefined` for anything else: `null` (a missing header), a non-string,
 * a sign, a fraction, several values (`"1, 2"`), a date in another case
 * (HTTP-date is case-sensitive), an impossible date or time (`31 Apr`, hour
 * 24; second 60, a leap second, is allowed), and a weekday that is not the
 * date's, since then nothing says which part to trust. White space around
 * the value is allowed; a value longer than 64 characters is `undefined`
 * before any of it is read, so hostile input costs bounded work.
 *
 * `now` is when the response arrived, as milliseconds since the epoch or a
 * `Date` (default: `Date.now()`); a `RangeError` if it is not a finite time.
 *
 * @see {@link https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3 | RFC 9110, Section 10.2.3}
 * @example
 * ```ts
 * import { parseRetryAfter } from "statuskit";
 * parseRetryAfter("120"); // 120000
 * const now = Date.parse("Sun, 06 Nov 1994 08:49:00 GMT");
 * parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", now); // 37000
 * parseRetryAfter("Sunday, 06-Nov-94 08:49:37 GMT", now); // 37000
 * parseRetryAfter("Sun Nov  6 08:49:37 1994", now); // 37000
 * parseRetryAfter("Sat, 05 Nov 1994 08:49:37 GMT", now); // 0
 * parseRetryAfter("1.5"); // undefined
 * parseRetryAfter(null); // undefined
 * ```
 */
export function parseRetryAfter(value: unknown, now: number | Date = Date.now()): number | undefined {
  const nowMilliseconds = typeof now === "number" ? now : now instanceof Date ? now.getTime() : Number.NaN;
  if (!Number.isFinite(nowMilliseconds)) {
    throw new RangeError(`now must be a finite time in milliseconds or a valid Date, not ${String(now)}`);
  }
  return typeof value === "string" ? readRetryAfter(value, nowMilliseconds) : undefined;
}

/**
 * {@link parseRetryAfter} for a string and a valid `now`: reads at most the
 * first 64 characters' worth, each a bounded number of times. @internal
 */
export function readRetryAfter(value: string, now: number): number | undefined {
  if (value.length > maximumLength) return undefined;
  let start = 0;
  let end = value.length;
  while (start < end && isWhiteSpace(value.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(value.charCodeAt(end - 1))) end--;
  if (start === end) return undefined;
  if (isDigit(value.charCodeAt(start))) {
    const seconds = readDelaySeconds(value, start, end);
    return seconds === undefined ? undefined : seconds * 1000;
  }
  const date = readHttpDate(value, start, end, now);
  return date === undefined ? undefined : Math.max(0, date - now);
}

function isWhiteSpace(unit: number): boolean {
  return unit === 0x20 || unit === 0x09;
}

function isDigit(unit: number): boolean {
  return unit >= 0x30 && unit <= 0x39;
}

function readDelaySeconds(text: string, start: number, end: number): number | undefined {
  let seconds = 0;
  for (let at = start; at < end; at++) {
    const unit = text.charCodeAt(at);
    if (!isDigit(unit)) return undefined;
    seconds = Math.min(seconds * 10 + (unit - 0x30), maximumDelaySeconds);
  }
  return seconds;
}

/** The fields of a date as written, before its year is settled. */
interface DateFields {
  weekday: number;
  day: number;
  /** 0 for January. */
  month: number;
  year: number;
  twoDigitYear: boolean;
  hour: number;
  minute: number;
  second: number;
}

/** Reads one of the three HTTP-date formats from `text[start, end)`, as milliseconds since the epoch. */
function readHttpDate(text: string, start: number, end: number, now: number): number | undefined {
  let at = start;
  // Each reader moves `at` past what it read, or returns a failure mark.
  const literal = (expected: string): boolean => {
    if (end - at < expected.length) return false;
    for (let index = 0; index < expected.length; index++) {
      if (text.charCodeAt(at + index) !== expected.charCodeAt(index)) return false;
    }
    at += expected.length;
    return true;
  };
  const digits = (count: number): number => {
    if (end - at < count) return -1;
    let number = 0;
    for (let index = 0; index < count; index++) {
      const unit = text.charCodeAt(at + index);
      if (!isDigit(unit)) return -1;
      number = number * 10 + (unit - 0x30);
    }
    at += count;
    return number;
  };
  const oneOf = (names: readonly string[]): number => {
    for (let index = 0; index < names.length; index++) if (literal(names[index] as string)) return index;
    return -1;
  };
  const time = (fields: DateFields): boolean => {
    fields.hour = digits(2);
    if (fields.hour < 0 || !literal(":")) return false;
    fields.minute = digits(2);
    if (fields.minute < 0 || !literal(":")) return false;
    fields.second = digits(2);
    return fields.second >= 0;
  };

  const fields: DateFields = {
    weekday: -1,
    day: -1,
    month: -1,
    year: -1,
    twoDigitYear: false,
    hour: -1,
    minute: -1,
    second: -1,
  };
  // The long names first: "Sunday" begins with "Sun".
  const long = oneOf(longDays);
  if (long !== -1) {
    // rfc850-date = day-name-l "," SP day "-" month "-" 2DIGIT SP time-of-day SP GMT
    fields.weekday = long;
    if (!literal(", ")) return undefined;
    fields.day = digits(2);
    if (fields.day < 0 || !literal("-")) return undefined;
    fields.month = oneOf(months);
    if (fields.month < 0 || !literal("-")) return undefined;
    fields.year = digits(2);
    fields.twoDigitYear = true;
    if (fields.year < 0 || !literal(" ") || !time(fields) || !literal(" GMT")) return undefined;
  } else {
    fields.weekday = oneOf(shortDays);
    if (fields.weekday < 0) return undefined;
    if (literal(", ")) {
      // IMF-fixdate = day-name "," SP day SP month SP year SP time-of-day SP GMT
      fields.day = digits(2);
      if (fields.day < 0 || !literal(" ")) return undefined;
      fields.month = oneOf(months);
      if (fields.month < 0 || !literal(" ")) return undefined;
      fields.year = digits(4);
      if (fields.year < 0 || !literal(" ") || !time(fields) || !literal(" GMT")) return undefined;
    } else {
      // asctime-date = day-name SP month SP ( 2DIGIT / ( SP DIGIT ) ) SP time-of-day SP year
      if (!literal(" ")) return undefined;
      fields.month = oneOf(months);
      if (fields.month < 0 || !literal(" ")) return undefined;
      fields.day = literal(" ") ? digits(1) : digits(2);
      if (fields.day < 0 || !literal(" ") || !time(fields) || !literal(" ")) return undefined;
      fields.year = digits(4);
      if (fields.year < 0) return undefined;
    }
  }
  if (at !== end) return undefined;
  if (fields.twoDigitYear) fields.year = fullYear(fields, now);
  return timestampOf(fields);
}

/**
 * The year ending in a two-digit year that lies at most 50 years after `now`
 * and less than 50 years before it, comparing the whole date and time.
 */
function fullYear(fields: DateFields, now: number): number {
  const today = new Date(now);
  const nowYear = today.getUTCFullYear();
  let year = nowYear - (((nowYear % 100) + 100) % 100) + fields.year;
  // The date and time within a year as one comparable number; the year is compared apart.
  const within = (month: number, day: number, hour: number, minute: number, second: number) =>
    ((((month * 32 + day) * 24 + hour) * 60 + minute) * 61 + second) * 1000;
  const written = within(fields.month, fields.day, fields.hour, fields.minute, fields.second);
  const current =
    within(today.getUTCMonth(), today.getUTCDate(), today.getUTCHours(), today.getUTCMinutes(), today.getUTCSeconds()) +
    today.getUTCMilliseconds();
  const after = (yearA: number, withinA: number, yearB: number, withinB: number) =>
    yearA > yearB || (yearA === yearB && withinA > withinB);
  if (after(year, written, nowYear + 50, current)) year -= 100;
  else if (!after(year, written, nowYear - 50, current)) year += 100;
  return year;
}

/** Days from 1970-01-01 to a proleptic Gregorian date, `month` 0 for January (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const shifted = month < 2 ? year - 1 : year;
  const era = Math.floor(shifted / 400);
  const yearOfEra = shifted - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 10) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 1) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month] as number;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** The date as milliseconds since the epoch, or `undefined` if it does not exist or its weekday is wrong. */
function timestampOf(fields: DateFields): number | undefined {
  const { year, month, day, hour, minute, second, weekday } = fields;
  if (day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 60) return undefined;
  const days = daysFromCivil(year, month, day);
  // 1970-01-01 was a Thursday (4).
  if ((((days + 4) % 7) + 7) % 7 !== weekday) return undefined;
  return days * millisecondsPerDay + ((hour * 60 + minute) * 60 + second) * 1000;
}

import type {
  ClientErrorCode,
  InformationalCode,
  KnownStatusCode,
  RedirectCode,
  SuccessCode,
} from "./generated/codes.js";
import type { ConstantNames } from "./generated/constant-names.js";
import type { ReasonPhrases } from "./generated/phrases.js";

/** The class of a status code, named after its first digit (RFC 9110, Section 15). */
export type StatusCategory = "informational" | "success" | "redirect" | "client-error" | "server-error";

/**
 * The class of a known code as a type: `CategoryOf<404>` is `"client-error"`.
 * What `statusInfo(code).category` is typed as.
 */
export type CategoryOf<Code extends KnownStatusCode> = Code extends InformationalCode
  ? "informational"
  : Code extends SuccessCode
    ? "success"
    : Code extends RedirectCode
      ? "redirect"
      : Code extends ClientErrorCode
        ? "client-error"
        : "server-error";

/**
 * How a code stands in the IANA registry and the specs. The package's
 * data/README.md names each code that is not `"standard"`, and why.
 *
 * - `"standard"`: registered and in use.
 * - `"deprecated"`: registered, but its spec says not to use it, or its
 *   spec's successor dropped it.
 * - `"obsoleted"`: registered, but marked obsoleted by IANA.
 * - `"unused"`: registered as "(Unused)", reserved so nobody gives it a new
 *   meaning.
 * - `"temporary"`: a temporary registration for a draft, which expires unless
 *   extended (see `expires`).
 * - `"unofficial"`: not registered at all, but widely seen, and named by
 *   Django REST Framework.
 */
export type Standing = "standard" | "deprecated" | "obsoleted" | "unused" | "temporary" | "unofficial";

/**
 * What a redirect that sends `Location` does to the request method when the
 * client follows it (RFC 9110, Section 15.4).
 *
 * - `"preserves-method"`: the same method and content are sent again.
 * - `"may-change-to-get"`: clients may turn a POST into a GET.
 * - `"changes-to-get"`: the follow-up request is a GET.
 */
export type RedirectKind = "preserves-method" | "may-change-to-get" | "changes-to-get";

/** A section of a spec, with a link to read it. */
export interface SpecReference {
  /** For example `"RFC 9110, Section 15.5.5"`. */
  readonly title: string;
  /** For example `"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"`. */
  readonly url: string;
}

/**
 * Everything statuskit knows about one status code. Returned by
 * `statusInfo(code)` and listed in `allStatuses`; deeply frozen.
 *
 * @example
 * ```ts
 * import { statusInfo } from "statuskit";
 * statusInfo(405)?.headers; // ["Allow"]
 * ```
 */
export interface StatusInfo<Code extends KnownStatusCode = KnownStatusCode> {
  /** The three-digit code, e.g. `404`. */
  readonly code: Code;
  /** The reason phrase, e.g. `"Not Found"` (RFC 9110 wording, as registered with IANA). */
  readonly phrase: ReasonPhrases[Code];
  /** The name of its constant, e.g. `"HTTP_404_NOT_FOUND"` (RFC 9110's wording where the code has two names). */
  readonly constant: ConstantNames[Code];
  /** Other constant names with the same value, e.g. `["HTTP_422_UNPROCESSABLE_ENTITY"]` for 422 (Django REST Framework's names from before RFC 9110). */
  readonly aliases: readonly string[];
  /** Its class, from the first digit. */
  readonly category: CategoryOf<Code>;
  /** One sentence on what it means and when to send it. */
  readonly description: string;
  /** The section of the spec that defines it, or `null` where none does. */
  readonly spec: SpecReference | null;
  /** How it stands in the IANA registry; see {@link Standing}. */
  readonly standing: Standing;
  /**
   * For a temporary registration (`standing: "temporary"`), the date the
   * registry gives for its expiry, as `YYYY-MM-DD`; `null` for every other
   * code. It is the date stated in the registry snapshot statuskit ships
   * (see `registryDate`): once it has passed, the registration has lapsed
   * unless it was extended, so check the live registry.
   */
  readonly expires: string | null;
  /** Whether a cache may store it by default, without explicit freshness information (RFC 9110, Section 15.1; RFC 7725, Section 3). */
  readonly cacheable: boolean;
  /** Whether the response may carry content: false where RFC 9110 (Sections 6.4.1 and 15.3.6) says it never does. */
  readonly content: boolean;
  /** Header fields the spec names for this response: required (`["WWW-Authenticate"]` for 401), recommended (`Location` on redirects), or named as the way to carry its information (`Retry-After` on 429 and 503). */
  readonly headers: readonly string[];
  /** For redirects that send `Location`, what happens to the request method; `null` for every other code. */
  readonly redirect: RedirectKind | null;
  /** Whether the same request may succeed if sent again later (for 421, over a new connection), as its spec says. */
  readonly retryable: boolean;
}

/**
 * The one table: every status code statuskit names, one row each.
 *
 * Constants, reason phrases, lookups, types, the CLI and the docs are all
 * generated from these rows by `scripts/generate.ts` (output in
 * `src/generated/`), and `test/registry-vs-iana.test.ts` holds the rows against
 * the vendored IANA registry in `iana-http-status-codes.csv`.
 *
 * Descriptions are our own words. Everything else is a fact from the spec named
 * in `spec`; see data/README.md for the decisions behind each `standing`.
 */

import type { RedirectKind, Standing } from "../src/types.js";

/**
 * One row: the fields of a `StatusInfo` (documented in src/types.ts) but the
 * category, which the code gives. The spec is written as its title ("RFC 9110,
 * Section 15.5.5", or a draft's name where no one section defines the code;
 * null where no spec does), from which the generator derives the URL. The
 * phrase is IANA's description without annotations, except where
 * data/README.md says why not. Plain strings where `StatusInfo` has literal
 * types: those types are generated from these rows.
 */
export interface StatusRow {
  readonly code: number;
  readonly phrase: string;
  readonly constant: string;
  readonly aliases: readonly string[];
  readonly description: string;
  readonly spec: string | null;
  readonly standing: Standing;
  readonly expires: string | null;
  readonly cacheable: boolean;
  readonly content: boolean;
  readonly headers: readonly string[];
  readonly redirect: RedirectKind | null;
  readonly retryable: boolean;
  /**
   * Other reason phrases that status lines have carried for the code, from
   * earlier specs and from servers and runtimes that still send them (nginx
   * answers `HTTP/1.1 302 Moved Temporarily`); `statusCodeFor` finds them.
   * Only phrases that fold to a different key than the current one are listed.
   */
  readonly formerPhrases?: readonly FormerPhrase[];
  /**
   * The words people use for this code when they describe a situation rather
   * than name it ("rate limited", "throttled" for 429), lower case, in our own
   * words. `statuskit search` matches them; the library never ships them.
   */
  readonly searchWords: readonly string[];
  /**
   * Whether the spec requires the response to carry the header fields in
   * `headers`, rather than only naming them (`Retry-After` on 429 and 503 is
   * optional). statuskit/errors makes an error with such a status take them.
   */
  readonly headersRequired?: true;
}

/** A reason phrase other than the registered one, and where it is written. */
export interface FormerPhrase {
  /** As the source writes it. */
  readonly phrase: string;
  /**
   * The specs, and the published sources of servers and runtimes, that use it:
   * RFC 1945 and RFC 2068, RFC 2616 and RFC 7231 (Section 6.1.1, or 6.1 in RFC
   * 7231); nginx (`src/http/ngx_http_header_filter_module.c`); Apache httpd
   * (`modules/http/http_protocol.c`); Node.js (`http.STATUS_CODES`); CPython
   * (`http.HTTPStatus`, before 3.13 where noted).
   */
  readonly sources: readonly string[];
}

/**
 * The date of the IANA registry snapshot the table is held against
 * (data/iana-http-status-codes.csv): every registry fact in the table,
 * including a temporary registration's `expires`, is as stated on this date.
 */
export const registryDate = "2025-09-15";

const defaults = {
  aliases: [],
  standing: "standard",
  expires: null,
  cacheable: false,
  content: true,
  headers: [],
  redirect: null,
  retryable: false,
} as const;

type RowInput = Pick<StatusRow, "code" | "phrase" | "constant" | "description" | "spec" | "searchWords"> &
  Partial<Omit<StatusRow, "code" | "phrase" | "constant" | "description" | "spec" | "searchWords">>;

const row = (input: RowInput): StatusRow => ({ ...defaults, ...input });

export const statuses: readonly StatusRow[] = [
  // 1xx Informational
  row({
    code: 100,
    phrase: "Continue",
    constant: "HTTP_100_CONTINUE",
    description:
      "The request headers were accepted and the client should go on to send the content it announced with Expect: 100-continue.",
    searchWords: ["expect 100-continue", "send the body now", "go ahead with the upload"],
    spec: "RFC 9110, Section 15.2.1",
    content: false,
  }),
  row({
    code: 101,
    phrase: "Switching Protocols",
    constant: "HTTP_101_SWITCHING_PROTOCOLS",
    description:
      "The server agrees to the client's Upgrade request and will speak the named protocol (such as WebSocket) on this connection right after this response.",
    searchWords: ["websocket", "upgrade the connection", "switch protocol", "h2c"],
    spec: "RFC 9110, Section 15.2.2",
    content: false,
    headers: ["Upgrade"],
  }),
  row({
    code: 102,
    phrase: "Processing",
    constant: "HTTP_102_PROCESSING",
    description:
      "An interim WebDAV response saying a long request is still being worked on, so the client should not time out; RFC 4918 dropped it, and 103 Early Hints is the interim response in use today.",
    searchWords: ["still working", "long webdav request", "keep the client waiting"],
    spec: "RFC 2518, Section 10.1",
    standing: "deprecated",
    content: false,
  }),
  row({
    code: 103,
    phrase: "Early Hints",
    constant: "HTTP_103_EARLY_HINTS",
    description:
      "An interim response that sends Link headers ahead of the final response, so the browser can preload or preconnect while the server is still working.",
    searchWords: ["preload", "preconnect", "link header hints", "early assets"],
    spec: "RFC 8297, Section 2",
    content: false,
    headers: ["Link"],
  }),
  row({
    code: 104,
    phrase: "Upload Resumption Supported",
    constant: "HTTP_104_UPLOAD_RESUMPTION_SUPPORTED",
    description:
      "An interim response telling the client that this upload can be resumed, and where, if the connection breaks; a temporary IANA registration for a draft, which lapses on its expiry date unless it is extended.",
    searchWords: ["resumable upload", "resume an upload", "upload offset"],
    spec: "draft-ietf-httpbis-resumable-upload-05",
    standing: "temporary",
    expires: "2026-11-13",
    content: false,
    headers: ["Location", "Upload-Draft-Interop-Version"],
  }),

  // 2xx Success
  row({
    code: 200,
    phrase: "OK",
    constant: "HTTP_200_OK",
    description: "The request succeeded, and the content is the result the method asks for.",
    searchWords: ["success", "succeeded", "worked", "all good", "everything fine", "normal response"],
    spec: "RFC 9110, Section 15.3.1",
    cacheable: true,
  }),
  row({
    code: 201,
    phrase: "Created",
    constant: "HTTP_201_CREATED",
    description:
      "The request succeeded and created a new resource, identified by the Location header (or by the request URI when there is none).",
    searchWords: [
      "resource created",
      "new record",
      "inserted",
      "new account",
      "signup succeeded",
      "created with location",
    ],
    spec: "RFC 9110, Section 15.3.2",
    headers: ["Location"],
  }),
  row({
    code: 202,
    phrase: "Accepted",
    constant: "HTTP_202_ACCEPTED",
    description:
      "The request was accepted for processing that has not finished yet and may still fail; use it for queued or asynchronous work.",
    searchWords: [
      "queued",
      "background job",
      "async processing",
      "processing later",
      "asynchronous task",
      "will be processed",
    ],
    spec: "RFC 9110, Section 15.3.3",
  }),
  row({
    code: 203,
    phrase: "Non-Authoritative Information",
    constant: "HTTP_203_NON_AUTHORITATIVE_INFORMATION",
    description: "The request succeeded, but a transforming proxy changed the origin server's 200 content on the way.",
    searchWords: ["modified by a proxy", "transformed response", "copy from a mirror"],
    spec: "RFC 9110, Section 15.3.4",
    cacheable: true,
  }),
  row({
    code: 204,
    phrase: "No Content",
    constant: "HTTP_204_NO_CONTENT",
    description:
      "The request succeeded and there is nothing to send back; typical for a PUT or DELETE, and the client stays on its current view.",
    searchWords: ["no body", "empty response", "deleted successfully", "nothing to return", "saved without content"],
    spec: "RFC 9110, Section 15.3.5",
    cacheable: true,
    content: false,
  }),
  row({
    code: 205,
    phrase: "Reset Content",
    constant: "HTTP_205_RESET_CONTENT",
    description:
      "The request succeeded and the client should reset the view that sent it, such as clearing a submitted form.",
    searchWords: ["clear the form", "reset the view", "reset document"],
    spec: "RFC 9110, Section 15.3.6",
    content: false,
  }),
  row({
    code: 206,
    phrase: "Partial Content",
    constant: "HTTP_206_PARTIAL_CONTENT",
    description:
      "The server is sending only the byte ranges the Range header asked for, described by Content-Range (or a multipart/byteranges body).",
    searchWords: ["byte range", "range request", "resume a download", "partial download", "video streaming chunk"],
    spec: "RFC 9110, Section 15.3.7",
    cacheable: true,
    headers: ["Content-Range"],
  }),
  row({
    code: 207,
    phrase: "Multi-Status",
    constant: "HTTP_207_MULTI_STATUS",
    description:
      "A WebDAV response whose XML body carries a separate status for each of several resources the request touched.",
    searchWords: ["webdav results", "several statuses", "batch result"],
    spec: "RFC 4918, Section 11.1",
  }),
  row({
    code: 208,
    phrase: "Already Reported",
    constant: "HTTP_208_ALREADY_REPORTED",
    description:
      "Used inside a WebDAV multistatus body to say a resource's members were already listed earlier, so bindings are not enumerated twice.",
    searchWords: ["already listed", "webdav binding repeated"],
    spec: "RFC 5842, Section 7.1",
  }),
  row({
    code: 226,
    phrase: "IM Used",
    constant: "HTTP_226_IM_USED",
    description:
      "The server answered a GET with the result of instance manipulations (such as a delta) applied to the current instance, as named in the IM header.",
    searchWords: ["delta encoding", "instance manipulation", "diff of the resource"],
    spec: "RFC 3229, Section 10.4.1",
    headers: ["ETag", "IM"],
  }),

  // 3xx Redirection
  row({
    code: 300,
    phrase: "Multiple Choices",
    constant: "HTTP_300_MULTIPLE_CHOICES",
    description:
      "The resource has several representations and the client should choose one; a preferred choice can be named in Location.",
    searchWords: ["choose a representation", "several options", "pick a format"],
    spec: "RFC 9110, Section 15.4.1",
    cacheable: true,
    headers: ["Location"],
  }),
  row({
    code: 301,
    phrase: "Moved Permanently",
    constant: "HTTP_301_MOVED_PERMANENTLY",
    description:
      "The resource has a new permanent URI, given in Location; clients may turn a POST into a GET when following it, so prefer 308 to keep the method.",
    searchWords: [
      "permanent redirect",
      "moved forever",
      "url changed for good",
      "domain moved",
      "seo redirect",
      "redirect",
    ],
    spec: "RFC 9110, Section 15.4.2",
    cacheable: true,
    headers: ["Location"],
    redirect: "may-change-to-get",
  }),
  row({
    code: 302,
    phrase: "Found",
    formerPhrases: [{ phrase: "Moved Temporarily", sources: ["RFC 1945", "RFC 2068", "nginx"] }],
    constant: "HTTP_302_FOUND",
    description:
      "The resource is temporarily at the URI in Location; clients may turn a POST into a GET when following it, so prefer 307 or 303 to say which you mean.",
    searchWords: ["temporary redirect", "redirect", "login redirect", "moved temporarily"],
    spec: "RFC 9110, Section 15.4.3",
    headers: ["Location"],
    redirect: "may-change-to-get",
  }),
  row({
    code: 303,
    phrase: "See Other",
    constant: "HTTP_303_SEE_OTHER",
    description:
      "The result is at another URI, to be fetched with GET; the usual answer to a form POST (post/redirect/get).",
    searchWords: ["redirect after post", "post redirect get", "form submitted", "redirect to result page"],
    spec: "RFC 9110, Section 15.4.4",
    headers: ["Location"],
    redirect: "changes-to-get",
  }),
  row({
    code: 304,
    phrase: "Not Modified",
    constant: "HTTP_304_NOT_MODIFIED",
    description:
      "A conditional GET or HEAD found the client's cached copy still current, so it is sent no content and should use that copy.",
    searchWords: [
      "cached copy",
      "cache hit",
      "etag matched",
      "unchanged",
      "if-none-match",
      "not changed since",
      "still fresh",
    ],
    spec: "RFC 9110, Section 15.4.5",
    content: false,
    headers: ["Cache-Control", "Content-Location", "Date", "ETag", "Expires", "Vary"],
  }),
  row({
    code: 305,
    phrase: "Use Proxy",
    constant: "HTTP_305_USE_PROXY",
    description:
      "Once told the client to repeat the request through a proxy; deprecated for security reasons, never send it.",
    searchWords: ["must use a proxy"],
    spec: "RFC 9110, Section 15.4.6",
    standing: "deprecated",
  }),
  row({
    code: 306,
    phrase: "(Unused)",
    constant: "HTTP_306_RESERVED",
    description: "Reserved: it was used in an earlier draft of the spec and is no longer used.",
    searchWords: ["switch proxy"],
    spec: "RFC 9110, Section 15.4.7",
    standing: "unused",
  }),
  row({
    code: 307,
    phrase: "Temporary Redirect",
    constant: "HTTP_307_TEMPORARY_REDIRECT",
    description:
      "The resource is temporarily at the URI in Location, and the client must repeat the same method and content there.",
    searchWords: ["temporary redirect", "redirect keeping the method", "repeat the post elsewhere", "hsts redirect"],
    spec: "RFC 9110, Section 15.4.8",
    headers: ["Location"],
    redirect: "preserves-method",
  }),
  row({
    code: 308,
    phrase: "Permanent Redirect",
    constant: "HTTP_308_PERMANENT_REDIRECT",
    description:
      "The resource has a new permanent URI, given in Location, and the client must repeat the same method and content there.",
    searchWords: ["permanent redirect", "redirect keeping the method", "moved for good keep post"],
    spec: "RFC 9110, Section 15.4.9",
    cacheable: true,
    headers: ["Location"],
    redirect: "preserves-method",
  }),

  // 4xx Client Error
  row({
    code: 400,
    phrase: "Bad Request",
    constant: "HTTP_400_BAD_REQUEST",
    description:
      "The server will not process the request because of a client error, such as malformed syntax or invalid framing.",
    searchWords: [
      "bad input",
      "malformed json",
      "invalid request",
      "validation",
      "syntax error",
      "missing parameter",
      "invalid parameter",
      "parse error",
      "invalid json",
      "wrong format",
      "bad data",
      "required field missing",
    ],
    spec: "RFC 9110, Section 15.5.1",
  }),
  row({
    code: 401,
    phrase: "Unauthorized",
    constant: "HTTP_401_UNAUTHORIZED",
    description: "The request lacks valid credentials; the response must say how to authenticate in WWW-Authenticate.",
    searchWords: [
      "login",
      "log in",
      "not logged in",
      "unauthenticated",
      "authentication required",
      "token expired",
      "invalid token",
      "missing token",
      "bad credentials",
      "wrong password",
      "invalid api key",
      "missing api key",
      "session expired",
      "sign in",
      "auth",
      "jwt expired",
      "no credentials",
      "bearer token",
    ],
    spec: "RFC 9110, Section 15.5.2",
    headers: ["WWW-Authenticate"],
    headersRequired: true, // RFC 9110, Section 15.5.2: "MUST send"
  }),
  row({
    code: 402,
    phrase: "Payment Required",
    constant: "HTTP_402_PAYMENT_REQUIRED",
    description: "Reserved for future use; some APIs send it when a plan or payment is needed.",
    searchWords: [
      "payment",
      "pay first",
      "subscription expired",
      "billing",
      "card declined",
      "upgrade your plan",
      "paywall",
      "trial ended",
    ],
    spec: "RFC 9110, Section 15.5.3",
  }),
  row({
    code: 403,
    phrase: "Forbidden",
    constant: "HTTP_403_FORBIDDEN",
    description: "The server understood the request but refuses it, and new credentials will not help (unlike 401).",
    searchWords: [
      "no permission",
      "lacks permission",
      "permission denied",
      "access denied",
      "not allowed",
      "insufficient permissions",
      "not authorized",
      "admin only",
      "wrong role",
      "csrf",
      "ip blocked",
      "banned",
      "authorization failed",
      "authenticated but not allowed",
    ],
    spec: "RFC 9110, Section 15.5.4",
  }),
  row({
    code: 404,
    phrase: "Not Found",
    constant: "HTTP_404_NOT_FOUND",
    description: "The server has no current representation for the target URI, or will not say that one exists.",
    searchWords: [
      "missing",
      "does not exist",
      "doesnt exist",
      "no such",
      "unknown url",
      "route not found",
      "broken link",
      "wrong url",
      "record not found",
      "no such user",
      "dead link",
      "nothing here",
      "page missing",
    ],
    spec: "RFC 9110, Section 15.5.5",
    cacheable: true,
  }),
  row({
    code: 405,
    phrase: "Method Not Allowed",
    formerPhrases: [{ phrase: "Not Allowed", sources: ["nginx"] }],
    constant: "HTTP_405_METHOD_NOT_ALLOWED",
    description:
      "The resource exists but does not support this method; the response must list the methods it does support in Allow.",
    searchWords: [
      "wrong method",
      "method not supported",
      "post not allowed",
      "get not allowed",
      "wrong http verb",
      "verb not allowed",
    ],
    spec: "RFC 9110, Section 15.5.6",
    cacheable: true,
    headers: ["Allow"],
    headersRequired: true, // RFC 9110, Section 15.5.6: "MUST send"
  }),
  row({
    code: 406,
    phrase: "Not Acceptable",
    constant: "HTTP_406_NOT_ACCEPTABLE",
    description:
      "No representation matches what the client's Accept headers ask for, and the server will not send a default.",
    searchWords: ["content negotiation", "accept header", "cannot produce the format", "unsupported accept"],
    spec: "RFC 9110, Section 15.5.7",
  }),
  row({
    code: 407,
    phrase: "Proxy Authentication Required",
    constant: "HTTP_407_PROXY_AUTHENTICATION_REQUIRED",
    description:
      "Like 401, but the client must first authenticate with the proxy, which says how in Proxy-Authenticate.",
    searchWords: ["proxy login", "proxy authentication", "proxy password", "proxy credentials", "corporate proxy"],
    spec: "RFC 9110, Section 15.5.8",
    headers: ["Proxy-Authenticate"],
    headersRequired: true, // RFC 9110, Section 15.5.8: "MUST send"
  }),
  row({
    code: 408,
    phrase: "Request Timeout",
    formerPhrases: [{ phrase: "Request Time-out", sources: ["RFC 2068", "RFC 2616", "nginx"] }],
    constant: "HTTP_408_REQUEST_TIMEOUT",
    description:
      "The server gave up waiting for the client to finish sending the request and is closing the connection; the client may send it again.",
    searchWords: [
      "client too slow",
      "client timed out",
      "idle connection",
      "client timeout",
      "slow client",
      "request took too long to arrive",
    ],
    spec: "RFC 9110, Section 15.5.9",
    retryable: true,
  }),
  row({
    code: 409,
    phrase: "Conflict",
    constant: "HTTP_409_CONFLICT",
    description:
      "The request conflicts with the resource's current state, such as an edit based on an outdated version; the client may resolve it and retry.",
    searchWords: [
      "already exists",
      "duplicate",
      "edit conflict",
      "version conflict",
      "username taken",
      "email already registered",
      "concurrent update",
      "state conflict",
      "unique constraint",
    ],
    spec: "RFC 9110, Section 15.5.10",
  }),
  row({
    code: 410,
    phrase: "Gone",
    constant: "HTTP_410_GONE",
    description: "The resource was deliberately removed and will not come back; clients should drop links to it.",
    searchWords: [
      "deleted forever",
      "permanently removed",
      "no longer available",
      "removed endpoint",
      "retired api",
      "sunset",
      "will not come back",
    ],
    spec: "RFC 9110, Section 15.5.11",
    cacheable: true,
  }),
  row({
    code: 411,
    phrase: "Length Required",
    constant: "HTTP_411_LENGTH_REQUIRED",
    description: "The server refuses a request whose content has no Content-Length.",
    searchWords: ["content-length missing", "missing length", "length header required"],
    spec: "RFC 9110, Section 15.5.12",
  }),
  row({
    code: 412,
    phrase: "Precondition Failed",
    constant: "HTTP_412_PRECONDITION_FAILED",
    description:
      "A condition in the request headers (If-Match, If-Unmodified-Since, ...) was false, so the method was not applied.",
    searchWords: [
      "etag mismatch",
      "if-match failed",
      "stale version",
      "optimistic locking",
      "lost update",
      "changed by someone else",
    ],
    spec: "RFC 9110, Section 15.5.13",
  }),
  row({
    code: 413,
    phrase: "Content Too Large",
    formerPhrases: [
      {
        phrase: "Request Entity Too Large",
        sources: ["RFC 2068", "RFC 2616", "nginx", "Apache httpd", "CPython before 3.13"],
      },
      { phrase: "Payload Too Large", sources: ["RFC 7231", "Node.js"] },
    ],
    constant: "HTTP_413_CONTENT_TOO_LARGE",
    aliases: ["HTTP_413_REQUEST_ENTITY_TOO_LARGE"],
    description:
      "The request content is larger than the server will process; if the limit is temporary, Retry-After says when to try again.",
    searchWords: [
      "upload too big",
      "file too large",
      "body too big",
      "request too large",
      "payload too large",
      "max upload size",
      "entity too large",
      "attachment too big",
      "file size limit",
    ],
    spec: "RFC 9110, Section 15.5.14",
    headers: ["Retry-After"],
  }),
  row({
    code: 414,
    phrase: "URI Too Long",
    formerPhrases: [
      { phrase: "Request-URI Too Large", sources: ["RFC 2068", "RFC 2616", "nginx"] },
      { phrase: "Request-URI Too Long", sources: ["Apache httpd", "CPython before 3.13"] },
    ],
    constant: "HTTP_414_URI_TOO_LONG",
    aliases: ["HTTP_414_REQUEST_URI_TOO_LONG"],
    description: "The target URI is longer than the server will interpret, often a GET that should have been a POST.",
    searchWords: ["url too long", "query string too long", "uri too long", "long url"],
    spec: "RFC 9110, Section 15.5.15",
    cacheable: true,
  }),
  row({
    code: 415,
    phrase: "Unsupported Media Type",
    constant: "HTTP_415_UNSUPPORTED_MEDIA_TYPE",
    description:
      "The content's media type or content coding is not supported for this method and resource; Accept or Accept-Encoding can say what is.",
    searchWords: [
      "wrong content type",
      "unsupported format",
      "unsupported media",
      "content-type header",
      "wrong mime type",
      "expects json",
      "sent xml",
    ],
    spec: "RFC 9110, Section 15.5.16",
    headers: ["Accept", "Accept-Encoding"],
  }),
  row({
    code: 416,
    phrase: "Range Not Satisfiable",
    formerPhrases: [
      {
        phrase: "Requested Range Not Satisfiable",
        sources: ["RFC 2616", "nginx", "Apache httpd", "CPython before 3.13"],
      },
    ],
    constant: "HTTP_416_RANGE_NOT_SATISFIABLE",
    aliases: ["HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE"],
    description:
      "None of the requested byte ranges overlap the representation; Content-Range gives its current length.",
    searchWords: ["range not satisfiable", "invalid range", "range past end of file", "bad range"],
    spec: "RFC 9110, Section 15.5.17",
    headers: ["Content-Range"],
    headersRequired: true, // RFC 9110, Section 15.5.17: "MUST send"
  }),
  row({
    code: 417,
    phrase: "Expectation Failed",
    constant: "HTTP_417_EXPECTATION_FAILED",
    description: "The server cannot meet the request's Expect header.",
    searchWords: ["expect header failed", "cannot meet the expectation"],
    spec: "RFC 9110, Section 15.5.18",
  }),
  row({
    code: 418,
    phrase: "I'm a teapot",
    formerPhrases: [{ phrase: "I'm a Teapot", sources: ["Node.js", "CPython"] }],
    constant: "HTTP_418_IM_A_TEAPOT",
    description:
      "The HTCPCP joke from RFC 2324: a teapot refusing to brew coffee; RFC 9110 reserves the code (IANA lists it as unused) because it is deployed, so do not give it a real meaning.",
    searchWords: ["teapot", "coffee", "joke", "easter egg", "april fools"],
    spec: "RFC 9110, Section 15.5.19",
    standing: "unused",
  }),
  row({
    code: 421,
    phrase: "Misdirected Request",
    constant: "HTTP_421_MISDIRECTED_REQUEST",
    description:
      "The request reached a server that cannot answer for this target URI, often through a reused connection; the client may retry on a new connection.",
    searchWords: ["wrong server", "misdirected", "connection reused for another host", "sni mismatch"],
    spec: "RFC 9110, Section 15.5.20",
    retryable: true,
  }),
  row({
    code: 422,
    phrase: "Unprocessable Content",
    formerPhrases: [{ phrase: "Unprocessable Entity", sources: ["Apache httpd", "Node.js", "CPython before 3.13"] }],
    constant: "HTTP_422_UNPROCESSABLE_CONTENT",
    aliases: ["HTTP_422_UNPROCESSABLE_ENTITY"],
    description:
      "The content is well formed and of a supported type, but its instructions cannot be followed, such as failed validation.",
    searchWords: [
      "validation",
      "validation error",
      "invalid field",
      "semantic error",
      "form errors",
      "invalid input",
      "business rule",
      "unprocessable",
      "schema validation failed",
      "invalid value",
      "invalid email",
    ],
    spec: "RFC 9110, Section 15.5.21",
  }),
  row({
    code: 423,
    phrase: "Locked",
    constant: "HTTP_423_LOCKED",
    description: "The WebDAV resource is locked, so the method cannot be applied to it.",
    searchWords: ["locked", "file locked", "resource locked", "webdav lock"],
    spec: "RFC 4918, Section 11.3",
  }),
  row({
    code: 424,
    phrase: "Failed Dependency",
    constant: "HTTP_424_FAILED_DEPENDENCY",
    description: "The method could not be applied because another action it depended on failed (WebDAV).",
    searchWords: ["dependency failed", "previous operation failed"],
    spec: "RFC 4918, Section 11.4",
  }),
  row({
    code: 425,
    phrase: "Too Early",
    constant: "HTTP_425_TOO_EARLY",
    description:
      "The server will not risk processing a request sent in TLS early data, which could be replayed; the client should retry after the handshake.",
    searchWords: ["replay", "early data", "0-rtt", "tls early data"],
    spec: "RFC 8470, Section 5.2",
    retryable: true,
  }),
  row({
    code: 426,
    phrase: "Upgrade Required",
    constant: "HTTP_426_UPGRADE_REQUIRED",
    description:
      "The server refuses the request over this protocol; the Upgrade header names the protocols it requires.",
    searchWords: ["upgrade required", "use https", "newer protocol", "tls required", "client must upgrade"],
    spec: "RFC 9110, Section 15.5.22",
    headers: ["Upgrade"],
    headersRequired: true, // RFC 9110, Section 15.5.22: "MUST send"
  }),
  row({
    code: 428,
    phrase: "Precondition Required",
    constant: "HTTP_428_PRECONDITION_REQUIRED",
    description: "The server requires the request to be conditional (such as If-Match), to prevent lost updates.",
    searchWords: [
      "precondition required",
      "must send if-match",
      "conditional request required",
      "prevent lost updates",
    ],
    spec: "RFC 6585, Section 3",
  }),
  row({
    code: 429,
    phrase: "Too Many Requests",
    constant: "HTTP_429_TOO_MANY_REQUESTS",
    description:
      "The client sent too many requests in a given time (rate limiting); Retry-After may say how long to wait.",
    searchWords: [
      "rate limit",
      "rate limited",
      "throttled",
      "throttling",
      "too many",
      "quota exceeded",
      "slow down",
      "spam",
      "requests per minute",
      "api limit",
      "backoff",
      "limit reached",
      "flood",
      "too many attempts",
    ],
    spec: "RFC 6585, Section 4",
    headers: ["Retry-After"],
    retryable: true,
  }),
  row({
    code: 431,
    phrase: "Request Header Fields Too Large",
    constant: "HTTP_431_REQUEST_HEADER_FIELDS_TOO_LARGE",
    description: "The server refuses the request because one header field, or all of them together, is too large.",
    searchWords: ["headers too large", "cookie too big", "header too long", "too many cookies", "large cookies"],
    spec: "RFC 6585, Section 5",
  }),
  row({
    code: 451,
    phrase: "Unavailable For Legal Reasons",
    constant: "HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS",
    description:
      "The server is denying access because of a legal demand, such as a court order or government censorship, and can name the blocking party in a Link header.",
    searchWords: [
      "censored",
      "legal",
      "blocked by law",
      "court order",
      "government",
      "dmca",
      "takedown",
      "unavailable in this country",
      "sanctions",
    ],
    spec: "RFC 7725, Section 3",
    cacheable: true,
    headers: ["Link"],
  }),

  // 5xx Server Error
  row({
    code: 500,
    phrase: "Internal Server Error",
    constant: "HTTP_500_INTERNAL_SERVER_ERROR",
    description: "The server hit an unexpected condition that kept it from fulfilling the request.",
    searchWords: [
      "server error",
      "crash",
      "exception",
      "bug",
      "unexpected error",
      "something went wrong",
      "internal error",
      "unhandled exception",
      "stack trace",
      "server crashed",
      "null pointer",
      "database error",
    ],
    spec: "RFC 9110, Section 15.6.1",
  }),
  row({
    code: 501,
    phrase: "Not Implemented",
    constant: "HTTP_501_NOT_IMPLEMENTED",
    description: "The server does not support the functionality the request needs, such as an unknown method.",
    searchWords: ["not implemented", "unsupported method", "feature missing", "not supported yet", "not built yet"],
    spec: "RFC 9110, Section 15.6.2",
    cacheable: true,
  }),
  row({
    code: 502,
    phrase: "Bad Gateway",
    constant: "HTTP_502_BAD_GATEWAY",
    description: "A gateway or proxy got an invalid response from the upstream server it called.",
    searchWords: [
      "upstream error",
      "proxy error",
      "backend down",
      "invalid upstream response",
      "upstream crashed",
      "load balancer error",
      "origin error",
      "upstream",
    ],
    spec: "RFC 9110, Section 15.6.3",
    retryable: true,
  }),
  row({
    code: 503,
    phrase: "Service Unavailable",
    formerPhrases: [{ phrase: "Service Temporarily Unavailable", sources: ["nginx"] }],
    constant: "HTTP_503_SERVICE_UNAVAILABLE",
    description:
      "The server cannot handle the request right now, through overload or maintenance; Retry-After may say when to come back.",
    searchWords: [
      "down",
      "maintenance",
      "overloaded",
      "unavailable",
      "server busy",
      "temporarily unavailable",
      "outage",
      "over capacity",
      "scheduled downtime",
      "try again later",
      "service down",
      "not ready",
      "starting up",
      "database unavailable",
    ],
    spec: "RFC 9110, Section 15.6.4",
    headers: ["Retry-After"],
    retryable: true,
  }),
  row({
    code: 504,
    phrase: "Gateway Timeout",
    formerPhrases: [{ phrase: "Gateway Time-out", sources: ["RFC 2068", "RFC 2616", "nginx"] }],
    constant: "HTTP_504_GATEWAY_TIMEOUT",
    description: "A gateway or proxy did not get a response from the upstream server in time.",
    searchWords: [
      "upstream timeout",
      "proxy timeout",
      "backend too slow",
      "timed out",
      "timeout",
      "upstream did not respond",
      "upstream timed out",
    ],
    spec: "RFC 9110, Section 15.6.5",
    retryable: true,
  }),
  row({
    code: 505,
    phrase: "HTTP Version Not Supported",
    constant: "HTTP_505_HTTP_VERSION_NOT_SUPPORTED",
    description: "The server does not support the major HTTP version the request used.",
    searchWords: ["http version", "unsupported protocol version", "http/2 not supported"],
    spec: "RFC 9110, Section 15.6.6",
  }),
  row({
    code: 506,
    phrase: "Variant Also Negotiates",
    constant: "HTTP_506_VARIANT_ALSO_NEGOTIATES",
    description:
      "Transparent content negotiation is misconfigured: the chosen variant is itself set up to negotiate, making a loop.",
    searchWords: ["negotiation loop", "variant misconfigured"],
    spec: "RFC 2295, Section 8.1",
  }),
  row({
    code: 507,
    phrase: "Insufficient Storage",
    constant: "HTTP_507_INSUFFICIENT_STORAGE",
    description:
      "The server cannot store what the request needs to complete it (WebDAV); the spec treats this as temporary.",
    searchWords: ["disk full", "out of space", "storage full", "no space left", "storage quota"],
    spec: "RFC 4918, Section 11.5",
    retryable: true,
  }),
  row({
    code: 508,
    phrase: "Loop Detected",
    constant: "HTTP_508_LOOP_DETECTED",
    description: "The server stopped a WebDAV operation with Depth: infinity because it ran into a loop of bindings.",
    searchWords: ["infinite loop", "loop", "cycle", "binding loop"],
    spec: "RFC 5842, Section 7.2",
  }),
  row({
    code: 509,
    phrase: "Bandwidth Limit Exceeded",
    constant: "HTTP_509_BANDWIDTH_LIMIT_EXCEEDED",
    description:
      "Not a registered code: sent by some hosting control panels (cPanel) and Apache bandwidth modules when a site exceeds its traffic allowance; kept because DRF has it.",
    searchWords: ["bandwidth exceeded", "traffic limit", "hosting limit", "bandwidth"],
    spec: null,
    standing: "unofficial",
  }),
  row({
    code: 510,
    phrase: "Not Extended",
    constant: "HTTP_510_NOT_EXTENDED",
    description:
      "The request did not meet the policy of the HTTP Extension Framework it used; obsoleted, since that framework is now historic.",
    searchWords: ["extension required", "extension framework"],
    spec: "RFC 2774, Section 7",
    standing: "obsoleted",
  }),
  row({
    code: 511,
    phrase: "Network Authentication Required",
    constant: "HTTP_511_NETWORK_AUTHENTICATION_REQUIRED",
    description:
      "An intercepting network (such as a captive portal on public Wi-Fi) requires the client to log in before it gets access.",
    searchWords: ["captive portal", "wifi login", "hotel wifi", "network login", "airport wifi", "hotspot"],
    spec: "RFC 6585, Section 6",
  }),
];

/**
 * The unofficial table: status codes seen in the wild that no standard
 * registers, one row per meaning, ordered by code (a code may have several).
 *
 * `scripts/generate.ts` writes the runtime table of `statuskit/unofficial`
 * (`src/generated/unofficial-statuses.ts`) from these rows. Code, phrase,
 * origin, confidence and note come from vendor documentation and server
 * sources (data/README.md says where and when); descriptions are our own words.
 */

import type { Confidence } from "../src/unofficial/types.js";

/** One unofficial meaning: the fields of an `UnofficialStatus` (documented in src/unofficial/types.ts) but the category, which the code gives. */
export interface UnofficialRow {
  readonly code: number;
  readonly phrase: string;
  readonly origin: string;
  readonly confidence: Confidence;
  readonly note: string;
  readonly description: string;
}

export const unofficialRows: readonly UnofficialRow[] = [
  {
    code: 218,
    phrase: "This is fine",
    origin: "Attributed to Apache HTTP Server (ProxyErrorOverride) - attribution NOT verifiable",
    confidence: "low",
    note: "Folklore code; no implementation found in Apache httpd source.",
    description:
      "Listed in many places as Apache's way of passing an upstream error page through with a success code; no such code exists in Apache httpd's source, so a 218 you meet is most likely a site's own invention.",
  },
  {
    code: 419,
    phrase: "Page Expired",
    origin: "Laravel (CSRF TokenMismatchException)",
    confidence: "high",
    note: "IANA: unassigned (419-420). 'Page Expired' is the title of Laravel's bundled 419 error view.",
    description:
      "Laravel refused a form submission because its CSRF token is missing or no longer matches the session, usually because the page stayed open until the session expired; reloading the page gets a fresh token.",
  },
  {
    code: 420,
    phrase: "Enhance Your Calm",
    origin: "Twitter API v1 (Search & Trends rate limiting)",
    confidence: "high",
    note: "IANA: unassigned. Successor standard code: 429.",
    description:
      "The old Twitter API told a client it was being rate limited on search and trends; the registered 429 Too Many Requests means the same and replaced it.",
  },
  {
    code: 430,
    phrase: "Shopify Security Rejection",
    origin: "Shopify",
    confidence: "medium",
    note: "Shopify's published list of response codes does not show 430; IANA: unassigned.",
    description:
      "Reported as Shopify's answer to a request its security checks judged harmful or abusive; Shopify's published list of response codes does not show it, so treat the attribution with care.",
  },
  {
    code: 440,
    phrase: "Login Time-out",
    origin: "Microsoft IIS / Exchange Outlook Web Access",
    confidence: "high",
    note: "Spelling varies: 'Login Time-out' (common lists) vs 'Login Timeout' (Microsoft KB).",
    description: "Outlook Web Access (on IIS) says the user's session has timed out and they must sign in again.",
  },
  {
    code: 444,
    phrase: "No Response",
    origin: "nginx",
    confidence: "high",
    note: "Phrase 'No Response' is the conventional name; nginx source only names it NGX_HTTP_CLOSE.",
    description:
      "Never reaches the client: `return 444;` makes nginx close the connection without sending anything, a way to drop unwanted requests, and the code only appears in nginx's access log.",
  },
  {
    code: 449,
    phrase: "Retry With",
    origin: "Microsoft (IIS / WebDAV extensions; Exchange ActiveSync)",
    confidence: "high",
    note: "Microsoft's own spec is inconsistent: section title 'Retry With', ABNF reason phrase 'Reply With'.",
    description:
      "A Microsoft extension asking the client to send the request again with the information the response says is missing.",
  },
  {
    // Not in the reference list (data/README.md); the note names its source.
    code: 451,
    phrase: "Redirect",
    origin: "Microsoft Exchange ActiveSync (IIS)",
    confidence: "high",
    note: "Defined in Microsoft's [MS-ASHTTP] section 3.1.5.2.2; collides with the registered 451 Unavailable For Legal Reasons (RFC 7725).",
    description:
      "Exchange ActiveSync tells a mobile device that another server is better placed to reach the user's mailbox, naming it in the X-MS-Location header; nothing to do with the registered 451.",
  },
  {
    code: 460,
    phrase: "Client Closed Connection (AWS ALB)",
    origin: "AWS Elastic Load Balancing (Application Load Balancer)",
    confidence: "high",
    note: "AWS gives no reason phrase; name here is descriptive.",
    description:
      "An Application Load Balancer logs it when the client closed the connection before the load balancer answered, often because the client's own timeout is shorter than the target's response time.",
  },
  {
    code: 463,
    phrase: "Too Many X-Forwarded-For Addresses (AWS ALB)",
    origin: "AWS Elastic Load Balancing (Application Load Balancer)",
    confidence: "high",
    note: "AWS gives no reason phrase.",
    description:
      "An Application Load Balancer rejected a request whose X-Forwarded-For header lists more IP addresses than it accepts (30).",
  },
  {
    code: 464,
    phrase: "Incompatible Protocol Version (AWS ALB)",
    origin: "AWS Elastic Load Balancing (Application Load Balancer)",
    confidence: "high",
    note: "AWS gives no reason phrase.",
    description:
      "An Application Load Balancer got a request in a protocol version its target group is not configured for, such as HTTP/1.1 to a gRPC or HTTP/2 target group.",
  },
  {
    code: 494,
    phrase: "Request Header Too Large",
    origin: "nginx",
    confidence: "high",
    note: "",
    description:
      "nginx's internal code for a request header larger than its buffers allow; the client is sent 400 Bad Request, but `error_page 494` can catch it.",
  },
  {
    code: 495,
    phrase: "SSL Certificate Error",
    origin: "nginx",
    confidence: "high",
    note: "",
    description:
      "nginx's internal code for a client certificate that failed verification; the client is sent 400 Bad Request, but `error_page 495` can catch it.",
  },
  {
    code: 496,
    phrase: "SSL Certificate Required",
    origin: "nginx",
    confidence: "high",
    note: "",
    description:
      "nginx's internal code for a client that sent no certificate where one is required; the client is sent 400 Bad Request, but `error_page 496` can catch it.",
  },
  {
    code: 497,
    phrase: "HTTP Request Sent to HTTPS Port",
    origin: "nginx",
    confidence: "high",
    note: "",
    description:
      "nginx's internal code for plain HTTP sent to a port that expects TLS; the client is sent 400 Bad Request, and `error_page 497` is the usual way to redirect it to https.",
  },
  {
    code: 499,
    phrase: "Client Closed Request",
    origin: "nginx",
    confidence: "high",
    note: "",
    description:
      "nginx logs it when the client closed the connection before a response was ready, typically a client timeout while nginx waited on a slow upstream; nothing reaches the client.",
  },
  {
    code: 509,
    phrase: "Bandwidth Limit Exceeded",
    origin: "cPanel / Apache third-party bandwidth modules (NOT Apache httpd core)",
    confidence: "high",
    note: "IANA: 509 is explicitly Unassigned.",
    description:
      "The hosting account has used up the bandwidth its plan allows for the period, so the site is switched off until the period resets or the limit is raised.",
  },
  {
    code: 520,
    phrase: "Web Server Returned an Unknown Error",
    origin: "Cloudflare",
    confidence: "high",
    note: "",
    description: "Cloudflare got an empty, unknown or malformed response from the origin server.",
  },
  {
    code: 521,
    phrase: "Web Server Is Down",
    origin: "Cloudflare",
    confidence: "high",
    note: "",
    description:
      "The origin server refused Cloudflare's connection: it is down, or a firewall is blocking Cloudflare's addresses.",
  },
  {
    code: 522,
    phrase: "Connection Timed Out",
    origin: "Cloudflare",
    confidence: "high",
    note: "",
    description:
      "Cloudflare timed out connecting to the origin server: the TCP handshake never completed, or the origin accepted the connection but did not answer in time.",
  },
  {
    code: 523,
    phrase: "Origin Is Unreachable",
    origin: "Cloudflare",
    confidence: "high",
    note: "",
    description:
      "Cloudflare could not find a route to the origin server, often because its DNS record points to the wrong address.",
  },
  {
    code: 524,
    phrase: "A Timeout Occurred",
    origin: "Cloudflare",
    confidence: "high",
    note: "",
    description:
      "Cloudflare connected to the origin server, but no HTTP response came back before Cloudflare's timeout (100 seconds by default).",
  },
  {
    code: 525,
    phrase: "SSL Handshake Failed",
    origin: "Cloudflare",
    confidence: "high",
    note: "",
    description: "The TLS handshake between Cloudflare and the origin server failed.",
  },
  {
    code: 526,
    phrase: "Invalid SSL Certificate",
    origin: "Cloudflare",
    confidence: "high",
    note: "",
    description:
      "Cloudflare could not validate the origin server's certificate, which it requires when set to check it (SSL mode Full (strict)).",
  },
  {
    code: 527,
    phrase: "Railgun Error",
    origin: "Cloudflare (legacy Railgun product)",
    confidence: "medium",
    note: "Legacy; Railgun discontinued. Treat as historical.",
    description:
      "The connection between Cloudflare and the origin's Railgun listener failed; Railgun has been retired, so this is only seen in old logs.",
  },
  {
    code: 530,
    phrase: "Origin DNS Error (Cloudflare 1XXX in body)",
    origin: "Cloudflare",
    confidence: "high",
    note: "Cloudflare's doc titles it just 'Error 530'.",
    description:
      "Sent together with a Cloudflare 1xxx error in the page, which names the actual problem (often that the origin's host name does not resolve).",
  },
  {
    code: 561,
    phrase: "Unauthorized (AWS ALB)",
    origin: "AWS Elastic Load Balancing (Application Load Balancer)",
    confidence: "high",
    note: "",
    description:
      "An Application Load Balancer set up to authenticate users got an error from the identity provider while signing the user in.",
  },
  {
    code: 598,
    phrase: "Network Read Timeout Error",
    origin: "Some HTTP proxies (origin not authoritatively sourced)",
    confidence: "low",
    note: "",
    description:
      "Used by some proxies to say that reading the upstream's response timed out; no product is known to define it, and 504 Gateway Timeout is the registered code for this.",
  },
  {
    code: 599,
    phrase: "Network Connect Timeout Error",
    origin: "Some HTTP proxies (origin not authoritatively sourced)",
    confidence: "low",
    note: "",
    description:
      "Used by some proxies to say that connecting to the upstream timed out; no product is known to define it, and 504 Gateway Timeout is the registered code for this.",
  },
];

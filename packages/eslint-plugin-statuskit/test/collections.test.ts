import { noBareStatusCode } from "../src/rules/no-bare-status-code.js";
import { checkAllPasses, type PassesCase } from "./fix-passes.js";
import { ruleTester } from "./rule-tester.js";

const imported = (names: string) => `import { ${names} } from "statuskit";\n`;

/** One invalid case with one status literal in a collection. */
function fixes(name: string, code: string, output: string, constant: string) {
  return { name, code, output: `${imported(constant)}${output}`, errors: [{ messageId: "bare" as const }] };
}

ruleTester.run("no-bare-status-code: collections whose meaning is status", noBareStatusCode, {
  valid: [
    // Pairs whose text is not that code's phrase.
    'const rows = new Map([[404, "Lost"], [200, "Fine"]]);',
    'const point = [200, "px"];',
    'const label = [404, "404"];',
    'const sizes = new Map([[200, "Created"]]);', // 200's phrase is OK, not Created
    // Constant-style keys whose value is not their own code.
    "const limits = { NOT_FOUND: 3, MAX_ITEMS: 200 };",
    "const ports = { HTTP: 443, OK: 201 };",
    "const flags = { notFound: 404 };", // not constant style
    // Objects keyed by numbers that are not response schemas.
    "const widths = { 200: 'narrow', 404: 'wide' };",
    "const breakpoints = { response: { 1: a, 2: b } };",
    "const schema = { response: { 200: a, 2000: b } };",
    // Arrays of plain numbers in places that are not about statuses.
    "const sizes = [200, 404, 500];",
    "const retry = { limit: 3, delays: [100, 200, 400] };",
    "const ports = new Set([443, 500]);",
    "const statusCodes = [1, 2, 404];", // not every element is a status
    "const statusBarHeights = [200, 300];",
    "[200, 300].includes(width);",
    "new Set([200, 300]).has(count);",
    // Quoted keys that are not phrases, and phrases with other codes.
    "const sizes = { 'small': 200, 'Not Found': 500 };",
    // Enum members whose names are not their codes.
    "enum Size { Small = 200, NotFound = 500 }",
    // A code and a phrase side by side that do not match, or are not side by side.
    'log(404, "Bad Request");',
    'log(404, x, "Not Found");',
    // forEach over numbers whose callback takes something else.
    "[200, 300].forEach((width) => resize(width));",
    // Objects keyed by numbers, stored under names that are not statuses.
    "const sizes = { 200: true, 404: false };",
    // Schema value lists under other keys.
    "const schema = { width: Joi.valid(200, 300).default(200) };",
    // Lists named with codes that are not HTTP's.
    "const errorCodes = [100, 200];",
    "const keyCodes = new Set([113, 114]);",
  ],
  invalid: [
    // [code, phrase] pairs
    fixes(
      "a Map of [code, phrase] pairs",
      'const phrases = new Map([[404, "Not Found"]]);',
      'const phrases = new Map([[HTTP_404_NOT_FOUND, "Not Found"]]);',
      "HTTP_404_NOT_FOUND",
    ),
    fixes(
      "a [code, former phrase] pair",
      'const rows = [[302, "Moved Temporarily"]];',
      'const rows = [[HTTP_302_FOUND, "Moved Temporarily"]];',
      "HTTP_302_FOUND",
    ),
    fixes(
      "an object keyed by codes whose values are their phrases",
      'const text = { 503: "Service Unavailable" };',
      'const text = { [HTTP_503_SERVICE_UNAVAILABLE]: "Service Unavailable" };',
      "HTTP_503_SERVICE_UNAVAILABLE",
    ),
    // constant-style names
    fixes(
      "an object of constant-style names with their own codes",
      "const Status = { BAD_REQUEST: 400 };",
      "const Status = { BAD_REQUEST: HTTP_400_BAD_REQUEST };",
      "HTTP_400_BAD_REQUEST",
    ),
    fixes(
      "PascalCase names and other packages' names",
      "const Codes = { MovedTemporarily: 302 };",
      "const Codes = { MovedTemporarily: HTTP_302_FOUND };",
      "HTTP_302_FOUND",
    ),
    fixes(
      "a quoted constant-style key",
      "const Codes = { 'NOT_FOUND': 404 };",
      "const Codes = { 'NOT_FOUND': HTTP_404_NOT_FOUND };",
      "HTTP_404_NOT_FOUND",
    ),
    // response schemas keyed by codes
    fixes(
      "an Elysia response schema keyed by code",
      "app.get('/', handler, { response: { 200: t.String() } });",
      "app.get('/', handler, { response: { [HTTP_200_OK]: t.String() } });",
      "HTTP_200_OK",
    ),
    fixes(
      "a Fastify schema.response keyed by code",
      "fastify.get('/', { schema: { response: { 201: reply } } }, handler);",
      "fastify.get('/', { schema: { response: { [HTTP_201_CREATED]: reply } } }, handler);",
      "HTTP_201_CREATED",
    ),
    fixes(
      "an OpenAPI responses object keyed by code",
      "const route = { responses: { 404: { description: 'missing' } } };",
      "const route = { responses: { [HTTP_404_NOT_FOUND]: { description: 'missing' } } };",
      "HTTP_404_NOT_FOUND",
    ),
    fixes(
      "an object keyed by quoted phrases",
      "const codes = { 'Not Found': 404 };",
      "const codes = { 'Not Found': HTTP_404_NOT_FOUND };",
      "HTTP_404_NOT_FOUND",
    ),
    fixes(
      "a code and its phrase passed side by side",
      'throw new ErrorResponseImpl(404, "Not Found", body);',
      'throw new ErrorResponseImpl(HTTP_404_NOT_FOUND, "Not Found", body);',
      "HTTP_404_NOT_FOUND",
    ),
    fixes(
      "an object keyed by codes stored under a status name",
      "const emptyHttpStatus = { 204: undefined };",
      "const emptyHttpStatus = { [HTTP_204_NO_CONTENT]: undefined };",
      "HTTP_204_NO_CONTENT",
    ),
    // arrays and sets of codes in status-named places
    fixes(
      "got's and ky's retry statusCodes",
      "ky(url, { retry: { statusCodes: [429] } });",
      "ky(url, { retry: { statusCodes: [HTTP_429_TOO_MANY_REQUESTS] } });",
      "HTTP_429_TOO_MANY_REQUESTS",
    ),
    fixes(
      "ky's afterStatusCodes",
      "ky(url, { retry: { afterStatusCodes: [503] } });",
      "ky(url, { retry: { afterStatusCodes: [HTTP_503_SERVICE_UNAVAILABLE] } });",
      "HTTP_503_SERVICE_UNAVAILABLE",
    ),
    fixes(
      "a Set of codes in a status-named variable",
      "const REDIRECT_STATUSES = new Set([301]);",
      "const REDIRECT_STATUSES = new Set([HTTP_301_MOVED_PERMANENTLY]);",
      "HTTP_301_MOVED_PERMANENTLY",
    ),
    fixes(
      "an expectedStatus list",
      "check(res, { expectedStatus: [201] });",
      "check(res, { expectedStatus: [HTTP_201_CREATED] });",
      "HTTP_201_CREATED",
    ),
    fixes(
      "supertest .expect([...])",
      "await request(app).get('/').expect([200]);",
      "await request(app).get('/').expect([HTTP_200_OK]);",
      "HTTP_200_OK",
    ),
    fixes(
      "a list whose includes() takes a status",
      "if ([308].includes(res.status)) {}",
      "if ([HTTP_308_PERMANENT_REDIRECT].includes(res.status)) {}",
      "HTTP_308_PERMANENT_REDIRECT",
    ),
    fixes(
      "got's redirectCodes",
      "const redirectCodes: ReadonlySet<number> = new Set([301]);",
      "const redirectCodes: ReadonlySet<number> = new Set([HTTP_301_MOVED_PERMANENTLY]);",
      "HTTP_301_MOVED_PERMANENTLY",
    ),
    fixes(
      "a test table whose forEach callback takes a status",
      "[303].forEach(function (status) { check(status); });",
      "[HTTP_303_SEE_OTHER].forEach(function (status) { check(status); });",
      "HTTP_303_SEE_OTHER",
    ),
    fixes(
      "a Joi value list under a status key",
      "const options = { emptyStatusCode: Joi.valid(204) };",
      "const options = { emptyStatusCode: Joi.valid(HTTP_204_NO_CONTENT) };",
      "HTTP_204_NO_CONTENT",
    ),
    fixes(
      "a Joi default list under a statuses key",
      "const options = { statuses: Joi.array().default([200]) };",
      "const options = { statuses: Joi.array().default([HTTP_200_OK]) };",
      "HTTP_200_OK",
    ),
    fixes(
      "a Set whose has() takes a status",
      "if (new Set([307]).has(response.status)) {}",
      "if (new Set([HTTP_307_TEMPORARY_REDIRECT]).has(response.status)) {}",
      "HTTP_307_TEMPORARY_REDIRECT",
    ),
    {
      name: "an enum member named for its code is reported with a suggestion, and says why it is not fixed",
      code: "enum HttpStatus { NotFound = 404 }",
      output: null,
      errors: [
        {
          messageId: "inEnum",
          suggestions: [
            {
              messageId: "useName",
              output: `${imported("HTTP_404_NOT_FOUND")}enum HttpStatus { NotFound = HTTP_404_NOT_FOUND }`,
            },
          ],
        },
      ],
    },
    {
      name: "every element of a status list is reported",
      code: "const retryStatuses = [408, 429, 503];",
      output: `${imported("HTTP_408_REQUEST_TIMEOUT, HTTP_429_TOO_MANY_REQUESTS, HTTP_503_SERVICE_UNAVAILABLE")}const retryStatuses = [HTTP_408_REQUEST_TIMEOUT, 429, 503];`,
      errors: [{ messageId: "bare" }, { messageId: "bare" }, { messageId: "bare" }],
    },
    {
      name: "a code statuskit has no constant for, in a status list, says why it is not fixed",
      code: "const retryStatuses = [499, 503];",
      output: `${imported("HTTP_503_SERVICE_UNAVAILABLE")}const retryStatuses = [499, HTTP_503_SERVICE_UNAVAILABLE];`,
      errors: [{ messageId: "noConstant", data: { code: "499" } }, { messageId: "bare" }],
    },
  ],
});

const passes: PassesCase[] = [
  {
    name: "a whole retry list is fixed, and a second pass finds nothing",
    code: "const retryStatuses = [408, 429, 503];",
    passes: [
      `${imported("HTTP_408_REQUEST_TIMEOUT, HTTP_429_TOO_MANY_REQUESTS, HTTP_503_SERVICE_UNAVAILABLE")}const retryStatuses = [HTTP_408_REQUEST_TIMEOUT, 429, 503];`,
      `${imported("HTTP_408_REQUEST_TIMEOUT, HTTP_429_TOO_MANY_REQUESTS, HTTP_503_SERVICE_UNAVAILABLE")}const retryStatuses = [HTTP_408_REQUEST_TIMEOUT, HTTP_429_TOO_MANY_REQUESTS, HTTP_503_SERVICE_UNAVAILABLE];`,
    ],
    errors: [],
  },
  {
    name: "a whole response schema gets computed keys",
    code: "app.get('/', h, { response: { 200: ok, 404: missing } });",
    passes: [
      `${imported("HTTP_200_OK, HTTP_404_NOT_FOUND")}app.get('/', h, { response: { [HTTP_200_OK]: ok, [HTTP_404_NOT_FOUND]: missing } });`,
    ],
    errors: [],
  },
  {
    name: "a whole code table",
    code: 'const phrases = new Map([[200, "OK"], [404, "Not Found"]]);',
    passes: [
      `${imported("HTTP_200_OK, HTTP_404_NOT_FOUND")}const phrases = new Map([[HTTP_200_OK, "OK"], [HTTP_404_NOT_FOUND, "Not Found"]]);`,
    ],
    errors: [],
  },
];
checkAllPasses(noBareStatusCode, passes);

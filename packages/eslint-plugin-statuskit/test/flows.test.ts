import { join } from "node:path";
import * as typescriptParser from "@typescript-eslint/parser";
import { RuleTester } from "eslint";
import { noBareStatusCode } from "../src/rules/no-bare-status-code.js";
import { packageRoot } from "./lint.js";
import { ruleTester } from "./rule-tester.js";

const imported = (names: string) => `import { ${names} } from "statuskit";\n`;

function fixes(name: string, code: string, output: string, constant: string, options?: unknown[]) {
  return {
    name,
    code,
    output: `${imported(constant)}${output}`,
    errors: [{ messageId: "bare" as const }],
    ...(options === undefined ? {} : { options }),
  };
}

ruleTester.run("no-bare-status-code: statuses through the file's own code", noBareStatusCode, {
  valid: [
    // Parameters that are not statuses.
    "function wait(ms) {}\nwait(500);",
    "function resize(width, height) {}\nresize(200, 404);",
    "class Cache { constructor(size) {} }\nnew Cache(500);",
    // `code` of an error class that is not about HTTP.
    "class FsError extends Error { constructor(code) { super(); this.code = code; } }\nnew FsError(404);",
    "class FsError extends Error { code = 404; }",
    // A status-named parameter of a function the call does not reach.
    "function a(status) {}\nfunction b(size) {}\nb(404);",
    "function outer(status) { function inner(size) {} inner(404); }",
    // Class fields outside error classes, and other fields of error classes.
    "class Widget { status = 200; }",
    "class Timeout extends Error { timeout = 500; retries = 404; }",
    // Functions, parameters and variables named for something else.
    "function getStatusBarHeight() { return 200; }",
    "function width() { return 404; }",
    "const statusBarHeight = 200;",
    "let statusText = 404;",
    // A process's exit status is not an HTTP status (130 is SIGINT's).
    "const exitStatus = 130;",
    "if (child.exitStatus === 130) {}",
    "function f(timeout = 500) {}",
    "const { width = 300 } = props;",
    "const delay = fast ? 100 : 500;",
    "let size; size = ok ? 200 : 404;",
    // A plain function returning a status-like number with no name to go by.
    "const pick = () => 404;",
    // Member functions of the file that take something else.
    "internals.wait = function (ms) {};\ninternals.wait(500);",
    // Helpers about other things, or with more than one number.
    "getStatusBarHeight(200);",
    "statusCodeRange(200, 299);",
    // The fallback of something that is not a status.
    "const delay = options.timeout ?? 500;",
  ],
  invalid: [
    // helpers and error classes in the same file
    fixes(
      "a literal passed to a same-file function's status parameter",
      "function fail(status, message) {}\nfail(404, 'no');",
      "function fail(status, message) {}\nfail(HTTP_404_NOT_FOUND, 'no');",
      "HTTP_404_NOT_FOUND",
    ),
    fixes(
      "an arrow function's statusCode parameter",
      "const reply = (res, statusCode) => res.end();\nreply(res, 202);",
      "const reply = (res, statusCode) => res.end();\nreply(res, HTTP_202_ACCEPTED);",
      "HTTP_202_ACCEPTED",
    ),
    fixes(
      "a status parameter with a default value",
      "function fail(message, httpStatus = undefined) {}\nfail('no', 409);",
      "function fail(message, httpStatus = undefined) {}\nfail('no', HTTP_409_CONFLICT);",
      "HTTP_409_CONFLICT",
    ),
    fixes(
      "an error class's constructor",
      "class AppError extends Error { constructor(status, message) { super(message); } }\nthrow new AppError(404, 'no');",
      "class AppError extends Error { constructor(status, message) { super(message); } }\nthrow new AppError(HTTP_404_NOT_FOUND, 'no');",
      "HTTP_404_NOT_FOUND",
    ),
    fixes(
      "a subclass without its own constructor",
      "class AppError extends Error { constructor(status) { super(); } }\nclass NotFound extends AppError {}\nnew NotFound(404);",
      "class AppError extends Error { constructor(status) { super(); } }\nclass NotFound extends AppError {}\nnew NotFound(HTTP_404_NOT_FOUND);",
      "HTTP_404_NOT_FOUND",
    ),
    fixes(
      "a TypeScript parameter property",
      "class ApiError extends Error { constructor(public readonly statusCode: number) { super(); } }\nnew ApiError(502);",
      "class ApiError extends Error { constructor(public readonly statusCode: number) { super(); } }\nnew ApiError(HTTP_502_BAD_GATEWAY);",
      "HTTP_502_BAD_GATEWAY",
    ),
    fixes(
      "`code` in an HTTP error class",
      "class HttpError extends Error { constructor(code, message) { super(message); } }\nnew HttpError(401, 'login');",
      "class HttpError extends Error { constructor(code, message) { super(message); } }\nnew HttpError(HTTP_401_UNAUTHORIZED, 'login');",
      "HTTP_401_UNAUTHORIZED",
    ),
    // class fields
    fixes(
      "a status field of an Error subclass",
      "class NotFound extends Error { status = 404; }",
      "class NotFound extends Error { status = HTTP_404_NOT_FOUND; }",
      "HTTP_404_NOT_FOUND",
    ),
    fixes(
      "a static statusCode field of an HttpError subclass",
      "class Gone extends HttpError { static statusCode = 410; }",
      "class Gone extends HttpError { static statusCode = HTTP_410_GONE; }",
      "HTTP_410_GONE",
    ),
    // returns and defaults
    fixes(
      "a literal returned from a status-named function",
      "function statusFor(error) { if (error.missing) return 404; return error.status; }",
      "function statusFor(error) { if (error.missing) return HTTP_404_NOT_FOUND; return error.status; }",
      "HTTP_404_NOT_FOUND",
    ),
    fixes(
      "either branch returned from getStatusCode",
      "const getStatusCode = (error) => error.timeout ? 504 : error.code;",
      "const getStatusCode = (error) => error.timeout ? HTTP_504_GATEWAY_TIMEOUT : error.code;",
      "HTTP_504_GATEWAY_TIMEOUT",
    ),
    fixes(
      "a status method's return",
      "class Problem { httpStatus() { return 400; } }",
      "class Problem { httpStatus() { return HTTP_400_BAD_REQUEST; } }",
      "HTTP_400_BAD_REQUEST",
    ),
    fixes(
      "the default value of a status parameter",
      "function send(body, status = 200) {}",
      "function send(body, status = HTTP_200_OK) {}",
      "HTTP_200_OK",
    ),
    fixes(
      "the default of a destructured statusCode",
      "const { statusCode = 500 } = error;",
      "const { statusCode = HTTP_500_INTERNAL_SERVER_ERROR } = error;",
      "HTTP_500_INTERNAL_SERVER_ERROR",
    ),
    // status variables
    fixes(
      "a conditional value in a status variable",
      "const status = error.expose ? error.status : 500;",
      "const status = error.expose ? error.status : HTTP_500_INTERNAL_SERVER_ERROR;",
      "HTTP_500_INTERNAL_SERVER_ERROR",
    ),
    fixes(
      "a status variable assigned later",
      "let responseStatus;\nresponseStatus = found ? 200 : other;",
      "let responseStatus;\nresponseStatus = found ? HTTP_200_OK : other;",
      "HTTP_200_OK",
    ),
    fixes(
      "a function the file assigns to a member",
      "internals.serverError = function (message, statusCode) {};\ninternals.serverError('no', 503);",
      "internals.serverError = function (message, statusCode) {};\ninternals.serverError('no', HTTP_503_SERVICE_UNAVAILABLE);",
      "HTTP_503_SERVICE_UNAVAILABLE",
    ),
    fixes(
      "a one-argument helper named for a status code",
      "expect(getStatusCodeColor(404)).toBe('red');",
      "expect(getStatusCodeColor(HTTP_404_NOT_FOUND)).toBe('red');",
      "HTTP_404_NOT_FOUND",
    ),
    fixes(
      "the fallback of a status",
      "initialize(error, options.statusCode ?? 500);",
      "initialize(error, options.statusCode ?? HTTP_500_INTERNAL_SERVER_ERROR);",
      "HTTP_500_INTERNAL_SERVER_ERROR",
    ),
    // the actual of an assertion is a status-named call
    fixes(
      "expect(getStatus(err)).toBe(status)",
      "expect(getStatus(err)).toBe(404);",
      "expect(getStatus(err)).toBe(HTTP_404_NOT_FOUND);",
      "HTTP_404_NOT_FOUND",
    ),
    // helpers named in the options
    fixes(
      "a helper named in the calls option",
      "getInternalRouterError(405, { method });",
      "getInternalRouterError(HTTP_405_METHOD_NOT_ALLOWED, { method });",
      "HTTP_405_METHOD_NOT_ALLOWED",
      [{ calls: [{ name: "getInternalRouterError", argument: 0 }] }],
    ),
    fixes(
      "a variable name given in the properties option",
      "const expectedCode = ok ? 200 : other;",
      "const expectedCode = ok ? HTTP_200_OK : other;",
      "HTTP_200_OK",
      [{ properties: ["expectedCode"] }],
    ),
  ],
});

const typedFolder = join(packageRoot, "test", "fixtures", "typed");
const typedTester = new RuleTester({
  languageOptions: {
    parser: typescriptParser,
    // Under CI=true typescript-eslint would build one program from the files on
    // disk and read them instead of each test's code: these tests give their own.
    parserOptions: {
      project: "./tsconfig.json",
      tsconfigRootDir: typedFolder,
      disallowAutomaticSingleRunInference: true,
    },
  },
});
const typed = <T extends object>(testCase: T) => ({ ...testCase, filename: join(typedFolder, "uses.ts") });

typedTester.run("no-bare-status-code: statuses through helpers the type checker sees", noBareStatusCode, {
  valid: [typed({ code: 'import { retry } from "./helpers.js";\nretry(3, 500);' })],
  invalid: [
    typed({
      name: "an imported helper's status parameter",
      code: 'import { apiError } from "./helpers.js";\nthrow apiError(404, "no");',
      output: `import { apiError } from "./helpers.js";\n${imported("HTTP_404_NOT_FOUND")}throw apiError(HTTP_404_NOT_FOUND, "no");`,
      errors: [{ messageId: "bare" }],
    }),
    typed({
      name: "an imported error class's statusCode parameter",
      code: 'import { HttpProblem } from "./helpers.js";\nthrow new HttpProblem(409, "taken");',
      output: `import { HttpProblem } from "./helpers.js";\n${imported("HTTP_409_CONFLICT")}throw new HttpProblem(HTTP_409_CONFLICT, "taken");`,
      errors: [{ messageId: "bare" }],
    }),
  ],
});

import { noBareStatusCode } from "../src/rules/no-bare-status-code.js";
import { commonjsTester, ruleTester } from "./rule-tester.js";

const imported = (name: string) => `import { ${name} } from "statuskit";\n`;

/** One invalid case with a single-name code: the fix adds a named import at the top. */
function fixes(code: string, output: string, name: string, shape = "") {
  return {
    name: shape || code,
    code,
    output: `${imported(name)}${output}`,
    errors: [{ messageId: "bare" as const }],
  };
}

ruleTester.run("no-bare-status-code: every named shape", noBareStatusCode, {
  valid: [],
  invalid: [
    // Express
    fixes("res.status(404);", "res.status(HTTP_404_NOT_FOUND);", "HTTP_404_NOT_FOUND", "Express res.status"),
    fixes(
      "res.sendStatus(204);",
      "res.sendStatus(HTTP_204_NO_CONTENT);",
      "HTTP_204_NO_CONTENT",
      "Express res.sendStatus",
    ),
    fixes(
      'res.redirect(301, "/new");',
      'res.redirect(HTTP_301_MOVED_PERMANENTLY, "/new");',
      "HTTP_301_MOVED_PERMANENTLY",
      "Express res.redirect(status, url)",
    ),
    // node:http
    fixes(
      'res.writeHead(200, { "content-type": "text/plain" });',
      'res.writeHead(HTTP_200_OK, { "content-type": "text/plain" });',
      "HTTP_200_OK",
      "node:http res.writeHead",
    ),
    fixes(
      "res.statusCode = 500;",
      "res.statusCode = HTTP_500_INTERNAL_SERVER_ERROR;",
      "HTTP_500_INTERNAL_SERVER_ERROR",
      "node:http res.statusCode =",
    ),
    // Fastify
    fixes(
      "reply.code(201).send(user);",
      "reply.code(HTTP_201_CREATED).send(user);",
      "HTTP_201_CREATED",
      "Fastify reply.code",
    ),
    fixes("reply.status(409);", "reply.status(HTTP_409_CONFLICT);", "HTTP_409_CONFLICT", "Fastify reply.status"),
    // Koa
    fixes("ctx.status = 404;", "ctx.status = HTTP_404_NOT_FOUND;", "HTTP_404_NOT_FOUND", "Koa ctx.status ="),
    fixes(
      'ctx.throw(403, "no");',
      'ctx.throw(HTTP_403_FORBIDDEN, "no");',
      "HTTP_403_FORBIDDEN",
      "Koa ctx.throw(status, message)",
    ),
    fixes(
      'ctx.throw("no", 403);',
      'ctx.throw("no", HTTP_403_FORBIDDEN);',
      "HTTP_403_FORBIDDEN",
      "Koa ctx.throw(message, status)",
    ),
    fixes(
      'ctx.assert(ctx.state.user, 401, "login");',
      'ctx.assert(ctx.state.user, HTTP_401_UNAUTHORIZED, "login");',
      "HTTP_401_UNAUTHORIZED",
      "Koa ctx.assert",
    ),
    // Hono
    fixes("return c.json(body, 201);", "return c.json(body, HTTP_201_CREATED);", "HTTP_201_CREATED", "Hono c.json"),
    fixes('return c.text("gone", 410);', 'return c.text("gone", HTTP_410_GONE);', "HTTP_410_GONE", "Hono c.text"),
    fixes('return c.html("<p>", 200);', 'return c.html("<p>", HTTP_200_OK);', "HTTP_200_OK", "Hono c.html"),
    fixes(
      "return c.body(null, 204);",
      "return c.body(null, HTTP_204_NO_CONTENT);",
      "HTTP_204_NO_CONTENT",
      "Hono c.body",
    ),
    fixes(
      "return c.newResponse(null, 304);",
      "return c.newResponse(null, HTTP_304_NOT_MODIFIED);",
      "HTTP_304_NOT_MODIFIED",
      "Hono c.newResponse",
    ),
    fixes("c.status(202);", "c.status(HTTP_202_ACCEPTED);", "HTTP_202_ACCEPTED", "Hono c.status"),
    fixes(
      'return c.redirect("/login", 302);',
      'return c.redirect("/login", HTTP_302_FOUND);',
      "HTTP_302_FOUND",
      "Hono c.redirect",
    ),
    fixes(
      'throw new HTTPException(401, { message: "no" });',
      'throw new HTTPException(HTTP_401_UNAUTHORIZED, { message: "no" });',
      "HTTP_401_UNAUTHORIZED",
      "Hono new HTTPException",
    ),
    fixes(
      "return c.json(body, 201, { 'x-id': id });",
      "return c.json(body, HTTP_201_CREATED, { 'x-id': id });",
      "HTTP_201_CREATED",
      "Hono c.json with headers",
    ),
    // Fetch API and Next.js
    fixes(
      'return new Response("nope", { status: 404 });',
      'return new Response("nope", { status: HTTP_404_NOT_FOUND });',
      "HTTP_404_NOT_FOUND",
      "new Response(body, { status })",
    ),
    fixes(
      "return Response.json(data, { status: 201 });",
      "return Response.json(data, { status: HTTP_201_CREATED });",
      "HTTP_201_CREATED",
      "Response.json(x, { status })",
    ),
    fixes(
      "return Response.redirect(url, 307);",
      "return Response.redirect(url, HTTP_307_TEMPORARY_REDIRECT);",
      "HTTP_307_TEMPORARY_REDIRECT",
      "Response.redirect(url, status)",
    ),
    fixes(
      "return NextResponse.json({ error }, { status: 400 });",
      "return NextResponse.json({ error }, { status: HTTP_400_BAD_REQUEST });",
      "HTTP_400_BAD_REQUEST",
      "NextResponse.json",
    ),
    fixes(
      "return NextResponse.redirect(new URL('/', req.url), 308);",
      "return NextResponse.redirect(new URL('/', req.url), HTTP_308_PERMANENT_REDIRECT);",
      "HTTP_308_PERMANENT_REDIRECT",
      "NextResponse.redirect",
    ),
    // h3 / Nuxt
    fixes(
      "setResponseStatus(event, 201);",
      "setResponseStatus(event, HTTP_201_CREATED);",
      "HTTP_201_CREATED",
      "h3 setResponseStatus",
    ),
    fixes(
      'throw createError({ statusCode: 400, statusMessage: "bad" });',
      'throw createError({ statusCode: HTTP_400_BAD_REQUEST, statusMessage: "bad" });',
      "HTTP_400_BAD_REQUEST",
      "h3 createError({ statusCode })",
    ),
    fixes(
      'return sendRedirect(event, "/", 301);',
      'return sendRedirect(event, "/", HTTP_301_MOVED_PERMANENTLY);',
      "HTTP_301_MOVED_PERMANENTLY",
      "h3 sendRedirect",
    ),
    // NestJS
    fixes(
      "class A { @HttpCode(204) remove() {} }",
      "class A { @HttpCode(HTTP_204_NO_CONTENT) remove() {} }",
      "HTTP_204_NO_CONTENT",
      "NestJS @HttpCode",
    ),
    fixes(
      'class A { @ApiResponse({ status: 403, description: "Forbidden." }) create() {} }',
      'class A { @ApiResponse({ status: HTTP_403_FORBIDDEN, description: "Forbidden." }) create() {} }',
      "HTTP_403_FORBIDDEN",
      "NestJS @ApiResponse",
    ),
    fixes(
      "class A { @ApiOkResponse({ status: 200, type: Cat }) find() {} }",
      "class A { @ApiOkResponse({ status: HTTP_200_OK, type: Cat }) find() {} }",
      "HTTP_200_OK",
      "NestJS @ApiOkResponse",
    ),
    fixes(
      'throw new HttpException("Forbidden", 403);',
      'throw new HttpException("Forbidden", HTTP_403_FORBIDDEN);',
      "HTTP_403_FORBIDDEN",
      "NestJS new HttpException",
    ),
    // http-errors / boom
    fixes(
      'throw createError(404, "missing");',
      'throw createError(HTTP_404_NOT_FOUND, "missing");',
      "HTTP_404_NOT_FOUND",
      "http-errors createError",
    ),
    fixes(
      "throw new HttpError(502);",
      "throw new HttpError(HTTP_502_BAD_GATEWAY);",
      "HTTP_502_BAD_GATEWAY",
      "new HttpError",
    ),
    fixes(
      "throw Boom.boomify(error, { statusCode: 503 });",
      "throw Boom.boomify(error, { statusCode: HTTP_503_SERVICE_UNAVAILABLE });",
      "HTTP_503_SERVICE_UNAVAILABLE",
      "boom statusCode option",
    ),
    // Tests
    fixes(
      "expect(res.status).toBe(200);",
      "expect(res.status).toBe(HTTP_200_OK);",
      "HTTP_200_OK",
      "expect(x.status).toBe",
    ),
    fixes(
      "expect(res.statusCode).toEqual(201);",
      "expect(res.statusCode).toEqual(HTTP_201_CREATED);",
      "HTTP_201_CREATED",
      "expect(x.statusCode).toEqual",
    ),
    fixes(
      "expect(res.status).not.toStrictEqual(500);",
      "expect(res.status).not.toStrictEqual(HTTP_500_INTERNAL_SERVER_ERROR);",
      "HTTP_500_INTERNAL_SERVER_ERROR",
      "expect().not.toStrictEqual",
    ),
    fixes(
      "expect(response.status()).toBe(200);",
      "expect(response.status()).toBe(HTTP_200_OK);",
      "HTTP_200_OK",
      "Playwright response.status()",
    ),
    fixes(
      "expect(res.status).to.equal(404);",
      "expect(res.status).to.equal(HTTP_404_NOT_FOUND);",
      "HTTP_404_NOT_FOUND",
      "chai expect().to.equal",
    ),
    fixes(
      'await request(app).get("/").expect(200, done);',
      'await request(app).get("/").expect(HTTP_200_OK, done);',
      "HTTP_200_OK",
      "supertest .expect",
    ),
    fixes(
      "assert.equal(res.status, 404);",
      "assert.equal(res.status, HTTP_404_NOT_FOUND);",
      "HTTP_404_NOT_FOUND",
      "assert.equal",
    ),
    fixes(
      "assert.strictEqual(404, res.statusCode);",
      "assert.strictEqual(HTTP_404_NOT_FOUND, res.statusCode);",
      "HTTP_404_NOT_FOUND",
      "assert.strictEqual, expected first",
    ),
    fixes(
      "t.assert.strictEqual(res.statusCode, 200);",
      "t.assert.strictEqual(res.statusCode, HTTP_200_OK);",
      "HTTP_200_OK",
      "node:test t.assert.strictEqual",
    ),
    fixes("t.is(res.status, 201);", "t.is(res.status, HTTP_201_CREATED);", "HTTP_201_CREATED", "AVA t.is"),
    // Clients
    fixes(
      "if (res.status === 404) return null;",
      "if (res.status === HTTP_404_NOT_FOUND) return null;",
      "HTTP_404_NOT_FOUND",
      "x.status ===",
    ),
    fixes(
      "if (401 !== res.status) {}",
      "if (HTTP_401_UNAUTHORIZED !== res.status) {}",
      "HTTP_401_UNAUTHORIZED",
      "!== with the literal first",
    ),
    fixes(
      "if (error.response?.status == 429) retry();",
      "if (error.response?.status == HTTP_429_TOO_MANY_REQUESTS) retry();",
      "HTTP_429_TOO_MANY_REQUESTS",
      "optional chain ==",
    ),
    fixes(
      "if (res.statusCode != 200) fail();",
      "if (res.statusCode != HTTP_200_OK) fail();",
      "HTTP_200_OK",
      "x.statusCode !=",
    ),
    fixes(
      "const { status } = res; if (status === 204) {}",
      "const { status } = res; if (status === HTTP_204_NO_CONTENT) {}",
      "HTTP_204_NO_CONTENT",
      "destructured status",
    ),
    fixes(
      "switch (res.status) { case 404: return null; default: throw e; }",
      "switch (res.status) { case HTTP_404_NOT_FOUND: return null; default: throw e; }",
      "HTTP_404_NOT_FOUND",
      "switch case",
    ),
    fixes(
      "if ((res.status as number) === 404) {}",
      "if ((res.status as number) === HTTP_404_NOT_FOUND) {}",
      "HTTP_404_NOT_FOUND",
      "TypeScript cast",
    ),
    fixes(
      "return { statusCode: 200, body: JSON.stringify(data) };",
      "return { statusCode: HTTP_200_OK, body: JSON.stringify(data) };",
      "HTTP_200_OK",
      "serverless result object",
    ),
  ],
});

ruleTester.run("no-bare-status-code: numbers that are not statuses", noBareStatusCode, {
  valid: [
    "setTimeout(retry, 500);",
    "await sleep(200);",
    "const timeout = 300;",
    "app.listen(443);",
    "server.listen(300, callback);",
    "const maxTokens = 200; const config = { max_tokens: 400 };",
    "const levels = { error: 200, warn: 300, info: 400 };",
    "const element = { height: 405, width: 300 };",
    "String.fromCharCode(200);",
    "fs.chmodSync(file, 0o644); fs.mkdirSync(dir, { mode: 493 });",
    "expect(x.max_tokens).toBe(200);",
    "expect(items.length).toBe(404);",
    "expect(res.status).toBe(statusCode);",
    "if (res.status >= 500) retry();",
    "if (res.status < 400 && res.status >= 200) ok();",
    "type NotFound = APIError<404>;",
    "function f(error: APIError<404>): 404 { return error.code; }",
    "type Missing = { status: 404; body: string };",
    "interface Missing { statusCode: 404 }",
    "const x = y as { status: 404 };",
    "const list = new Array(200);",
    "buffer.slice(0, 512);",
    "res.status(code);",
    "res.status(0x194);",
    "res.status(404.5);",
    "res.status(1000);",
    "res.status(99);",
    "res.status(-404);",
    'doc.text("label", 100, 200);',
    "assert.equal(items.length, 200);",
    "if (count === 404) {}",
    "switch (count) { case 200: break; }",
    "const x = { status: 'active', code: 404 };",
    "ctx.body = 404;",
    "res.status(count > 200 ? a : b);",
    "res.status(limit && 200);",
  ],
  invalid: [],
});

ruleTester.run("no-bare-status-code: import situations", noBareStatusCode, {
  valid: [],
  invalid: [
    {
      name: "extends an existing named import from statuskit",
      code: 'import { HTTP_200_OK } from "statuskit";\nres.status(404);',
      output: 'import { HTTP_200_OK, HTTP_404_NOT_FOUND } from "statuskit";\nres.status(HTTP_404_NOT_FOUND);',
      errors: [{ messageId: "bare" }],
    },
    {
      name: "reuses a name that is already imported",
      code: 'import { HTTP_404_NOT_FOUND } from "statuskit";\nres.status(404);',
      output: 'import { HTTP_404_NOT_FOUND } from "statuskit";\nres.status(HTTP_404_NOT_FOUND);',
      errors: [{ messageId: "bare" }],
    },
    {
      name: "reuses a renamed import",
      code: 'import { HTTP_404_NOT_FOUND as notFound } from "statuskit";\nres.status(404);',
      output: 'import { HTTP_404_NOT_FOUND as notFound } from "statuskit";\nres.status(notFound);',
      errors: [{ messageId: "bare" }],
    },
    {
      name: "uses an existing namespace import",
      code: 'import * as status from "statuskit";\nres.status(404);',
      output: 'import * as status from "statuskit";\nres.status(status.HTTP_404_NOT_FOUND);',
      errors: [{ messageId: "bare" }],
    },
    {
      name: "adds an import after the last import, in the file's quote and semicolon style",
      code: "import express from 'express'\nimport { z } from 'zod'\n\nres.status(404)",
      output:
        "import express from 'express'\nimport { z } from 'zod'\nimport { HTTP_404_NOT_FOUND } from 'statuskit'\n\nres.status(HTTP_404_NOT_FOUND)",
      errors: [{ messageId: "bare" }],
    },
    {
      name: "adds the import after a directive prologue",
      code: '"use server";\nexport async function remove() { return Response.json({}, { status: 202 }); }',
      output:
        '"use server";\nimport { HTTP_202_ACCEPTED } from "statuskit";\nexport async function remove() { return Response.json({}, { status: HTTP_202_ACCEPTED }); }',
      errors: [{ messageId: "bare" }],
    },
    {
      name: "a type-only import is not extended",
      code: 'import type { StatusCode } from "statuskit";\nres.status(404);',
      output:
        'import type { StatusCode } from "statuskit";\nimport { HTTP_404_NOT_FOUND } from "statuskit";\nres.status(HTTP_404_NOT_FOUND);',
      errors: [{ messageId: "bare" }],
    },
    {
      name: "one pass imports every name the file needs, then replaces the rest",
      code: 'import x from "x";\nres.status(404);\nres.status(500);\nres.status(404);',
      // RuleTester applies one pass; ESLint's --fix repeats passes, and the
      // end-to-end test checks the file comes out whole.
      output:
        'import x from "x";\nimport { HTTP_404_NOT_FOUND, HTTP_500_INTERNAL_SERVER_ERROR } from "statuskit";\nres.status(HTTP_404_NOT_FOUND);\nres.status(500);\nres.status(404);',
      errors: [{ messageId: "bare" }, { messageId: "bare" }, { messageId: "bare" }],
    },
    {
      name: "never shadows: no fix where the name is bound to something else",
      code: "const HTTP_404_NOT_FOUND = 'nope';\nres.status(404);",
      output: null,
      errors: [{ messageId: "bare" }],
    },
    {
      name: "never shadows: no fix under a local binding of the same name",
      code: "function f(HTTP_404_NOT_FOUND) { res.status(404); }",
      output: null,
      errors: [{ messageId: "bare" }],
    },
    {
      name: "a namespace shadowed by a local falls back to a named import",
      code: 'import * as status from "statuskit";\nfunction f(status) { res.status(404); }',
      output:
        'import * as status from "statuskit";\nimport { HTTP_404_NOT_FOUND } from "statuskit";\nfunction f(status) { res.status(HTTP_404_NOT_FOUND); }',
      errors: [{ messageId: "bare" }],
    },
    {
      name: "a code without a constant is reported without a fix",
      code: "res.status(499);",
      output: null,
      errors: [{ messageId: "noConstant", data: { code: "499" } }],
    },
  ],
});

ruleTester.run("no-bare-status-code: codes with two names", noBareStatusCode, {
  valid: [],
  invalid: [
    {
      name: "suggests the RFC 9110 name first, then Django REST Framework's",
      code: "res.status(422);",
      output: null,
      errors: [
        {
          messageId: "bareTwoNames",
          suggestions: [
            {
              messageId: "useName",
              data: { code: "422", name: "HTTP_422_UNPROCESSABLE_CONTENT" },
              output:
                'import { HTTP_422_UNPROCESSABLE_CONTENT } from "statuskit";\nres.status(HTTP_422_UNPROCESSABLE_CONTENT);',
            },
            {
              messageId: "useName",
              data: { code: "422", name: "HTTP_422_UNPROCESSABLE_ENTITY" },
              output:
                'import { HTTP_422_UNPROCESSABLE_ENTITY } from "statuskit";\nres.status(HTTP_422_UNPROCESSABLE_ENTITY);',
            },
          ],
        },
      ],
    },
    ...[
      [413, "HTTP_413_CONTENT_TOO_LARGE", "HTTP_413_REQUEST_ENTITY_TOO_LARGE"],
      [414, "HTTP_414_URI_TOO_LONG", "HTTP_414_REQUEST_URI_TOO_LONG"],
      [416, "HTTP_416_RANGE_NOT_SATISFIABLE", "HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE"],
    ].map(([code, rfc, drf]) => ({
      name: `suggests both names of ${code} through a namespace`,
      code: `import * as status from "statuskit";\nres.status(${code});`,
      output: null,
      errors: [
        {
          messageId: "bareTwoNames" as const,
          suggestions: [
            {
              messageId: "useName" as const,
              output: `import * as status from "statuskit";\nres.status(status.${rfc});`,
            },
            {
              messageId: "useName" as const,
              output: `import * as status from "statuskit";\nres.status(status.${drf});`,
            },
          ],
        },
      ],
    })),
    {
      name: "suggestions join an existing named import, in any shape",
      code: 'import { HTTP_200_OK } from "statuskit";\nreturn c.json({ error: "invalid" }, 422);',
      output: null,
      errors: [
        {
          messageId: "bareTwoNames",
          suggestions: [
            {
              messageId: "useName",
              output:
                'import { HTTP_200_OK, HTTP_422_UNPROCESSABLE_CONTENT } from "statuskit";\nreturn c.json({ error: "invalid" }, HTTP_422_UNPROCESSABLE_CONTENT);',
            },
            {
              messageId: "useName",
              output:
                'import { HTTP_200_OK, HTTP_422_UNPROCESSABLE_ENTITY } from "statuskit";\nreturn c.json({ error: "invalid" }, HTTP_422_UNPROCESSABLE_ENTITY);',
            },
          ],
        },
      ],
    },
    {
      name: "a suggestion reuses a name that is already imported",
      code: 'import { HTTP_422_UNPROCESSABLE_ENTITY } from "statuskit";\nexpect(res.status).toBe(422);',
      output: null,
      errors: [
        {
          messageId: "bareTwoNames",
          suggestions: [
            {
              messageId: "useName",
              output:
                'import { HTTP_422_UNPROCESSABLE_ENTITY, HTTP_422_UNPROCESSABLE_CONTENT } from "statuskit";\nexpect(res.status).toBe(HTTP_422_UNPROCESSABLE_CONTENT);',
            },
            {
              messageId: "useName",
              output:
                'import { HTTP_422_UNPROCESSABLE_ENTITY } from "statuskit";\nexpect(res.status).toBe(HTTP_422_UNPROCESSABLE_ENTITY);',
            },
          ],
        },
      ],
    },
    {
      name: 'names: "rfc9110" fixes to the RFC 9110 name',
      code: "res.status(422);",
      options: [{ names: "rfc9110" }],
      output:
        'import { HTTP_422_UNPROCESSABLE_CONTENT } from "statuskit";\nres.status(HTTP_422_UNPROCESSABLE_CONTENT);',
      errors: [{ messageId: "bare" }],
    },
    {
      name: 'names: "drf" fixes to the Django REST Framework name',
      code: "res.status(413);",
      options: [{ names: "drf" }],
      output:
        'import { HTTP_413_REQUEST_ENTITY_TOO_LARGE } from "statuskit";\nres.status(HTTP_413_REQUEST_ENTITY_TOO_LARGE);',
      errors: [{ messageId: "bare" }],
    },
  ],
});

ruleTester.run("no-bare-status-code: options", noBareStatusCode, {
  valid: [
    { code: "isStatus(error, 404);", name: "a helper is not a status call until configured" },
    { code: "if (res.status === 404) {}", options: [{ ignore: ["comparisons"] }], name: "ignore: comparisons" },
    { code: "expect(res.status).toBe(200);", options: [{ ignore: ["assertions"] }], name: "ignore: assertions" },
    { code: "reply.code(200);", options: [{ ignoreCalls: ["code"] }], name: "ignoreCalls: code" },
  ],
  invalid: [
    {
      name: "calls: a helper's argument",
      code: "isStatus(error, 404);",
      options: [{ calls: [{ name: "isStatus", argument: 1 }] }],
      output: 'import { HTTP_404_NOT_FOUND } from "statuskit";\nisStatus(error, HTTP_404_NOT_FOUND);',
      errors: [{ messageId: "bare" }],
    },
    {
      name: "calls: a dotted path",
      code: "api.fail(500);",
      options: [{ calls: [{ name: "api.fail", argument: 0 }] }],
      output: 'import { HTTP_500_INTERNAL_SERVER_ERROR } from "statuskit";\napi.fail(HTTP_500_INTERNAL_SERVER_ERROR);',
      errors: [{ messageId: "bare" }],
    },
    {
      name: "properties: another key that holds a status",
      code: "const result = { httpStatus: 404 }; if (result.httpStatus === 404) {}",
      options: [{ properties: ["httpStatus"] }],
      output:
        'import { HTTP_404_NOT_FOUND } from "statuskit";\nconst result = { httpStatus: HTTP_404_NOT_FOUND }; if (result.httpStatus === 404) {}',
      errors: [{ messageId: "bare" }, { messageId: "bare" }],
    },
  ],
});

commonjsTester.run("no-bare-status-code: CommonJS files", noBareStatusCode, {
  valid: [],
  invalid: [
    {
      name: "adds a require after the last require",
      code: "'use strict'\nconst express = require('express')\nres.status(404)",
      output:
        "'use strict'\nconst express = require('express')\nconst { HTTP_404_NOT_FOUND } = require('statuskit')\nres.status(HTTP_404_NOT_FOUND)",
      errors: [{ messageId: "bare" }],
    },
    {
      name: "extends an existing destructuring require",
      code: 'const { HTTP_200_OK } = require("statuskit");\nres.status(404);',
      output: 'const { HTTP_200_OK, HTTP_404_NOT_FOUND } = require("statuskit");\nres.status(HTTP_404_NOT_FOUND);',
      errors: [{ messageId: "bare" }],
    },
    {
      name: "suggestions require the chosen name",
      code: "const express = require('express')\nres.status(416)",
      output: null,
      errors: [
        {
          messageId: "bareTwoNames",
          suggestions: [
            {
              messageId: "useName",
              output:
                "const express = require('express')\nconst { HTTP_416_RANGE_NOT_SATISFIABLE } = require('statuskit')\nres.status(HTTP_416_RANGE_NOT_SATISFIABLE)",
            },
            {
              messageId: "useName",
              output:
                "const express = require('express')\nconst { HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE } = require('statuskit')\nres.status(HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE)",
            },
          ],
        },
      ],
    },
    {
      name: "uses a required namespace",
      code: 'const status = require("statuskit");\nres.status(404);',
      output: 'const status = require("statuskit");\nres.status(status.HTTP_404_NOT_FOUND);',
      errors: [{ messageId: "bare" }],
    },
  ],
});

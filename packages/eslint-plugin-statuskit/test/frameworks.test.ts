import { noBareStatusCode } from "../src/rules/no-bare-status-code.js";
import { ruleTester } from "./rule-tester.js";

/**
 * One invalid case: `header` (the file's imports) stays first, the fix adds
 * statuskit's import after it and replaces the literal in `body`.
 */
function fixes(name: string, header: string, body: string, fixedBody: string, constant: string) {
  const importLine = `import { ${constant} } from "statuskit";\n`;
  return {
    name,
    code: `${header}${body}`,
    output: header === "" ? `${importLine}${fixedBody}` : `${header}${importLine}${fixedBody}`,
    errors: [{ messageId: "bare" as const }],
  };
}

const kit = 'import { error, fail, isHttpError, redirect } from "@sveltejs/kit";\n';
const elysia = 'import { Elysia, status } from "elysia";\n';
const reactRouter = 'import { data, redirect, replace } from "react-router";\n';
const remix = 'import { json, redirect } from "@remix-run/node";\n';
const solid = 'import { redirect } from "@solidjs/router";\n';
const qwik = 'import type { RequestHandler } from "@builder.io/qwik-city";\n';
const nock = 'import nock from "nock";\n';
const boom = 'import Boom from "@hapi/boom";\n';
const otel = 'import { ATTR_HTTP_RESPONSE_STATUS_CODE } from "@opentelemetry/semantic-conventions";\n';

ruleTester.run("no-bare-status-code: frameworks, by what the file imports", noBareStatusCode, {
  valid: [
    // The same names from elsewhere take other numbers.
    'import { error } from "./log.js";\nerror(404, "ignored");',
    "function redirect(to, delay) {}\nredirect(500, 300);",
    'import { fail } from "node:assert";\nfail(500);',
    'import { data } from "./chart.js";\ndata(rows, 300);',
    'import { json } from "./format.js";\njson(value, 200);',
    // A SvelteKit name that is not a status call.
    `${kit}redirect.name; error.length;`,
    // A local binding shadows the import.
    `${kit}function load(error) { error(404); }`,
    // Elysia and Qwik City context functions only in files that use them.
    "app.get('/', ({ status }) => status(404, 'no'));",
    "export const onGet = ({ error }) => { throw error(404, 'no'); };",
    "export const onGet = ({ json }) => { json(200, {}); };",
    // In a Qwik City file, a function of the file's own that shares a name.
    `${qwik}function error(delay) {}\nerror(500);`,
    // nock's .reply only in files that use nock; other replies are messages.
    "interaction.reply(200);",
    `${nock}interaction.reply("done", 200);`,
    // OpenTelemetry keys: other attributes keep their numbers.
    "span.setAttribute('http.request.body.size', 200);",
    "span.setAttributes({ 'server.port': 443, 'http.response.body.size': 404 });",
    "span.setAttributes({ [ATTR_SERVER_PORT]: 443, [key]: 404 });",
    "span.setAttribute(ATTR_SERVER_PORT, 443);",
    // STATUS_CODES is read by a code; other tables are not.
    "const width = widths[200];",
    // nock's chain starts at a call of nock; other replies are not its.
    "bot.get(channel).reply(200);",
    "thread(channel).reply(200);",
    "expect(res && res.body.length).toBe(200);",
    // A property assertion on something else.
    "expect(res).toHaveProperty('width', 200);",
    // hapi's isBoom takes the status second.
    `${boom}Boom.isBoom(404);`,
  ],
  invalid: [
    // SvelteKit
    fixes(
      "SvelteKit error(status, body)",
      kit,
      'error(404, "Not found");',
      'error(HTTP_404_NOT_FOUND, "Not found");',
      "HTTP_404_NOT_FOUND",
    ),
    fixes(
      "SvelteKit redirect(status, location)",
      kit,
      'redirect(303, "/login");',
      'redirect(HTTP_303_SEE_OTHER, "/login");',
      "HTTP_303_SEE_OTHER",
    ),
    fixes(
      "SvelteKit fail(status, data)",
      kit,
      "return fail(400, { missing: true });",
      "return fail(HTTP_400_BAD_REQUEST, { missing: true });",
      "HTTP_400_BAD_REQUEST",
    ),
    fixes(
      "SvelteKit isHttpError(error, status)",
      kit,
      "if (isHttpError(e, 404)) {}",
      "if (isHttpError(e, HTTP_404_NOT_FOUND)) {}",
      "HTTP_404_NOT_FOUND",
    ),
    fixes(
      "SvelteKit, renamed import",
      'import { error as httpError } from "@sveltejs/kit";\n',
      "throw httpError(403);",
      "throw httpError(HTTP_403_FORBIDDEN);",
      "HTTP_403_FORBIDDEN",
    ),
    fixes(
      "SvelteKit, namespace import",
      'import * as kit from "@sveltejs/kit";\n',
      "kit.error(410);",
      "kit.error(HTTP_410_GONE);",
      "HTTP_410_GONE",
    ),
    // Elysia
    fixes(
      "Elysia status() from the context",
      elysia,
      "new Elysia().get('/', ({ status }) => status(418, 'teapot'));",
      "new Elysia().get('/', ({ status }) => status(HTTP_418_IM_A_TEAPOT, 'teapot'));",
      "HTTP_418_IM_A_TEAPOT",
    ),
    fixes(
      "Elysia status() imported",
      elysia,
      "throw status(401);",
      "throw status(HTTP_401_UNAUTHORIZED);",
      "HTTP_401_UNAUTHORIZED",
    ),
    fixes(
      "Elysia redirect(url, status) from the context",
      elysia,
      "new Elysia().get('/', ({ redirect }) => redirect('/new', 301));",
      "new Elysia().get('/', ({ redirect }) => redirect('/new', HTTP_301_MOVED_PERMANENTLY));",
      "HTTP_301_MOVED_PERMANENTLY",
    ),
    fixes(
      "Elysia set.status",
      elysia,
      "new Elysia().get('/', ({ set }) => { set.status = 201; });",
      "new Elysia().get('/', ({ set }) => { set.status = HTTP_201_CREATED; });",
      "HTTP_201_CREATED",
    ),
    // React Router and Remix
    fixes(
      "React Router redirect(url, status)",
      reactRouter,
      'throw redirect("/login", 302);',
      'throw redirect("/login", HTTP_302_FOUND);',
      "HTTP_302_FOUND",
    ),
    fixes(
      "React Router replace(url, status)",
      reactRouter,
      'return replace("/", 307);',
      'return replace("/", HTTP_307_TEMPORARY_REDIRECT);',
      "HTTP_307_TEMPORARY_REDIRECT",
    ),
    fixes(
      "React Router data(value, status)",
      reactRouter,
      "throw data(null, 404);",
      "throw data(null, HTTP_404_NOT_FOUND);",
      "HTTP_404_NOT_FOUND",
    ),
    fixes(
      "React Router data(value, { status })",
      reactRouter,
      "return data(user, { status: 201 });",
      "return data(user, { status: HTTP_201_CREATED });",
      "HTTP_201_CREATED",
    ),
    fixes(
      "Remix json(value, status)",
      remix,
      "return json({ error }, 400);",
      "return json({ error }, HTTP_400_BAD_REQUEST);",
      "HTTP_400_BAD_REQUEST",
    ),
    fixes(
      "Remix redirect(url, status)",
      remix,
      'return redirect("/", 303);',
      'return redirect("/", HTTP_303_SEE_OTHER);',
      "HTTP_303_SEE_OTHER",
    ),
    // SolidStart
    fixes(
      "SolidStart redirect(url, status)",
      solid,
      'throw redirect("/", 301);',
      'throw redirect("/", HTTP_301_MOVED_PERMANENTLY);',
      "HTTP_301_MOVED_PERMANENTLY",
    ),
    // Astro
    fixes(
      "Astro.redirect(path, status)",
      "",
      'return Astro.redirect("/login", 307);',
      'return Astro.redirect("/login", HTTP_307_TEMPORARY_REDIRECT);',
      "HTTP_307_TEMPORARY_REDIRECT",
    ),
    fixes(
      "Astro context.redirect(path, status)",
      "",
      'export const GET = (context) => context.redirect("/", 308);',
      'export const GET = (context) => context.redirect("/", HTTP_308_PERMANENT_REDIRECT);',
      "HTTP_308_PERMANENT_REDIRECT",
    ),
    // Qwik City
    fixes(
      "Qwik City error(status, message) from the event",
      qwik,
      "export const onGet: RequestHandler = ({ error }) => { throw error(404, 'no'); };",
      "export const onGet: RequestHandler = ({ error }) => { throw error(HTTP_404_NOT_FOUND, 'no'); };",
      "HTTP_404_NOT_FOUND",
    ),
    fixes(
      "Qwik City requestEvent.error(status, message)",
      qwik,
      "export const onGet: RequestHandler = (event) => { throw event.error(500, 'no'); };",
      "export const onGet: RequestHandler = (event) => { throw event.error(HTTP_500_INTERNAL_SERVER_ERROR, 'no'); };",
      "HTTP_500_INTERNAL_SERVER_ERROR",
    ),
    fixes(
      "Qwik City json(status, data)",
      qwik,
      "export const onGet: RequestHandler = ({ json }) => { json(200, {}); };",
      "export const onGet: RequestHandler = ({ json }) => { json(HTTP_200_OK, {}); };",
      "HTTP_200_OK",
    ),
    fixes(
      "Qwik City redirect(status, url) from the event",
      qwik,
      "export const onGet: RequestHandler = ({ redirect }) => { throw redirect(308, '/'); };",
      "export const onGet: RequestHandler = ({ redirect }) => { throw redirect(HTTP_308_PERMANENT_REDIRECT, '/'); };",
      "HTTP_308_PERMANENT_REDIRECT",
    ),
    // hapi and boom
    fixes(
      "hapi h.response().code()",
      "",
      "return h.response(user).code(201);",
      "return h.response(user).code(HTTP_201_CREATED);",
      "HTTP_201_CREATED",
    ),
    fixes(
      "hapi route option emptyStatusCode",
      "",
      "server.route({ method: 'GET', path: '/', options: { response: { emptyStatusCode: 204 } } });",
      "server.route({ method: 'GET', path: '/', options: { response: { emptyStatusCode: HTTP_204_NO_CONTENT } } });",
      "HTTP_204_NO_CONTENT",
    ),
    fixes(
      "boom new Boom(message, { statusCode })",
      boom,
      "throw new Boom.Boom('gone', { statusCode: 410 });",
      "throw new Boom.Boom('gone', { statusCode: HTTP_410_GONE });",
      "HTTP_410_GONE",
    ),
    fixes(
      "boom Boom.boomify(error, { statusCode })",
      boom,
      "Boom.boomify(err, { statusCode: 400 });",
      "Boom.boomify(err, { statusCode: HTTP_400_BAD_REQUEST });",
      "HTTP_400_BAD_REQUEST",
    ),
    fixes(
      "boom Boom.isBoom(error, status)",
      boom,
      "if (Boom.isBoom(err, 404)) {}",
      "if (Boom.isBoom(err, HTTP_404_NOT_FOUND)) {}",
      "HTTP_404_NOT_FOUND",
    ),
    fixes(
      "boom isBoom(error, status) imported by name",
      'import { isBoom } from "@hapi/boom";\n',
      "if (isBoom(err, 404)) {}",
      "if (isBoom(err, HTTP_404_NOT_FOUND)) {}",
      "HTTP_404_NOT_FOUND",
    ),
    // nock and msw
    fixes(
      "nock .reply(status)",
      nock,
      "nock(base).get('/x').reply(404);",
      "nock(base).get('/x').reply(HTTP_404_NOT_FOUND);",
      "HTTP_404_NOT_FOUND",
    ),
    {
      name: "nock .reply(status, body), required",
      code: 'const nock = require("nock");\nscope.post("/x").reply(201, { id: 1 });',
      output:
        'const nock = require("nock");\nconst { HTTP_201_CREATED } = require("statuskit");\nscope.post("/x").reply(HTTP_201_CREATED, { id: 1 });',
      errors: [{ messageId: "bare" as const }],
    },
    fixes(
      "msw HttpResponse.json(body, { status })",
      'import { HttpResponse, http } from "msw";\n',
      "http.get('/x', () => HttpResponse.json({}, { status: 404 }));",
      "http.get('/x', () => HttpResponse.json({}, { status: HTTP_404_NOT_FOUND }));",
      "HTTP_404_NOT_FOUND",
    ),
    fixes(
      "msw new HttpResponse(null, { status })",
      'import { HttpResponse } from "msw";\n',
      "return new HttpResponse(null, { status: 204 });",
      "return new HttpResponse(null, { status: HTTP_204_NO_CONTENT });",
      "HTTP_204_NO_CONTENT",
    ),
    // should.js
    fixes(
      "should.js res.should.have.status()",
      "",
      "res.should.have.status(200);",
      "res.should.have.status(HTTP_200_OK);",
      "HTTP_200_OK",
    ),
    fixes(
      "should.js res.status.should.equal()",
      "",
      "res.status.should.equal(404);",
      "res.status.should.equal(HTTP_404_NOT_FOUND);",
      "HTTP_404_NOT_FOUND",
    ),
    fixes(
      "should.js res.statusCode.should.be.exactly()",
      "",
      "res.statusCode.should.be.exactly(201);",
      "res.statusCode.should.be.exactly(HTTP_201_CREATED);",
      "HTTP_201_CREATED",
    ),
    fixes(
      "should.js should(res.status).eql()",
      "",
      "should(res.status).eql(204);",
      "should(res.status).eql(HTTP_204_NO_CONTENT);",
      "HTTP_204_NO_CONTENT",
    ),
    fixes(
      "nock's own chain, imported from its own source",
      'import nock from "../index.js";\n',
      "nock(base).get('/').delayBody(100).reply(204);",
      "nock(base).get('/').delayBody(100).reply(HTTP_204_NO_CONTENT);",
      "HTTP_204_NO_CONTENT",
    ),
    fixes(
      "should.js res.should.have.property('statusCode', status)",
      "",
      "res.should.have.property('statusCode', 200);",
      "res.should.have.property('statusCode', HTTP_200_OK);",
      "HTTP_200_OK",
    ),
    fixes(
      "expect(res).toHaveProperty('status', status)",
      "",
      "expect(res).toHaveProperty('status', 101);",
      "expect(res).toHaveProperty('status', HTTP_101_SWITCHING_PROTOCOLS);",
      "HTTP_101_SWITCHING_PROTOCOLS",
    ),
    fixes(
      "expect(res && res.status()).toBe(status)",
      "",
      "expect(res && res.status()).toBe(500);",
      "expect(res && res.status()).toBe(HTTP_500_INTERNAL_SERVER_ERROR);",
      "HTTP_500_INTERNAL_SERVER_ERROR",
    ),
    fixes(
      "boom's isBoom(err, status) by its name alone",
      'import Boom from "../lib/index.js";\n',
      "expect(Boom.isBoom(err, 404)).to.be.true();",
      "expect(Boom.isBoom(err, HTTP_404_NOT_FOUND)).to.be.true();",
      "HTTP_404_NOT_FOUND",
    ),
    fixes(
      "assert.strictEqual(span.attributes[ATTR_HTTP_RESPONSE_STATUS_CODE], status)",
      otel,
      "assert.strictEqual(span.attributes[ATTR_HTTP_RESPONSE_STATUS_CODE], 404);",
      "assert.strictEqual(span.attributes[ATTR_HTTP_RESPONSE_STATUS_CODE], HTTP_404_NOT_FOUND);",
      "HTTP_404_NOT_FOUND",
    ),
    // OpenTelemetry
    fixes(
      "OpenTelemetry 'http.response.status_code' key",
      "",
      "span.setAttributes({ 'http.response.status_code': 200 });",
      "span.setAttributes({ 'http.response.status_code': HTTP_200_OK });",
      "HTTP_200_OK",
    ),
    fixes(
      "OpenTelemetry 'http.status_code' key (the older convention)",
      "",
      "const attributes = { 'http.status_code': 503 };",
      "const attributes = { 'http.status_code': HTTP_503_SERVICE_UNAVAILABLE };",
      "HTTP_503_SERVICE_UNAVAILABLE",
    ),
    fixes(
      "OpenTelemetry [ATTR_HTTP_RESPONSE_STATUS_CODE] key",
      otel,
      "const attributes = { [ATTR_HTTP_RESPONSE_STATUS_CODE]: 404 };",
      "const attributes = { [ATTR_HTTP_RESPONSE_STATUS_CODE]: HTTP_404_NOT_FOUND };",
      "HTTP_404_NOT_FOUND",
    ),
    fixes(
      "OpenTelemetry span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, status)",
      otel,
      "span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, 500);",
      "span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, HTTP_500_INTERNAL_SERVER_ERROR);",
      "HTTP_500_INTERNAL_SERVER_ERROR",
    ),
    fixes(
      "OpenTelemetry span.setAttribute('http.response.status_code', status)",
      "",
      "span.setAttribute('http.response.status_code', 201);",
      "span.setAttribute('http.response.status_code', HTTP_201_CREATED);",
      "HTTP_201_CREATED",
    ),
    // node:http
    fixes(
      "http.STATUS_CODES[code]",
      'import http from "node:http";\n',
      "const phrase = http.STATUS_CODES[404];",
      "const phrase = http.STATUS_CODES[HTTP_404_NOT_FOUND];",
      "HTTP_404_NOT_FOUND",
    ),
    fixes(
      "STATUS_CODES[code], imported by name",
      'import { STATUS_CODES } from "node:http";\n',
      "res.end(STATUS_CODES[503]);",
      "res.end(STATUS_CODES[HTTP_503_SERVICE_UNAVAILABLE]);",
      "HTTP_503_SERVICE_UNAVAILABLE",
    ),
  ],
});

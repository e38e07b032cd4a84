import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Linter, type RuleTester } from "eslint";
import { afterAll, describe, expect, it } from "vitest";
import { preferStatuskit } from "../src/rules/prefer-statuskit.js";
import { checkAllPasses, firstPass, fixAll, type PassesCase } from "./fix-passes.js";
import { packageRoot } from "./lint.js";
import { commonjsTester, ruleTester } from "./rule-tester.js";

const replace = { messageId: "replace" as const };
const unused = { messageId: "unusedImport" as const };

const cases: (Omit<PassesCase, "passes"> & { passes?: string[]; output?: string | null })[] = [
  {
    name: "http-status-codes StatusCodes: rewrites the use and the import",
    code: 'import { StatusCodes } from "http-status-codes";\nres.status(StatusCodes.NOT_FOUND);',
    passes: [
      'import { StatusCodes } from "http-status-codes";\nimport { HTTP_404_NOT_FOUND } from "statuskit";\nres.status(HTTP_404_NOT_FOUND);',
      'import { HTTP_404_NOT_FOUND } from "statuskit";\nres.status(HTTP_404_NOT_FOUND);',
    ],
    errors: [replace],
  },
  {
    name: "http-status-codes ReasonPhrases becomes reasonPhrase()",
    code: 'import { ReasonPhrases, StatusCodes } from "http-status-codes";\nres.status(StatusCodes.NOT_FOUND).send(ReasonPhrases.NOT_FOUND);',
    passes: [
      'import { ReasonPhrases, StatusCodes } from "http-status-codes";\nimport { HTTP_404_NOT_FOUND, reasonPhrase } from "statuskit";\nres.status(HTTP_404_NOT_FOUND).send(ReasonPhrases.NOT_FOUND);',
      'import { ReasonPhrases, StatusCodes } from "http-status-codes";\nimport { HTTP_404_NOT_FOUND, reasonPhrase } from "statuskit";\nres.status(HTTP_404_NOT_FOUND).send(reasonPhrase(HTTP_404_NOT_FOUND));',
      'import { HTTP_404_NOT_FOUND, reasonPhrase } from "statuskit";\nres.status(HTTP_404_NOT_FOUND).send(reasonPhrase(HTTP_404_NOT_FOUND));',
    ],
    errors: [replace, replace],
  },
  {
    name: "http-status-codes names that differ: MOVED_TEMPORARILY, REQUEST_TOO_LONG, UNPROCESSABLE_ENTITY keeps DRF's name",
    code: 'import * as status from "statuskit";\nimport { StatusCodes } from "http-status-codes";\nuse(StatusCodes.MOVED_TEMPORARILY, StatusCodes.REQUEST_TOO_LONG, StatusCodes.UNPROCESSABLE_ENTITY);',
    passes: [
      'import * as status from "statuskit";\nimport { StatusCodes } from "http-status-codes";\nuse(status.HTTP_302_FOUND, status.HTTP_413_CONTENT_TOO_LARGE, status.HTTP_422_UNPROCESSABLE_ENTITY);',
      'import * as status from "statuskit";\nuse(status.HTTP_302_FOUND, status.HTTP_413_CONTENT_TOO_LARGE, status.HTTP_422_UNPROCESSABLE_ENTITY);',
    ],
    errors: [replace, replace, replace],
  },
  {
    name: 'names: "rfc9110" picks the RFC 9110 name for UNPROCESSABLE_ENTITY',
    code: 'import { HttpStatus, Controller } from "@nestjs/common";\nthrow new HttpException(body, HttpStatus.UNPROCESSABLE_ENTITY);',
    options: [{ names: "rfc9110" }],
    passes: [
      'import { HttpStatus, Controller } from "@nestjs/common";\nimport { HTTP_422_UNPROCESSABLE_CONTENT } from "statuskit";\nthrow new HttpException(body, HTTP_422_UNPROCESSABLE_CONTENT);',
      'import { Controller } from "@nestjs/common";\nimport { HTTP_422_UNPROCESSABLE_CONTENT } from "statuskit";\nthrow new HttpException(body, HTTP_422_UNPROCESSABLE_CONTENT);',
    ],
    errors: [replace],
  },
  {
    name: "NestJS HttpStatus in a decorator, keeping the rest of the import",
    code: 'import { Controller, HttpCode, HttpStatus } from "@nestjs/common";\nclass A { @HttpCode(HttpStatus.NO_CONTENT) remove() {} }',
    passes: [
      'import { Controller, HttpCode, HttpStatus } from "@nestjs/common";\nimport { HTTP_204_NO_CONTENT } from "statuskit";\nclass A { @HttpCode(HTTP_204_NO_CONTENT) remove() {} }',
      'import { Controller, HttpCode } from "@nestjs/common";\nimport { HTTP_204_NO_CONTENT } from "statuskit";\nclass A { @HttpCode(HTTP_204_NO_CONTENT) remove() {} }',
    ],
    errors: [replace],
  },
  {
    name: "Angular HttpStatusCode, PascalCase members",
    code: "import { HttpClient, HttpStatusCode } from '@angular/common/http';\nif (error.status === HttpStatusCode.ImATeapot) {}",
    passes: [
      "import { HttpClient, HttpStatusCode } from '@angular/common/http';\nimport { HTTP_418_IM_A_TEAPOT } from 'statuskit';\nif (error.status === HTTP_418_IM_A_TEAPOT) {}",
      "import { HttpClient } from '@angular/common/http';\nimport { HTTP_418_IM_A_TEAPOT } from 'statuskit';\nif (error.status === HTTP_418_IM_A_TEAPOT) {}",
    ],
    errors: [replace],
  },
  {
    name: "http-status default import: names and phrases by number",
    code: 'import httpStatus from "http-status";\nres.status(httpStatus.NOT_FOUND).send(httpStatus[404]);',
    passes: [
      'import httpStatus from "http-status";\nimport { HTTP_404_NOT_FOUND, reasonPhrase } from "statuskit";\nres.status(HTTP_404_NOT_FOUND).send(httpStatus[404]);',
      'import httpStatus from "http-status";\nimport { HTTP_404_NOT_FOUND, reasonPhrase } from "statuskit";\nres.status(HTTP_404_NOT_FOUND).send(reasonPhrase(HTTP_404_NOT_FOUND));',
      'import { HTTP_404_NOT_FOUND, reasonPhrase } from "statuskit";\nres.status(HTTP_404_NOT_FOUND).send(reasonPhrase(HTTP_404_NOT_FOUND));',
    ],
    errors: [replace, replace],
  },
  {
    name: "http-status named status import",
    code: 'import { status } from "http-status";\nres.status(status.CREATED);',
    passes: [
      'import { status } from "http-status";\nimport { HTTP_201_CREATED } from "statuskit";\nres.status(HTTP_201_CREATED);',
      'import { HTTP_201_CREATED } from "statuskit";\nres.status(HTTP_201_CREATED);',
    ],
    errors: [replace],
  },
  {
    name: "Deno STATUS_CODE and STATUS_TEXT",
    code: 'import { STATUS_CODE, STATUS_TEXT } from "jsr:@std/http@^1/status";\nreturn new Response(STATUS_TEXT[STATUS_CODE.NotFound], { status: STATUS_CODE.NotFound });',
    passes: [
      'import { STATUS_CODE, STATUS_TEXT } from "jsr:@std/http@^1/status";\nimport { HTTP_404_NOT_FOUND, reasonPhrase } from "statuskit";\nreturn new Response(reasonPhrase(HTTP_404_NOT_FOUND), { status: STATUS_CODE.NotFound });',
      'import { STATUS_CODE, STATUS_TEXT } from "jsr:@std/http@^1/status";\nimport { HTTP_404_NOT_FOUND, reasonPhrase } from "statuskit";\nreturn new Response(reasonPhrase(HTTP_404_NOT_FOUND), { status: HTTP_404_NOT_FOUND });',
      'import { HTTP_404_NOT_FOUND, reasonPhrase } from "statuskit";\nreturn new Response(reasonPhrase(HTTP_404_NOT_FOUND), { status: HTTP_404_NOT_FOUND });',
    ],
    errors: [replace, replace],
  },
  {
    name: "http-status's nested lookup, httpStatus[httpStatus.NOT_FOUND], migrates whole and its import goes",
    code: 'import httpStatus from "http-status";\nres.send(httpStatus[httpStatus.NOT_FOUND]);',
    passes: [
      'import httpStatus from "http-status";\nimport { HTTP_404_NOT_FOUND, reasonPhrase } from "statuskit";\nres.send(reasonPhrase(HTTP_404_NOT_FOUND));',
      'import { HTTP_404_NOT_FOUND, reasonPhrase } from "statuskit";\nres.send(reasonPhrase(HTTP_404_NOT_FOUND));',
    ],
    errors: [replace],
  },
  {
    name: "http-status's phrase by a string code, and a code by a string name",
    code: 'import { status } from "http-status";\nres.status(status["NOT_FOUND"]).send(status["404"]);',
    passes: [
      'import { status } from "http-status";\nimport { HTTP_404_NOT_FOUND, reasonPhrase } from "statuskit";\nres.status(HTTP_404_NOT_FOUND).send(status["404"]);',
      'import { status } from "http-status";\nimport { HTTP_404_NOT_FOUND, reasonPhrase } from "statuskit";\nres.status(HTTP_404_NOT_FOUND).send(reasonPhrase(HTTP_404_NOT_FOUND));',
      'import { HTTP_404_NOT_FOUND, reasonPhrase } from "statuskit";\nres.status(HTTP_404_NOT_FOUND).send(reasonPhrase(HTTP_404_NOT_FOUND));',
    ],
    errors: [replace, replace],
  },
  {
    name: 'statuses.message["404"]: a string key that names a code becomes its constant',
    code: 'import statuses from "statuses";\nres.end(statuses.message["404"]);',
    passes: [
      'import statuses from "statuses";\nimport { HTTP_404_NOT_FOUND, reasonPhrase } from "statuskit";\nres.end(reasonPhrase(HTTP_404_NOT_FOUND));',
      'import { HTTP_404_NOT_FOUND, reasonPhrase } from "statuskit";\nres.end(reasonPhrase(HTTP_404_NOT_FOUND));',
    ],
    errors: [replace],
  },
  {
    name: "a lookup by one of statuskit's own constants is a number for certain",
    code: 'import { HTTP_503_SERVICE_UNAVAILABLE } from "statuskit";\nimport statuses from "statuses";\nres.end(statuses.message[HTTP_503_SERVICE_UNAVAILABLE]);',
    passes: [
      'import { HTTP_503_SERVICE_UNAVAILABLE, reasonPhrase } from "statuskit";\nimport statuses from "statuses";\nres.end(reasonPhrase(HTTP_503_SERVICE_UNAVAILABLE));',
      'import { HTTP_503_SERVICE_UNAVAILABLE, reasonPhrase } from "statuskit";\nres.end(reasonPhrase(HTTP_503_SERVICE_UNAVAILABLE));',
    ],
    errors: [replace],
  },
  {
    name: "statuses.message[code]",
    code: 'import statuses from "statuses";\nres.end(statuses.message[500]);',
    passes: [
      'import statuses from "statuses";\nimport { HTTP_500_INTERNAL_SERVER_ERROR, reasonPhrase } from "statuskit";\nres.end(reasonPhrase(HTTP_500_INTERNAL_SERVER_ERROR));',
      'import { HTTP_500_INTERNAL_SERVER_ERROR, reasonPhrase } from "statuskit";\nres.end(reasonPhrase(HTTP_500_INTERNAL_SERVER_ERROR));',
    ],
    errors: [replace],
  },
  {
    name: "joins an existing statuskit import",
    code: 'import { StatusCodes } from "http-status-codes";\nimport { HTTP_200_OK } from "statuskit";\nuse(StatusCodes.OK, StatusCodes.CREATED);',
    passes: [
      'import { StatusCodes } from "http-status-codes";\nimport { HTTP_200_OK, HTTP_201_CREATED } from "statuskit";\nuse(StatusCodes.OK, HTTP_201_CREATED);',
      'import { StatusCodes } from "http-status-codes";\nimport { HTTP_200_OK, HTTP_201_CREATED } from "statuskit";\nuse(HTTP_200_OK, HTTP_201_CREATED);',
      'import { HTTP_200_OK, HTTP_201_CREATED } from "statuskit";\nuse(HTTP_200_OK, HTTP_201_CREATED);',
    ],
    errors: [replace, replace],
  },
  {
    name: "no fix where the constant's name is taken",
    code: 'import { StatusCodes } from "http-status-codes";\nconst HTTP_404_NOT_FOUND = "x";\nuse(StatusCodes.NOT_FOUND);',
    output: null,
    errors: [replace],
  },
  {
    name: "an unused import of a replaced package is removed",
    code: 'import { StatusCodes } from "http-status-codes";\nexport const x = 1;',
    output: "\nexport const x = 1;".slice(1),
    errors: [unused],
  },
];
const multiPass = cases.filter((testCase): testCase is PassesCase => testCase.passes !== undefined);
const singlePass = cases
  .filter((testCase) => testCase.passes === undefined)
  .map(({ passes: _passes, ...rest }) => rest);

ruleTester.run("prefer-statuskit", preferStatuskit, {
  valid: [
    {
      name: "a StatusCodes that is not imported from http-status-codes",
      code: "const StatusCodes = { NOT_FOUND: 404 }; res.status(StatusCodes.NOT_FOUND);",
    },
    {
      name: "another package's HttpStatus",
      code: 'import { HttpStatus } from "./my-enums"; res.status(HttpStatus.NOT_FOUND);',
    },
    {
      name: "a member statuskit has no constant for",
      code: 'import { StatusCodes } from "http-status-codes"; use(StatusCodes.METHOD_FAILURE);',
    },
    {
      name: "a whole-object use keeps the import",
      code: 'import { StatusCodes } from "http-status-codes"; Object.values(StatusCodes);',
    },
    { name: "an import from statuskit itself", code: 'import { HTTP_200_OK } from "statuskit"; use(HTTP_200_OK);' },
  ],
  invalid: [...multiPass.map(firstPass), ...singlePass] as RuleTester.InvalidTestCase[],
});

commonjsTester.run("prefer-statuskit: CommonJS requires", preferStatuskit, {
  valid: [
    {
      name: "a require of another package",
      code: 'const { StatusCodes } = require("./codes");\nres.status(StatusCodes.OK);',
    },
  ],
  invalid: [
    {
      name: "a destructuring require of http-status-codes becomes a require of statuskit",
      code: 'const express = require("express");\nconst { StatusCodes } = require("http-status-codes");\nres.status(StatusCodes.OK);',
      output:
        'const express = require("express");\nconst { StatusCodes } = require("http-status-codes");\nconst { HTTP_200_OK } = require("statuskit");\nres.status(HTTP_200_OK);',
      errors: [replace],
    },
    {
      name: "statuses required as a whole",
      code: 'const statuses = require("statuses");\nres.end(statuses.message[404]);',
      output:
        'const statuses = require("statuses");\nconst { HTTP_404_NOT_FOUND, reasonPhrase } = require("statuskit");\nres.end(reasonPhrase(HTTP_404_NOT_FOUND));',
      errors: [replace],
    },
    {
      name: "an unused destructured name is removed, keeping the rest",
      code: 'const { StatusCodes, getReasonPhrase } = require("http-status-codes");\ngetReasonPhrase(200);',
      output: 'const { getReasonPhrase } = require("http-status-codes");\ngetReasonPhrase(200);',
      errors: [unused],
    },
    {
      name: "an unused require is removed",
      code: 'const { status } = require("http-status");\nmodule.exports = {};',
      output: "module.exports = {};",
      errors: [unused],
    },
  ],
});

describe("prefer-statuskit: eslint --fix on a CommonJS file", () => {
  it("ends with the require of statuskit alone", () => {
    const code =
      'const { StatusCodes, ReasonPhrases } = require("http-status-codes");\nres.status(StatusCodes.CREATED).send(ReasonPhrases.CREATED);';
    expect(fixAll(preferStatuskit, code, [], "commonjs")).toBe(
      'const { HTTP_201_CREATED, reasonPhrase } = require("statuskit");\nres.status(HTTP_201_CREATED).send(reasonPhrase(HTTP_201_CREATED));',
    );
  });
});

describe("prefer-statuskit: eslint --fix", () => checkAllPasses(preferStatuskit, multiPass));

const ifNumber = (output: string) => ({
  messageId: "replaceIfNumber" as const,
  suggestions: [{ messageId: "useReasonPhrase" as const, output }],
});

ruleTester.run("prefer-statuskit: a lookup by a key that may be a string is only suggested", preferStatuskit, {
  valid: [
    {
      name: "a string key that names no code: 0404",
      code: 'import statuses from "statuses";\nstatuses.message["0404"];',
    },
    { name: "a string key with a space", code: 'import statuses from "statuses";\nstatuses.message[" 404"];' },
    { name: "http-status's other keys", code: 'import httpStatus from "http-status";\nhttpStatus["404_NAME"];' },
    {
      name: "a template key is text",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the sample's own template literal
      code: 'import httpStatus from "http-status";\nhttpStatus[`${code}_MESSAGE`];',
    },
  ],
  invalid: [
    {
      name: "statuses.message[code]",
      code: 'import statuses from "statuses";\nres.end(statuses.message[code]);',
      output: null,
      errors: [
        ifNumber(
          'import statuses from "statuses";\nimport { reasonPhrase } from "statuskit";\nres.end(reasonPhrase(code));',
        ),
      ],
    },
    {
      name: "http-status's phrase by a variable code",
      code: 'import httpStatus from "http-status";\nres.send(httpStatus[res.statusCode]);',
      output: null,
      errors: [
        ifNumber(
          'import httpStatus from "http-status";\nimport { reasonPhrase } from "statuskit";\nres.send(reasonPhrase(res.statusCode));',
        ),
      ],
    },
    {
      name: "Deno STATUS_TEXT by a variable code, from a deno.land URL",
      code: 'import { STATUS_TEXT } from "https://deno.land/std@0.224.0/http/status.ts";\nconst text = STATUS_TEXT[code];',
      output: null,
      errors: [
        ifNumber(
          'import { STATUS_TEXT } from "https://deno.land/std@0.224.0/http/status.ts";\nimport { reasonPhrase } from "statuskit";\nconst text = reasonPhrase(code);',
        ),
      ],
    },
  ],
});

// Each migration runs against the real package it replaces (the versions in
// the repository's devDependencies) and must print what the original printed.
describe("prefer-statuskit: a migrated file gives the answers the old package gave", () => {
  const tmp = join(packageRoot, ".tmp");
  mkdirSync(tmp, { recursive: true });
  const folder = mkdtempSync(join(tmp, "prefer-statuskit-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  let files = 0;
  const run = (code: string, extension: string) => {
    const file = join(folder, `${files++}${extension}`);
    writeFileSync(file, code);
    return execFileSync(process.execPath, [file], { encoding: "utf8" });
  };

  it.each([
    {
      name: "statuses: message by number and by string code",
      code: 'const statuses = require("statuses");\nconsole.log(JSON.stringify([statuses.message[404], statuses.message["503"], statuses.message[201]]));\n',
    },
    {
      name: "http-status: phrases by number, by string code, nested, and codes by name",
      code: 'const { status } = require("http-status");\nconsole.log(JSON.stringify([status[404], status["500"], status[status.NOT_FOUND], status.NOT_FOUND, status["BAD_REQUEST"]]));\n',
    },
    {
      name: "http-status-codes: StatusCodes and ReasonPhrases",
      code: 'const { StatusCodes, ReasonPhrases } = require("http-status-codes");\nconsole.log(JSON.stringify([StatusCodes.NOT_FOUND, ReasonPhrases.NOT_FOUND, StatusCodes.CREATED]));\n',
    },
  ])("$name", ({ code }) => {
    const fixed = fixAll(preferStatuskit, code, [], "commonjs");
    expect(fixed).not.toMatch(/require\("(statuses|http-status|http-status-codes)"\)/);
    expect(fixed).toMatch(/require\("statuskit"\)/);
    const before = run(code, ".cjs");
    expect(JSON.parse(before)).not.toContain(null);
    expect(run(fixed, ".cjs")).toBe(before);
  });

  it("the ES module form: httpStatus[httpStatus.NOT_FOUND] from a default import", () => {
    const code =
      'import httpStatus from "http-status";\nconsole.log(httpStatus[httpStatus.NOT_FOUND], httpStatus["404"]);\n';
    const fixed = fixAll(preferStatuskit, code);
    expect(fixed).toBe(
      'import { HTTP_404_NOT_FOUND, reasonPhrase } from "statuskit";\nconsole.log(reasonPhrase(HTTP_404_NOT_FOUND), reasonPhrase(HTTP_404_NOT_FOUND));\n',
    );
    expect(run(fixed, ".mjs")).toBe(run(code, ".mjs"));
  });

  it("the suggestion for statuses.message[code] gives the same phrase for a number code", () => {
    const code = 'const statuses = require("statuses");\nconst code = 404;\nconsole.log(statuses.message[code]);\n';
    const [message] = new Linter().verify(
      code,
      [
        {
          files: ["**/*.cjs"],
          plugins: { statuskit: { rules: { rule: preferStatuskit } } },
          rules: { "statuskit/rule": "error" },
        },
      ],
      { filename: "file.cjs" },
    );
    const fix = message?.suggestions?.[0]?.fix;
    if (fix === undefined) throw new Error("no suggestion");
    const suggested = code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
    expect(suggested).toContain("reasonPhrase(code)");
    expect(run(suggested, ".cjs")).toBe(run(code, ".cjs"));
  });
});

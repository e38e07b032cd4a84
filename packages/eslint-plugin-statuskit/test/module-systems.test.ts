// The fixes add `import` to ES modules and `require` to CommonJS files, and
// nothing to a file that is neither. Each fixed file is run with node beside
// the original, so a fix that does not load (an `import` in CommonJS, a
// constant read before its `require`) fails here, not only one that does not
// parse.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as typescriptParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { afterAll, describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { packageRoot } from "./lint.js";

const root = mkdtempSync(join(tmpdir(), "statuskit-module-systems-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// The packages the samples load: statuskit itself, and stand-ins for Fastify
// and dotenv with the API the samples call.
mkdirSync(join(root, "node_modules"));
symlinkSync(join(packageRoot, "..", ".."), join(root, "node_modules", "statuskit"), "dir");
const fastify = `module.exports = () => ({
  get(path, handler) {
    const reply = { code(status) { console.log(path, status); return reply; }, send() {} };
    handler({}, reply);
  },
});
`;
const dotenv = "module.exports = { config() { return {}; } };\n";
for (const [name, code] of [
  ["fastify", fastify],
  ["dotenv", dotenv],
]) {
  mkdirSync(join(root, "node_modules", name as string));
  writeFileSync(join(root, "node_modules", name as string, "index.js"), code as string);
}

type SourceType = "module" | "commonjs" | "script";

/** A sample: its file name, how node loads a `.js` file in its folder, and ESLint's sourceType when set. */
interface Sample {
  name: string;
  file: string;
  packageType: "module" | "commonjs";
  sourceType?: SourceType;
  code: string;
}

let folders = 0;

// ESLint lints only the files a pattern names by extension.
const lintedFiles = ["**/*.js", "**/*.cjs", "**/*.mjs", "**/*.cts", "**/*.mts"];

function fix(sample: Sample): string {
  const languageOptions: Linter.LanguageOptions = sample.file.endsWith("ts")
    ? { parser: typescriptParser }
    : { ecmaVersion: "latest" };
  if (sample.sourceType !== undefined) languageOptions.sourceType = sample.sourceType;
  const config: Linter.Config[] = [
    {
      files: lintedFiles,
      plugins: { statuskit: plugin },
      languageOptions,
      rules: { "statuskit/no-bare-status-code": "error" },
    },
  ];
  const result = new Linter().verifyAndFix(sample.code, config, { filename: sample.file });
  const fatal = result.messages.find((message) => message.fatal);
  if (fatal !== undefined) throw new Error(`${sample.name}: ${fatal.message}`);
  return result.output;
}

/** Runs a file's text with node in a folder of the sample's package type; its output, or the error's first line. */
function run(sample: Sample, code: string): string {
  const folder = join(root, String(folders++));
  mkdirSync(folder);
  writeFileSync(join(folder, "package.json"), JSON.stringify({ type: sample.packageType }));
  writeFileSync(join(folder, sample.file), code);
  try {
    return execFileSync(process.execPath, [sample.file], { cwd: folder, encoding: "utf8", stdio: "pipe" });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? error);
    return `failed: ${stderr.split("\n").find((line) => /Error/.test(line)) ?? stderr}`;
  }
}

// `res` stands for any response object; it prints each status it is given.
const res = "const res = { status(code) { console.log('status', code); return res; } };";

const commonjsSamples: (Sample & { fixed: string })[] = [
  {
    name: "Fastify's example: 'use strict' and require('fastify')({ ... }), sourceType left at ESLint's default",
    file: "server.js",
    packageType: "commonjs",
    code: "'use strict'\n\nconst fastify = require('fastify')({ logger: true })\n\nfastify.get('/', (request, reply) => {\n  reply.code(200).send({ hello: 'world' })\n})\n",
    fixed:
      "'use strict'\nconst { HTTP_200_OK } = require('statuskit')\n\nconst fastify = require('fastify')({ logger: true })\n\nfastify.get('/', (request, reply) => {\n  reply.code(HTTP_200_OK).send({ hello: 'world' })\n})\n",
  },
  {
    name: "Fastify's example without a directive: const app = require('fastify')() first",
    file: "app.js",
    packageType: "commonjs",
    code: "const app = require('fastify')()\napp.get('/missing', (request, reply) => reply.code(404).send())\n",
    fixed:
      "const { HTTP_404_NOT_FOUND } = require('statuskit')\nconst app = require('fastify')()\napp.get('/missing', (request, reply) => reply.code(HTTP_404_NOT_FOUND).send())\n",
  },
  {
    name: "require('dotenv').config() as the only require",
    file: "main.js",
    packageType: "commonjs",
    code: `require("dotenv").config();\n${res}\nres.status(503);\n`,
    fixed: `const { HTTP_503_SERVICE_UNAVAILABLE } = require("statuskit");\nrequire("dotenv").config();\n${res}\nres.status(HTTP_503_SERVICE_UNAVAILABLE);\n`,
  },
  {
    name: "a status used at the top level before the file's last require: the require goes first",
    file: "early.js",
    packageType: "commonjs",
    code: `const path = require("node:path");\n${res}\nres.status(404);\nconst util = require("node:util");\n`,
    fixed: `const path = require("node:path");\nconst { HTTP_404_NOT_FOUND } = require("statuskit");\n${res}\nres.status(HTTP_404_NOT_FOUND);\nconst util = require("node:util");\n`,
  },
  {
    name: "a statuskit require below the first use is not extended: a new require goes at the top",
    file: "late.js",
    packageType: "commonjs",
    code: `${res}\nres.status(404);\nconst { HTTP_200_OK } = require("statuskit");\nres.status(HTTP_200_OK);\n`,
    fixed: `const { HTTP_404_NOT_FOUND } = require("statuskit");\n${res}\nres.status(HTTP_404_NOT_FOUND);\nconst { HTTP_200_OK } = require("statuskit");\nres.status(HTTP_200_OK);\n`,
  },
  {
    name: "a name a late require declares is not used before it (and cannot be declared twice)",
    file: "late-same.js",
    packageType: "commonjs",
    code: `${res}\nres.status(200);\nconst { HTTP_200_OK } = require("statuskit");\nres.status(HTTP_200_OK);\n`,
    fixed: `${res}\nres.status(200);\nconst { HTTP_200_OK } = require("statuskit");\nres.status(HTTP_200_OK);\n`,
  },
  {
    name: "a .cjs file without any require",
    file: "handler.cjs",
    packageType: "module",
    code: `${res}\nres.status(201);\n`,
    fixed: `const { HTTP_201_CREATED } = require("statuskit");\n${res}\nres.status(HTTP_201_CREATED);\n`,
  },
  {
    name: "module.exports",
    file: "exports.js",
    packageType: "commonjs",
    code: `${res}\nmodule.exports = { gone: () => res.status(410) };\nmodule.exports.gone();\n`,
    fixed: `const { HTTP_410_GONE } = require("statuskit");\n${res}\nmodule.exports = { gone: () => res.status(HTTP_410_GONE) };\nmodule.exports.gone();\n`,
  },
  {
    name: "exports.x",
    file: "named-exports.js",
    packageType: "commonjs",
    code: `${res}\nexports.teapot = () => res.status(418);\nexports.teapot();\n`,
    fixed: `const { HTTP_418_IM_A_TEAPOT } = require("statuskit");\n${res}\nexports.teapot = () => res.status(HTTP_418_IM_A_TEAPOT);\nexports.teapot();\n`,
  },
  {
    name: "a require called inside a function only",
    file: "lazy.js",
    packageType: "commonjs",
    code: `${res}\nfunction load() { return require("node:path"); }\nload();\nres.status(202);\n`,
    fixed: `const { HTTP_202_ACCEPTED } = require("statuskit");\n${res}\nfunction load() { return require("node:path"); }\nload();\nres.status(HTTP_202_ACCEPTED);\n`,
  },
  {
    name: "a lone 'use strict' in a .js file with no import or export is CommonJS",
    file: "strict.js",
    packageType: "commonjs",
    code: `"use strict";\n${res}\nres.status(500);\n`,
    fixed: `"use strict";\nconst { HTTP_500_INTERNAL_SERVER_ERROR } = require("statuskit");\n${res}\nres.status(HTTP_500_INTERNAL_SERVER_ERROR);\n`,
  },
  {
    name: "sourceType commonjs in the configuration, for a .js file with no sign in its code",
    file: "configured.js",
    packageType: "commonjs",
    sourceType: "commonjs",
    code: `${res}\nres.status(429);\n`,
    fixed: `const { HTTP_429_TOO_MANY_REQUESTS } = require("statuskit");\n${res}\nres.status(HTTP_429_TOO_MANY_REQUESTS);\n`,
  },
];

const moduleSamples: (Sample & { fixed: string })[] = [
  {
    name: "an .mjs file with a 'use strict' directive is still an ES module",
    file: "strict.mjs",
    packageType: "commonjs",
    code: `"use strict";\n${res}\nres.status(404);\n`,
    fixed: `"use strict";\nimport { HTTP_404_NOT_FOUND } from "statuskit";\n${res}\nres.status(HTTP_404_NOT_FOUND);\n`,
  },
  {
    name: "a .js file with imports, in a package of type module",
    file: "routes.js",
    packageType: "module",
    code: `import { join } from "node:path";\n${res}\nres.status(204);\n`,
    fixed: `import { join } from "node:path";\nimport { HTTP_204_NO_CONTENT } from "statuskit";\n${res}\nres.status(HTTP_204_NO_CONTENT);\n`,
  },
  {
    name: "a .js file with no sign of either, under ESLint's default sourceType module",
    file: "plain.js",
    packageType: "module",
    code: `${res}\nres.status(401);\n`,
    fixed: `import { HTTP_401_UNAUTHORIZED } from "statuskit";\n${res}\nres.status(HTTP_401_UNAUTHORIZED);\n`,
  },
  {
    name: "an ES module that makes its own require with createRequire",
    file: "created.js",
    packageType: "module",
    code: `import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\nrequire("node:path");\n${res}\nres.status(409);\n`,
    fixed: `import { createRequire } from "node:module";\nimport { HTTP_409_CONFLICT } from "statuskit";\nconst require = createRequire(import.meta.url);\nrequire("node:path");\n${res}\nres.status(HTTP_409_CONFLICT);\n`,
  },
];

// Neither `import` nor `require` would run in these: the status is reported, without a fix.
const unfixableSamples: Sample[] = [
  {
    name: "a UMD file that tests typeof module before it exports",
    file: "umd.js",
    packageType: "commonjs",
    code: `${res}\n(function (factory) {\n  if (typeof module === "object" && module.exports) module.exports = factory();\n  else globalThis.gone = factory();\n})(function () {\n  return res.status(410);\n});\n`,
  },
  {
    name: "a file that runs with or without CommonJS: typeof require",
    file: "either.js",
    packageType: "commonjs",
    code: `${res}\nconst path = typeof require === "function" ? require("node:path") : undefined;\nres.status(400);\n`,
  },
];

describe("fixes in CommonJS files add a require that runs before any use", () => {
  it.each(commonjsSamples)("$name", (sample) => {
    const fixed = fix(sample);
    expect(fixed).toBe(sample.fixed);
    expect(fixed).not.toMatch(/^import /m);
    const before = run(sample, sample.code);
    expect(before).toMatch(/^\S+ \d{3}\n/);
    expect(run(sample, fixed)).toBe(before);
  });
});

describe("fixes in ES modules add an import", () => {
  it.each(moduleSamples)("$name", (sample) => {
    const fixed = fix(sample);
    expect(fixed).toBe(sample.fixed);
    const before = run(sample, sample.code);
    expect(before).toMatch(/^\S+ \d{3}\n/);
    expect(run(sample, fixed)).toBe(before);
  });
});

describe("files that are neither get no fix, and keep running", () => {
  it.each(unfixableSamples)("$name", (sample) => {
    const messages = new Linter().verify(
      sample.code,
      [
        {
          files: lintedFiles,
          plugins: { statuskit: plugin },
          languageOptions: sample.sourceType === undefined ? {} : { sourceType: sample.sourceType },
          rules: { "statuskit/no-bare-status-code": "error" },
        },
      ],
      { filename: sample.file },
    );
    expect(messages.map((message) => [message.messageId, message.fix])).toEqual([["bare", undefined]]);
    expect(fix(sample)).toBe(sample.code);
  });
});

// Node 20 cannot run TypeScript, so for .cts and .mts the fixed text is checked, and parsed again.
describe("TypeScript files take their module system from the extension", () => {
  it.each([
    {
      file: "handler.cts",
      code: "export {};\nres.status(404);\n",
      fixed: 'import { HTTP_404_NOT_FOUND } from "statuskit";\nexport {};\nres.status(HTTP_404_NOT_FOUND);\n',
    },
    {
      file: "handler.cts",
      code: "const res = { status(code: number) { return code; } };\nres.status(404);\n",
      fixed:
        'const { HTTP_404_NOT_FOUND } = require("statuskit");\nconst res = { status(code: number) { return code; } };\nres.status(HTTP_404_NOT_FOUND);\n',
    },
    {
      file: "handler.mts",
      code: '"use strict";\nconst res = { status(code: number) { return code; } };\nres.status(404);\n',
      fixed:
        '"use strict";\nimport { HTTP_404_NOT_FOUND } from "statuskit";\nconst res = { status(code: number) { return code; } };\nres.status(HTTP_404_NOT_FOUND);\n',
    },
  ])("$file: $code", ({ file, code, fixed }) => {
    const sample: Sample = { name: file, file, packageType: "module", code };
    expect(fix(sample)).toBe(fixed);
    expect(fix({ ...sample, code: fixed })).toBe(fixed);
  });
});

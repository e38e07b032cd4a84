import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, run } from "../lib/exec.mjs";
import { interopDir, makeConsumer, specifierOf } from "../lib/package.mjs";

// Each an npm alias in interop/package.json: the oldest 5.x statuskit
// supports, the first with erasableSyntaxOnly, the newest 5.x and 6.x, and
// the newest the registry serves (7.x, the native port, whose `tsc` is a
// Node launcher for its Go binary, invoked the same way).
const typescripts = ["typescript-5.0", "typescript-5.8", "typescript-5.9", "typescript-6", "typescript-7"];

// Under node16 and nodenext a consumer has CommonJS files too, and each kind
// must read the declaration file its exports-map condition names (checked
// against --listFiles); under bundler, only the `import` ones.
const nodeFiles = (erasable) => [
  "usage.ts",
  "verbatim.ts",
  "no-default.ts",
  "require-typed.cts",
  ...(erasable ? ["erasable.ts"] : ["require.cts"]),
];
const resolutions = [
  { name: "node16", module: "node16", moduleResolution: "node16", files: nodeFiles, conditions: ["import", "require"] },
  {
    name: "nodenext",
    module: "nodenext",
    moduleResolution: "nodenext",
    files: nodeFiles,
    conditions: ["import", "require"],
  },
  {
    name: "bundler",
    module: "esnext",
    moduleResolution: "bundler",
    files: (erasable) => ["usage.ts", "verbatim.ts", ...(erasable ? ["erasable.ts"] : [])],
    conditions: ["import"],
  },
];

// The strict settings users turn on, and the three that catch packages that
// need more than type erasure. No DOM and no @types: statuskit needs neither.
const compilerOptions = {
  target: "ES2022",
  lib: ["ES2022"],
  types: [],
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  skipLibCheck: false,
  noEmit: true,
};

// Hono's own types need the DOM's Request and Response, and TypeScript 5.7's
// generic Uint8Array.
const honoProject = {
  name: "bundler + hono",
  module: "esnext",
  moduleResolution: "bundler",
  files: () => ["hono.ts"],
  conditions: ["import"],
  minimum: "5.7.0",
};
const fixtures = [
  "usage.ts",
  "verbatim.ts",
  "no-default.ts",
  "require.cts",
  "require-typed.cts",
  "erasable.ts",
  "hono.ts",
];

export async function runTypeScript({ tmp, tarball, report }) {
  const consumer = await makeConsumer(path.join(tmp, "typescript"), tarball, {
    fixtures: fixtures.map((file) => `typescript/${file}`),
    links: ["hono"],
  });
  const directory = path.join(consumer.directory, "typescript");
  await writeFile(path.join(directory, "package.json"), '{ "type": "module" }\n');
  const subpathFiles = await writeSubpathFiles(directory, consumer.subpaths);

  for (const alias of typescripts) {
    const packageDir = path.join(interopDir, "node_modules", alias);
    const { version } = JSON.parse(await readFile(path.join(packageDir, "package.json"), "utf8"));
    // erasableSyntaxOnly arrived in 5.8; older versions reject the option.
    const erasable = compareVersions(version, "5.8.0") >= 0;
    for (const project of [...resolutions, honoProject]) {
      const isHono = project === honoProject;
      const files = [
        ...project.files(erasable),
        ...(isHono
          ? []
          : subpathFiles.filter((file) => project.conditions.includes("require") || !file.endsWith(".cts"))),
      ];
      if (project.minimum && compareVersions(version, project.minimum) < 0) {
        console.log(
          `   note: typescript ${version}: ${project.name} not run, it needs TypeScript >= ${project.minimum}`,
        );
        continue;
      }
      const config = path.join(directory, `tsconfig.${alias}.${project.name.replaceAll(/\W+/g, "-")}.json`);
      const options = {
        ...compilerOptions,
        module: project.module,
        moduleResolution: project.moduleResolution,
        ...(erasable ? { erasableSyntaxOnly: true } : {}),
        ...(isHono ? { lib: ["ES2022", "DOM"] } : {}),
      };
      await writeFile(config, `${JSON.stringify({ compilerOptions: options, files }, null, 2)}\n`);
      const result = await run(
        process.execPath,
        [path.join(packageDir, "bin", "tsc"), "-p", config, "--pretty", "false", "--listFiles"],
        { cwd: directory, timeout: 180_000 },
      );
      // --listFiles fills stdout: on failure, show tsc's diagnostics alone.
      const diagnostics = `${result.stdout}\n${result.stderr}`.split("\n").filter((line) => !line.startsWith("/"));
      const failures = result.code === 0 ? [] : [describe({ ...result, stdout: diagnostics.join("\n"), stderr: "" })];
      const read = result.stdout
        .split("\n")
        .filter((line) => line.includes("/node_modules/statuskit/"))
        .map(
          (line) =>
            `./${line.trim().slice(line.indexOf("/node_modules/statuskit/") + "/node_modules/statuskit/".length)}`,
        );
      for (const condition of ["import", "require"]) {
        for (const subpath of isHono ? ["."] : consumer.subpaths) {
          const types = consumer.manifest.exports?.[subpath]?.[condition]?.types;
          if (types === undefined) continue;
          const wanted = project.conditions.includes(condition);
          if (wanted && !read.includes(types))
            failures.push(`did not read ${types} (${condition} types of ${subpath})`);
          if (!wanted && read.includes(types)) failures.push(`read ${types}, the ${condition} types of ${subpath}`);
        }
      }
      const settings = `isolatedModules, verbatimModuleSyntax${erasable ? ", erasableSyntaxOnly" : ""}`;
      report.expect(
        `typescript ${version}: ${project.name} (${settings}): ${files.join(", ")}`,
        failures,
        `${(result.ms / 1000).toFixed(1)}s`,
      );
    }
  }
}

/**
 * For each subpath of the exports map besides ".", a consumer file that
 * imports it and, for node16 and nodenext, a CommonJS one that requires it.
 */
async function writeSubpathFiles(directory, subpaths) {
  const files = [];
  for (const subpath of subpaths.filter((subpath) => subpath !== ".")) {
    const specifier = specifierOf(subpath);
    const slug = subpath.slice(2).replaceAll(/\W+/g, "-");
    await writeFile(
      path.join(directory, `subpath-${slug}.ts`),
      `import * as subpath from "${specifier}";\n\nexport const names: readonly string[] = Object.keys(subpath);\n`,
    );
    await writeFile(
      path.join(directory, `subpath-${slug}.cts`),
      `declare function require(id: string): any;\n\nconst subpath: typeof import("${specifier}") = require("${specifier}");\nObject.keys(subpath);\n`,
    );
    files.push(`subpath-${slug}.ts`, `subpath-${slug}.cts`);
  }
  return files;
}

function compareVersions(left, right) {
  const [a, b] = [left, right].map((version) => version.split(/[.-]/).slice(0, 3).map(Number));
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/**
 * The main entry's two module files, written from one esbuild bundle of
 * src/all-exports.ts (ES module syntax, every export listed once in the
 * single `export { ... };` clause esbuild ends a bundle with):
 *
 * - dist/index.js, the ES module: the bundle as it is, plus the `status`
 *   namespace;
 * - dist/index.cjs, the CommonJS module: the same code with that clause
 *   turned into one `module.exports` object literal.
 *
 * Both export plain values. esbuild's own CommonJS output exports through a
 * getter per name, about 0.3 ms of import time for statuskit's ~90 exports,
 * and its namespace objects are built the same way; the literal costs next
 * to nothing and is also what Node's CommonJS export detection reads best.
 *
 * The `status` namespace is a frozen object without a prototype that holds
 * every export once (not itself), the same members as the module namespace
 * TypeScript describes in index.d.ts.
 */

/** One exported binding: the name a consumer imports and the local it reads. */
export interface ExportedBinding {
  readonly exported: string;
  readonly local: string;
}

const exportClause = /\nexport \{([^}]*)\};\n*$/;

/** The bindings of the bundle's final export clause; throws if esbuild wrote the bundle another way. */
export function exportedBindings(bundle: string): readonly ExportedBinding[] {
  if (/^\s*(?:import|export)\b/m.test(bundle.replace(exportClause, "\n")))
    throw new Error("main-entries: expected one self-contained bundle with a single export clause at its end");
  const clause = exportClause.exec(bundle)?.[1];
  if (clause === undefined) throw new Error("main-entries: the bundle has no final `export { ... };` clause");
  return clause
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "")
    .map((item) => {
      const [local = "", exported = local] = item.split(/\s+as\s+/);
      if (!/^[A-Za-z_$][\w$]*$/.test(local) || !/^[A-Za-z_$][\w$]*$/.test(exported))
        throw new Error(`main-entries: unexpected export ${JSON.stringify(item)}`);
      return { exported, local };
    });
}

function objectLiteral(bindings: readonly ExportedBinding[], indent: string): string {
  return bindings
    .map(({ exported, local }) => `${indent}${exported === local ? local : `${exported}: ${local}`},`)
    .join("\n");
}

/**
 * The prototype is taken away after the object is made, not with
 * `__proto__: null` in the literal: V8 keeps an object made that way in
 * dictionary mode, where every `status.isSuccess` is a hash lookup (about
 * ten times slower in a loop), while this one keeps fast properties.
 */
function namespace(bindings: readonly ExportedBinding[]): string {
  return [
    "// The `status` namespace: every export above, once, as a frozen object without a prototype.",
    "const status = /* @__PURE__ */ Object.freeze(",
    "  /* @__PURE__ */ Object.setPrototypeOf(",
    "    {",
    objectLiteral(bindings, "      "),
    "    },",
    "    null,",
    "  ),",
    ");",
  ].join("\n");
}

/**
 * esbuild writes every top-level `const` of a bundle as `var`, but a bundler
 * inlines an imported constant as its bare number only when it is declared
 * `const`, and esbuild only when the declaration comes before any other kind
 * of statement in its file. Each `HTTP_NNN_...` constant (a number literal,
 * depending on nothing) is declared `const` again, at the top of the file.
 */
function constantsFirst(body: string, bindings: readonly ExportedBinding[]): string {
  const constants = new Set(bindings.filter(({ local }) => /^HTTP_\d{3}_/.test(local)).map(({ local }) => local));
  const declarations: string[] = [];
  let rest = body.replace(/^var (HTTP_\d{3}_\w+) = (\d{3});\n/gm, (line, name: string, code: string) => {
    if (!constants.has(name)) return line;
    declarations.push(`const ${name} = ${code};`);
    return "";
  });
  rest = rest.replace("// src/generated/constants.ts\n", "");
  if (declarations.length !== constants.size || declarations.length === 0)
    throw new Error(`main-entries: found ${declarations.length} of ${constants.size} constants as \`var NAME = NNN;\``);
  return `// The constants, first: see scripts/main-entries.ts.\n${declarations.join("\n")}\n\n${rest}`;
}

/** The ES module entry: the bundle, and the `status` namespace added to its exports. */
export function moduleEntry(bundle: string): string {
  const bindings = exportedBindings(bundle);
  const body = constantsFirst(bundle.replace(exportClause, "\n"), bindings);
  const names = bindings.map(({ exported, local }) => (exported === local ? local : `${local} as ${exported}`));
  return `${body}${namespace(bindings)}\nexport {\n${[...names, "status"].map((name) => `  ${name},`).join("\n")}\n};\n`;
}

/** The CommonJS entry: the same code, exporting one object literal. */
export function commonJsEntry(bundle: string): string {
  const bindings = exportedBindings(bundle);
  const body = bundle.replace(exportClause, "\n");
  return [
    '"use strict";',
    body.trimEnd(),
    "",
    namespace(bindings),
    "module.exports = {",
    objectLiteral(bindings, "  "),
    "  status,",
    "};",
    'Object.defineProperty(module.exports, "__esModule", { __proto__: null, value: true });',
    "",
  ].join("\n");
}

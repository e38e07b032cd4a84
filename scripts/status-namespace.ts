/**
 * Rewrites how the declarations present the `status` namespace, so that
 * editors show what a reader expects on hover. Run by scripts/build.ts on the
 * freshly built declarations.
 *
 * src/index.ts writes `export * as status from "./all-exports.js"`, which is
 * what the JavaScript needs, but TypeScript ignores a doc comment on
 * `export * as`, and, with `status` imported, it finds every type through the
 * namespace and prints a guard as `code is status.SuccessCode`. The ESM
 * declarations get a `declare namespace status` instead, carrying the doc
 * comment of src/index.ts: its values are aliases of the library's own (so
 * their hovers keep their doc comments) and its types are type aliases of
 * their own, which TypeScript does not follow when it names a type, so a
 * guard prints `code is SuccessCode`. The CommonJS declarations (bundled by
 * tsup) already declare the namespace with members of its own, so they only
 * get the doc comment.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

const reexport = 'export * as status from "./all-exports.js";';

/** The doc comment written above `export * as status` in src/index.ts. */
function namespaceDocComment(root: string): string {
  const source = readFileSync(join(root, "src", "index.ts"), "utf8");
  const match = /(\/\*\*(?:[^*]|\*(?!\/))*\*\/)\s*export \* as status from "\.\/all-exports\.js";/.exec(source);
  if (match?.[1] === undefined) throw new Error(`src/index.ts: no doc comment above '${reexport}'`);
  return match[1];
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => (line.trim() === "" ? "" : `  ${line.trimStart().startsWith("*") ? " " : ""}${line.trimStart()}`))
    .join("\n");
}

/** One member line per export of all-exports.d.ts: an alias for a value, a type alias for a type. */
function namespaceMembers(allExportsDeclarations: string): string[] {
  const program = ts.createProgram([allExportsDeclarations], { noEmit: true, noLib: true, types: [] });
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(allExportsDeclarations);
  const moduleSymbol = file && checker.getSymbolAtLocation(file);
  if (moduleSymbol === undefined) throw new Error(`${allExportsDeclarations}: not a module`);
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const name = exported.name;
    const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const isValue = (target.flags & ts.SymbolFlags.Value) !== 0;
    const isType = (target.flags & ts.SymbolFlags.Type) !== 0;
    if (isValue && isType) throw new Error(`status namespace: ${name} is both a value and a type`);
    if (isValue) return `  export import ${name} = allExports.${name};`;
    const declaration = target.declarations?.[0];
    if (declaration === undefined) throw new Error(`status namespace: ${name} has no declaration`);
    const docs = ts.getJSDocCommentsAndTags(declaration).filter(ts.isJSDoc);
    const doc = docs.at(-1);
    const docText = doc === undefined ? "" : `${indent(doc.getText())}\n`;
    const parameters =
      ts.isTypeAliasDeclaration(declaration) || ts.isInterfaceDeclaration(declaration)
        ? (declaration.typeParameters ?? [])
        : [];
    const declared =
      parameters.length === 0 ? "" : `<${parameters.map((parameter) => parameter.getText()).join(", ")}>`;
    const applied = parameters.length === 0 ? "" : `<${parameters.map((parameter) => parameter.name.text).join(", ")}>`;
    return `${docText}  export type ${name}${declared} = allExports.${name}${applied};`;
  });
}

/** Rewrites dist/index.d.ts and dist/index.d.cts in `outDir`. */
export function declareStatusNamespace(root: string, outDir: string): void {
  const doc = namespaceDocComment(root);

  const esm = join(outDir, "index.d.ts");
  const esmText = readFileSync(esm, "utf8");
  const at = esmText.indexOf(reexport);
  const docAt = esmText.lastIndexOf("/**", at);
  if (at === -1 || docAt === -1) throw new Error(`${esm}: no documented '${reexport}'`);
  const namespace = [
    doc,
    "export declare namespace status {",
    ...namespaceMembers(join(outDir, "all-exports.d.ts")),
    "}",
  ].join("\n");
  writeFileSync(
    esm,
    `import * as allExports from "./all-exports.js";\n${esmText.slice(0, docAt)}${namespace}${esmText.slice(at + reexport.length)}`,
  );

  const cjs = join(outDir, "index.d.cts");
  const cjsText = readFileSync(cjs, "utf8");
  const opening = "\ndeclare namespace allExports {";
  if (cjsText.split(opening).length !== 2) throw new Error(`${cjs}: expected one '${opening.trim()}'`);
  writeFileSync(cjs, cjsText.replace(opening, `\n${doc}${opening}`));
}

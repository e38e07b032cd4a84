import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Every relative link in the project's Markdown points at a file that exists,
// and at a heading of that file where it names one, so a page moved or a
// heading renamed cannot leave a reader at a dead end.

const root = join(fileURLToPath(import.meta.url), "..", "..");
const markdownIn = (folder: string) =>
  readdirSync(join(root, folder))
    .filter((file) => file.endsWith(".md"))
    .map((file) => join(folder, file));
const pages = [
  "README.md",
  "CONTRIBUTING.md",
  "CHANGELOG.md",
  "BENCHMARKS.md",
  "data/README.md",
  "interop/README.md",
  ...markdownIn("docs"),
  "packages/eslint-plugin-statuskit/README.md",
  ...markdownIn("packages/eslint-plugin-statuskit/docs/rules"),
];

/** The text of a page without its fenced code blocks, where a `[x](y)` is code, not a link. */
function prose(file: string): string {
  return readFileSync(join(root, file), "utf8").replace(/^```[\s\S]*?^```/gm, "");
}

/** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchors(file: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const [, heading] of prose(file).matchAll(/^#{1,6} (.+)$/gm)) {
    const slug = (heading ?? "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, "")
      .replace(/ /g, "-");
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    result.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return result;
}

function relativeLinks(file: string): string[] {
  return [...prose(file).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] as string)
    .filter((target) => !/^[a-z][a-z+.-]*:/i.test(target));
}

describe("relative links in the Markdown", () => {
  it("checks the pages of every tool", () => {
    expect(pages).toEqual(expect.arrayContaining(["docs/cli.md", "docs/serve.md", "docs/errors.md", "docs/api.md"]));
    expect(pages.flatMap(relativeLinks).length).toBeGreaterThan(10);
  });

  it.each(pages)("%s: every relative link resolves", (page) => {
    const broken = relativeLinks(page).filter((target) => {
      const [path = "", anchor] = target.split("#");
      const file = path === "" ? join(root, page) : join(root, dirname(page), decodeURIComponent(path));
      if (!existsSync(file)) return true;
      if (anchor === undefined) return false;
      return !statSync(file).isFile() || !anchors(relative(root, file)).has(anchor);
    });
    expect(broken).toEqual([]);
  });
});

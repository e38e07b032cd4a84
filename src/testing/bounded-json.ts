/**
 * A JSON-like rendering of an already-parsed value, cut after `limit`
 * characters: the work is bounded by the limit (and a nesting depth), not by
 * the size of the value, and a cycle or a throwing getter cannot crash a
 * failure message. Only own enumerable keys are read.
 */
export function boundedJson(value: unknown, limit: number): { readonly text: string; readonly cut: boolean } {
  let text = "";
  let cut = false;
  const write = (part: string) => {
    if (cut) return;
    if (text.length + part.length > limit) {
      text += part.slice(0, limit - text.length);
      cut = true;
    } else text += part;
  };
  const visit = (item: unknown, depth: number) => {
    if (cut) return;
    if (typeof item === "string") {
      write(JSON.stringify(item.length > limit ? item.slice(0, limit) : item));
      return;
    }
    if (typeof item === "number" || typeof item === "boolean" || item === null) {
      write(String(item));
      return;
    }
    if (typeof item === "bigint") {
      write(`${item}n`);
      return;
    }
    if (typeof item !== "object") {
      write(typeof item === "undefined" ? "undefined" : `[${typeof item}]`);
      return;
    }
    if (depth > 8) {
      write(Array.isArray(item) ? "[…]" : "{…}");
      return;
    }
    if (Array.isArray(item)) {
      write("[");
      for (let index = 0; index < item.length && !cut; index++) {
        if (index > 0) write(",");
        visit(item[index], depth + 1);
      }
      write("]");
      return;
    }
    write("{");
    let first = true;
    for (const key in item) {
      if (cut) break;
      if (!Object.hasOwn(item, key)) continue;
      if (!first) write(",");
      first = false;
      write(`${JSON.stringify(key)}:`);
      visit((item as Record<string, unknown>)[key], depth + 1);
    }
    write("}");
  };
  try {
    visit(value, 0);
  } catch {
    write("[unreadable]");
  }
  return { text, cut };
}

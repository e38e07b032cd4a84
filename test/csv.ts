// A small CSV reader (RFC 4180 quoting) for the vendored data files.

import { readFileSync } from "node:fs";

function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      fields.push(field);
      field = "";
    } else field += char;
  }
  fields.push(field);
  return fields;
}

/** Reads a CSV file of the vendored data into objects keyed by its header row. */
export function readCsv(path: URL): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, "utf8").trim().split(/\r?\n/);
  const names = parseCsvLine(header ?? "");
  return lines.map((line) => {
    const fields = parseCsvLine(line);
    return Object.fromEntries(names.map((name, i) => [name, fields[i] ?? ""]));
  });
}

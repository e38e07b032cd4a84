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

/** Reads a CSV file (RFC 4180 quoting) into objects keyed by its header row. */
function readCsv(path: URL): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, "utf8").trim().split(/\r?\n/);
  const names = parseCsvLine(header ?? "");
  return lines.map((line) => {
    const fields = parseCsvLine(line);
    return Object.fromEntries(names.map((name, i) => [name, fields[i] ?? ""]));
  });
}

/** One row of the vendored IANA registry CSV (`Value,Description,Reference`). */
export interface IanaRow {
  /** The code, or the first and last code of an "Unassigned" range. */
  readonly from: number;
  readonly to: number;
  readonly description: string;
  readonly reference: string;
}

export const ianaRows: readonly IanaRow[] = readCsv(new URL("../data/iana-http-status-codes.csv", import.meta.url)).map(
  (row) => {
    const [from, to = from] = (row.Value ?? "").split("-").map(Number);
    return {
      from: from as number,
      to: to as number,
      description: row.Description ?? "",
      reference: row.Reference ?? "",
    };
  },
);

/** The registered (assigned) rows: one code each, not "Unassigned". */
export const ianaAssigned = ianaRows.filter((row) => row.description !== "Unassigned");

import { readCsv } from "./csv.js";

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

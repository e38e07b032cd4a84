import { statusCategory } from "../categories.js";
import { registryDate } from "../generated/details.js";
import type { RedirectKind, Standing, StatusCategory, StatusInfo } from "../types.js";
import type { Confidence, UnofficialStatus } from "../unofficial/types.js";
import type { Palette } from "./colours.js";
import type { CodeAnswer } from "./lookup.js";
import { className } from "./lookup.js";
import { quoteInput, truncate, wrap } from "./text.js";

/** How to lay text out: the palette (colours or none) and the line widths. */
export interface Layout {
  readonly colours: Palette;
  /** The width prose is wrapped to (a code's description and facts). */
  readonly width: number;
  /** The width of a table row, which may use more of a wide terminal. */
  readonly tableWidth: number;
  /** Today's date as `YYYY-MM-DD`. */
  readonly today: string;
}

/** What is known of a temporary registration's term, dated, and whether that date has passed. */
function registrationTerm(expires: string, today: string): string {
  const term = `temporary, until ${expires} in the IANA registry of ${registryDate}`;
  // ISO dates compare as text.
  return expires < today
    ? `${term}; that date has passed, so it has lapsed unless it was extended: check the registry`
    : term;
}

const standingLabels: Readonly<Record<Standing, string>> = {
  standard: "standard",
  deprecated: "deprecated",
  obsoleted: "obsoleted",
  unused: "unused (reserved by the registry)",
  temporary: "temporary registration",
  unofficial: "unofficial: not in the IANA registry",
};

const redirectLabels: Readonly<Record<RedirectKind, string>> = {
  "preserves-method": "the follow-up request keeps the method and content",
  "may-change-to-get": "clients may change a POST into a GET",
  "changes-to-get": "the follow-up request is a GET",
};

const confidenceLabels: Readonly<Record<Confidence, string>> = {
  high: "high: the vendor documents it, or its source code has it",
  medium: "medium: widely reported, not in the vendor's documentation",
  low: "low: folklore, no authoritative source found",
};

const categoryColours: Readonly<Record<StatusCategory, "blue" | "green" | "cyan" | "yellow" | "red">> = {
  informational: "blue",
  success: "green",
  redirect: "cyan",
  "client-error": "yellow",
  "server-error": "red",
};

/** Colours a code by its class, so a table reads at a glance. */
function colourCode(code: number, colours: Palette): string {
  const category = statusCategory(code);
  return category === undefined ? String(code) : colours[categoryColours[category]](String(code));
}

const categoryLabel = (code: number): string =>
  className(Math.floor(code / 100))
    .replace(/^\dxx /, "")
    .toLowerCase();

/** `label` padded into a column, then `value` word-wrapped under itself. */
function field(label: string, value: string, layout: Layout): string[] {
  const indent = " ".repeat(14);
  const [first = "", ...rest] = wrap(value, layout.width, indent);
  return [`  ${layout.colours.dim(label.padEnd(12))}${first.slice(indent.length)}`, ...rest];
}

function registeredBlock(info: StatusInfo, origin: UnofficialStatus | undefined, layout: Layout): string[] {
  const { colours } = layout;
  const lines = [
    `${colours.bold(colourCode(info.code, colours))} ${colours.bold(info.phrase)}`,
    colours.dim(`${categoryLabel(info.code)} · ${standingLabels[info.standing]}`),
    "",
    ...wrap(info.description, layout.width, "  "),
    "",
    ...field("constant", info.constant, layout),
  ];
  if (info.expires !== null) lines.push(...field("registered", registrationTerm(info.expires, layout.today), layout));
  if (info.aliases.length > 0) lines.push(...field("also named", info.aliases.join(", "), layout));
  if (info.spec !== null) {
    // A long draft URL moves left rather than past the edge, so it stays
    // one piece to click or copy.
    const url = 14 + info.spec.url.length <= layout.width ? field("", info.spec.url, layout) : [`  ${info.spec.url}`];
    lines.push(...field("spec", info.spec.title, layout), ...url);
  } else {
    lines.push(...field("spec", "none", layout));
  }
  lines.push(
    ...field("cacheable", info.cacheable ? "yes, by default" : "no, not by default", layout),
    ...field("content", info.content ? "may carry content" : "never carries content", layout),
    ...field("headers", info.headers.length > 0 ? info.headers.join(", ") : "none named by the spec", layout),
    ...field("retryable", info.retryable ? "yes, the same request may succeed later" : "no", layout),
  );
  if (info.redirect !== null) lines.push(...field("redirect", redirectLabels[info.redirect], layout));
  if (origin !== undefined) lines.push(...originFields(origin, layout));
  return lines;
}

function unofficialBlock(status: UnofficialStatus, registered: StatusInfo | undefined, layout: Layout): string[] {
  const { colours } = layout;
  const standing =
    registered === undefined || registered.standing === "unofficial"
      ? "unofficial: not in the IANA registry"
      : `unofficial: not the registered meaning of ${status.code}`;
  const lines = [
    `${colours.bold(colourCode(status.code, colours))} ${colours.bold(status.phrase)} ${colours.magenta("(unofficial)")}`,
    colours.dim(`${categoryLabel(status.code)} · ${standing}`),
    "",
    ...wrap(status.description, layout.width, "  "),
    "",
    ...originFields(status, layout),
  ];
  return lines;
}

/** Where an unofficial meaning comes from, how well that is sourced, and any caveat. */
function originFields(status: UnofficialStatus, layout: Layout): string[] {
  return [
    ...field("origin", status.origin, layout),
    ...field("confidence", confidenceLabels[status.confidence], layout),
    ...(status.note === "" ? [] : field("note", status.note, layout)),
  ];
}

/**
 * The full description of one code: its registered meaning, then each
 * unofficial one, labelled; the phrase a status line carried follows the
 * first heading when it is not the code's own.
 */
export function formatCode(answer: CodeAnswer, layout: Layout): string {
  const blocks: string[][] = [];
  if (answer.info !== undefined) blocks.push(registeredBlock(answer.info, answer.origin, layout));
  for (const status of answer.unofficial) blocks.push(unofficialBlock(status, answer.info, layout));
  const [first] = blocks;
  if (answer.sentAs !== undefined && first !== undefined) {
    first[0] = `${first[0]} ${layout.colours.dim(`(sent as ${quoteInput(answer.sentAs)})`)}`;
  }
  return blocks.map((lines) => lines.join("\n")).join("\n\n");
}

// Wide enough for every registered phrase that carries a note; on a wide
// terminal, for every unofficial phrase too. Longer phrases are cut, and a
// standard row's phrase may use the whole line.
const phraseWidth = (tableWidth: number): number => (tableWidth >= 100 ? 40 : 31);

/** One table row: code, phrase, and a note on anything not plainly standard. */
function row(code: number, phrase: string, note: string, layout: Layout, unofficial: boolean): string {
  const { colours, tableWidth } = layout;
  const lead = `  ${colourCode(code, colours)}  `;
  if (note === "") return `${lead}${truncate(phrase, tableWidth - 7)}`;
  const width = phraseWidth(tableWidth);
  const shown = truncate(phrase, width).padEnd(width);
  const noted = truncate(note, tableWidth - 7 - width - 1);
  return `${lead}${shown} ${unofficial ? colours.magenta(noted) : colours.dim(noted)}`;
}

/**
 * An unofficial meaning in a table: the phrase without its parenthesised
 * annotation ("Client Closed Connection (AWS ALB)"), since the note names the
 * origin, cut to its leading name ("AWS Elastic Load Balancing").
 */
function tablePhrase(phrase: string): string {
  const annotation = phrase.indexOf(" (");
  return annotation >= 0 && phrase.endsWith(")") ? phrase.slice(0, annotation) : phrase;
}
const shortOrigin = (origin: string): string => origin.split(/ \(| \/ | - /)[0] ?? origin;

/** Compact table rows, one per meaning, unofficial ones labelled with their origin. */
export function formatRows(answers: readonly CodeAnswer[], layout: Layout): string[] {
  return answers.flatMap((answer) => [
    ...(answer.info === undefined
      ? []
      : [
          answer.origin === undefined
            ? row(
                answer.code,
                answer.info.phrase,
                answer.info.standing === "standard" ? "" : answer.info.standing,
                layout,
                false,
              )
            : row(answer.code, answer.info.phrase, `unofficial: ${shortOrigin(answer.origin.origin)}`, layout, true),
        ]),
    ...answer.unofficial.map((status) =>
      row(status.code, tablePhrase(status.phrase), `unofficial: ${shortOrigin(status.origin)}`, layout, true),
    ),
  ]);
}

/** A class as a heading and its table. */
export function formatClass(digit: number, answers: readonly CodeAnswer[], layout: Layout): string {
  return [layout.colours.bold(className(digit)), ...formatRows(answers, layout)].join("\n");
}

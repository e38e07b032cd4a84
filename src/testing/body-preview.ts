import { isProblemContentType, parseProblemDetails } from "../errors/problem-details.js";
import { bodyPreviewLimits } from "./body-limits.js";
import type { BodyRead } from "./body-read.js";
import { boundedJson } from "./bounded-json.js";
import { escapeControls } from "./escape-control.js";

/** The most characters shown of one member of a problem document. */
const memberLimit = 300;
/** The most extension members shown. */
const memberCount = 20;
const indent = "  ";

/**
 * The lines a failure message shows of a body: a problem document's
 * `title`, `detail` and extension members when the body is
 * `application/problem+json`, else the first lines of its text, within
 * {@link bodyPreviewLimits}, with control characters escaped.
 */
export function bodyPreview(body: BodyRead, contentType: string | undefined): string {
  if ("unread" in body) return `body not shown: ${body.unread}`;
  const problem = isProblemContentType(contentType) ? problemLines(body) : undefined;
  if (problem !== undefined) return problem;
  if ("value" in body) {
    const json = boundedJson(body.value, bodyPreviewLimits.characters);
    return textLines(
      json.text,
      json.cut ? `cut at ${bodyPreviewLimits.characters} characters` : undefined,
      contentType,
    );
  }
  return textLines(body.text, body.cut, contentType);
}

function problemLines(body: BodyRead): string | undefined {
  let value: unknown;
  if ("value" in body) value = body.value;
  else if ("text" in body && body.cut === undefined) {
    try {
      value = JSON.parse(body.text);
    } catch {
      return undefined;
    }
  } else return undefined;
  const problem = parseProblemDetails(value);
  if (problem === undefined) return undefined;
  const lines = ["problem details:"];
  const member = (name: string, member: unknown) => {
    const json = boundedJson(member, memberLimit);
    lines.push(`${indent}${escapeControls(name.slice(0, 100))}: ${escapeControls(json.text)}${json.cut ? "…" : ""}`);
  };
  if (problem.title !== undefined) member("title", problem.title);
  if (problem.detail !== undefined) member("detail", problem.detail);
  const extensions = Object.keys(problem).filter((name) => !standardMembers.has(name));
  for (const name of extensions.slice(0, memberCount)) member(name, problem[name]);
  if (extensions.length > memberCount) lines.push(`${indent}… ${extensions.length - memberCount} more members`);
  if (lines.length === 1) lines.push(`${indent}(no title, detail or extension members)`);
  return lines.join("\n");
}

const standardMembers = new Set(["type", "title", "status", "detail", "instance"]);

function textLines(text: string, cut: string | undefined, contentType: string | undefined): string {
  const kind = contentType === undefined ? "" : ` (${escapeControls(contentType.slice(0, 100))})`;
  if (text === "" && cut === undefined) return `body${kind}: empty`;
  const all = text.split("\n");
  const lines: string[] = [];
  let characters = 0;
  let shownAll = true;
  for (const line of all) {
    if (lines.length === bodyPreviewLimits.lines || characters >= bodyPreviewLimits.characters) {
      shownAll = false;
      break;
    }
    const plain = line.endsWith("\r") ? line.slice(0, -1) : line;
    const room = bodyPreviewLimits.characters - characters;
    const shown = plain.length > room ? `${plain.slice(0, room)}…` : plain;
    characters += Math.min(plain.length, room);
    if (plain.length > room) shownAll = false;
    lines.push(`${indent}${escapeControls(shown)}`);
  }
  const rest = all.length - lines.length;
  const notes = [
    ...(rest > 0 ? [`${rest} more line${rest === 1 ? "" : "s"}`] : []),
    ...(!shownAll && rest === 0 ? ["cut"] : []),
    ...(cut === undefined ? [] : [cut]),
  ];
  if (notes.length > 0) lines.push(`${indent}… ${notes.join(", ")}`);
  return [`body${kind}:`, ...lines].join("\n");
}

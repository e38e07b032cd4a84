/**
 * Whether a character code is one a terminal or a log viewer may act on
 * instead of showing: C0 controls, DEL, C1 controls, the bidirectional
 * embeddings, overrides, isolates and marks (which can make text read
 * differently from what it holds), and the Unicode line and paragraph
 * separators.
 */
function isControl(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/**
 * `text` with every control character written as an escape (`\x1B`,
 * `\u202E`), so that a body sent by the server under test can neither move
 * the cursor, recolour the terminal nor reorder what a reader sees. One pass,
 * linear in the length.
 */
export function escapeControls(text: string): string {
  let escaped = "";
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (!isControl(code)) continue;
    const hex = code.toString(16).toUpperCase();
    escaped += `${text.slice(from, at)}${code <= 0xff ? `\\x${hex.padStart(2, "0")}` : `\\u${hex.padStart(4, "0")}`}`;
    from = at + 1;
  }
  return from === 0 ? text : escaped + text.slice(from);
}

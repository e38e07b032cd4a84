/**
 * Word-wraps `text` to lines of at most `width` characters, each starting
 * with `indent`. A word longer than a line (a URL) gets a line of its own
 * and is never broken.
 */
export function wrap(text: string, width: number, indent = ""): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((part) => part !== "")) {
    if (line === "") line = indent + word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = indent + word;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Cuts `text` to at most `width` characters, ending in "…" when it was cut. */
export function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

// Control characters, and the bidirectional overrides that can make a
// terminal show text other than what it holds.
const unsafe = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

/** `text` with its control characters and bidirectional overrides written as `\uXXXX`, safe to print to a terminal. */
export function escapeControls(text: string): string {
  return text.replace(unsafe, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Shows user input inside a one-line message: quoted, with control
 * characters escaped, and cut to `width` code points (noting the full length)
 * so that a 10 KB argument still gives one readable line.
 */
export function quoteInput(input: string, width = 40): string {
  // Counted without building an array of every character: the input may be
  // megabytes long.
  let count = 0;
  for (const _ of input) count++;
  // A code point is at most two UTF-16 units, so twice the width holds enough.
  const cut = count > width ? Array.from(input.slice(0, width * 2)).slice(0, width - 1) : [];
  const shown = count > width ? `${cut.join("")}…` : input;
  const escaped = escapeControls(shown);
  const length = count > width ? ` (${count} characters)` : "";
  return `"${escaped}"${length}`;
}

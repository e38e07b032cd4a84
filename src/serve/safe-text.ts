/**
 * Whether `text` is 1 to `longest` characters, each an ASCII letter, a digit
 * or one of `extra`: the check the server makes before it echoes a value from
 * a request into a response header, so that nothing else (CR, LF, quotes,
 * non-ASCII) can reach the header. One pass over the text.
 */
export function consistsOf(text: string, longest: number, extra: string): boolean {
  if (text.length === 0 || text.length > longest) return false;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    const alphanumeric =
      (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);
    if (!alphanumeric && !extra.includes(text[index] as string)) return false;
  }
  return true;
}

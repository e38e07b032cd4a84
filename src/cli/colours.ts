/** Functions that wrap text in ANSI colours, or return it unchanged when colours are off. */
export interface Palette {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly green: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly blue: (text: string) => string;
  readonly cyan: (text: string) => string;
  readonly magenta: (text: string) => string;
}

/**
 * Whether to colour output. `FORCE_COLOR` decides when set (`0` or `false`
 * turn colours off, anything else on), as in Node itself; otherwise
 * `NO_COLOR` with any non-empty value turns them off (https://no-color.org);
 * otherwise colours are on only for a terminal that is not `TERM=dumb`.
 */
export function colourEnabled(env: Readonly<Record<string, string | undefined>>, isTerminal: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return isTerminal && env.TERM !== "dumb";
}

const style =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const plain = (text: string): string => text;

/** The palette to format with: real colours, or identity functions. */
export function palette(enabled: boolean): Palette {
  if (!enabled) {
    return {
      bold: plain,
      dim: plain,
      red: plain,
      green: plain,
      yellow: plain,
      blue: plain,
      cyan: plain,
      magenta: plain,
    };
  }
  return {
    bold: style(1, 22),
    dim: style(2, 22),
    red: style(31, 39),
    green: style(32, 39),
    yellow: style(33, 39),
    blue: style(34, 39),
    cyan: style(36, 39),
    magenta: style(35, 39),
  };
}

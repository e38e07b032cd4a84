import { createRequire } from "node:module";

/** The plugin's version, read from its package.json so that it cannot drift. */
export const version: string = (createRequire(import.meta.url)("../package.json") as { version: string }).version;

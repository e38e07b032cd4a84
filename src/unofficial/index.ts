export type * from "./types.js";
export * from "./unofficial-status-info.js";
export * from "./unofficial-statuses.js";

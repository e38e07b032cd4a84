export * from "./limits.js";
export type { RequestRecord } from "./request-record.js";
export * from "./seeded-random.js";
export * from "./start-status-server.js";

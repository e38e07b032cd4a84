export type { RequestRecord } from "./handle-request.js";
export * from "./limits.js";
export * from "./seeded-random.js";
export * from "./start-status-server.js";

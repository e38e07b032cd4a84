export * from "./limits.js";
export * from "./start-status-server.js";

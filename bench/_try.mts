import { serveLoad } from "./serve-load.js";
const t = Date.now();
const section = await serveLoad({ requests: Number(process.argv[2] ?? 500), rounds: Number(process.argv[3] ?? 1), badRequests: Number(process.argv[4] ?? 1000) });
console.log(section.markdown);
console.log(section.targets);
console.log((Date.now() - t) / 1000, "s");

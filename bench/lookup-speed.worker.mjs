// Runs inside the temp consumer project (see consumer.ts) as plain Node, so
// statuskit is the built package reached by name, like the peers. Prints one
// JSON object: per benchmark, mitata's p25/p50/p75 in ns per CALL (each sample
// loops over a 1024-item mix, and is divided by 1024).
//
// Every benchmark is its own function literal so that each keeps its own
// inline caches, accumulates its results, and hands the total to mitata's
// do_not_optimize, so no lookup can be dropped as dead code. Given a
// benchmark's name, it runs only that one: the harness gives every benchmark
// a fresh process, so that no benchmark runs on type feedback another left.
import { STATUS_CODES } from "node:http";
import { status as httpStatus } from "http-status";
import { getReasonPhrase, getStatusCode, StatusCodes } from "http-status-codes";
import { do_not_optimize, measure } from "mitata";
import statuses from "statuses";
import * as status from "statuskit";
import {
  isClientError,
  isRedirect,
  isServerError,
  isSuccess,
  reasonPhrase,
  statusCategory,
  statusCodeFor,
  statusInfo,
} from "statuskit";

const minCpuTime = Number(process.argv[2] ?? 300) * 1e6;

// A status line of 64 KB made to backtrack: a number, a long run of spaces,
// then a line break where a name should end.
const crafted = `404${" ".repeat(65_536)}a\nb`;
const only = process.argv[3];

// How often each code shows up, roughly as in access logs: mostly 200, 304,
// 404, then redirects and the common errors, and 2% codes nobody knows.
const weights = {
  200: 400,
  201: 30,
  204: 30,
  206: 5,
  301: 30,
  302: 40,
  304: 100,
  307: 5,
  400: 40,
  401: 40,
  403: 30,
  404: 120,
  405: 5,
  409: 10,
  422: 20,
  429: 20,
  499: 5,
  500: 30,
  502: 10,
  503: 20,
  504: 5,
  299: 10,
  600: 10,
};
const size = 1024;

// A fixed seed: every process and every benchmark sees the same sequence.
let seed = 0x5eed;
function random() {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x80000000;
}
const pool = Object.entries(weights).flatMap(([code, weight]) => Array(weight).fill(Number(code)));
const codes = Array.from({ length: size }, () => pool[Math.floor(random() * pool.length)]);
const fixedCodes = Array.from({ length: size }, () => 404);
// The same guards held in local constants instead of read through the import
// bindings: shows what reading an imported function costs in a hot loop.
const local = { isSuccess, isRedirect, isClientError, isServerError };
const { isSuccess: localIsSuccess, isRedirect: localIsRedirect } = local;
const { isClientError: localIsClientError, isServerError: localIsServerError } = local;
const { reasonPhrase: localReasonPhrase } = { reasonPhrase };

// Phrases and names only for codes every library spells the same way (the
// RFC 9110 renames, such as 422 "Unprocessable Content", would make a peer
// throw), in their canonical case, as they arrive from a status line.
const agreed = (code) => {
  try {
    const phrase = reasonPhrase(code);
    return phrase !== undefined && statuses.message[code] === phrase && getReasonPhrase(code) === phrase;
  } catch {
    return false;
  }
};
const phraseMix = codes.filter(agreed).map((code) => reasonPhrase(code));
const lowerPhraseMix = phraseMix.map((phrase) => phrase.toLowerCase());
const upperPhraseMix = phraseMix.map((phrase) => phrase.toUpperCase());
// Every other phrase in one of the three cases, as logs and user input mix them.
const mixedCasePhraseMix = phraseMix.map((phrase, i) =>
  i % 3 === 0 ? phrase : i % 3 === 1 ? phrase.toLowerCase() : phrase.toUpperCase(),
);
const nameMix = codes
  .filter((code) => statusInfo(code) !== undefined && StatusCodes[statusInfo(code).constant.slice(9)] === code)
  .map((code) => statusInfo(code).constant.slice(9));
const constantMix = codes.filter((code) => statusInfo(code) !== undefined).map((code) => statusInfo(code).constant);

// The floors: what a careful hand would write, filled with statuskit's data.
const phraseArray = [];
const phraseObject = {};
const codeByPhrase = {};
const codeByName = {};
const infoArray = [];
for (let code = 100; code <= 599; code++) {
  const info = statusInfo(code);
  if (info === undefined) continue;
  phraseArray[code] = info.phrase;
  phraseObject[code] = info.phrase;
  codeByPhrase[info.phrase] = code;
  codeByName[info.constant.slice(9)] = code;
  infoArray[code] = info;
}

const benchmarks = {
  // code -> phrase
  "phrase.floor.array": () => {
    let length = 0;
    for (let i = 0; i < codes.length; i++) length += phraseArray[codes[i]]?.length ?? 0;
    do_not_optimize(length);
  },
  "phrase.floor.object": () => {
    let length = 0;
    for (let i = 0; i < codes.length; i++) length += phraseObject[codes[i]]?.length ?? 0;
    do_not_optimize(length);
  },
  "phrase.statuskit": () => {
    let length = 0;
    for (let i = 0; i < codes.length; i++) length += reasonPhrase(codes[i])?.length ?? 0;
    do_not_optimize(length);
  },
  "phrase.statuskit.local": () => {
    let length = 0;
    for (let i = 0; i < codes.length; i++) length += localReasonPhrase(codes[i])?.length ?? 0;
    do_not_optimize(length);
  },
  "phrase.node": () => {
    let length = 0;
    for (let i = 0; i < codes.length; i++) length += STATUS_CODES[codes[i]]?.length ?? 0;
    do_not_optimize(length);
  },
  "phrase.statuses": () => {
    let length = 0;
    for (let i = 0; i < codes.length; i++) length += statuses.message[codes[i]]?.length ?? 0;
    do_not_optimize(length);
  },
  "phrase.http-status-codes": () => {
    let length = 0;
    for (let i = 0; i < codes.length; i++) {
      // It throws for a code it does not know, so a caller must catch.
      try {
        length += getReasonPhrase(codes[i]).length;
      } catch {}
    }
    do_not_optimize(length);
  },
  "phrase.http-status": () => {
    let length = 0;
    for (let i = 0; i < codes.length; i++) length += httpStatus[codes[i]]?.length ?? 0;
    do_not_optimize(length);
  },

  // class helpers: four guards per code
  "class.floor.inline": () => {
    let count = 0;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i];
      if (code >= 200 && code <= 299) count += 1;
      if (code >= 300 && code <= 399) count += 2;
      if (code >= 400 && code <= 499) count += 4;
      if (code >= 500 && code <= 599) count += 8;
    }
    do_not_optimize(count);
  },
  "class.floor.inline-integer": () => {
    let count = 0;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i];
      const valid = typeof code === "number" && (code | 0) === code;
      if (valid && (code - 200) >>> 0 < 100) count += 1;
      if (valid && (code - 300) >>> 0 < 100) count += 2;
      if (valid && (code - 400) >>> 0 < 100) count += 4;
      if (valid && (code - 500) >>> 0 < 100) count += 8;
    }
    do_not_optimize(count);
  },
  "class.statuskit": () => {
    let count = 0;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i];
      if (isSuccess(code)) count += 1;
      if (isRedirect(code)) count += 2;
      if (isClientError(code)) count += 4;
      if (isServerError(code)) count += 8;
    }
    do_not_optimize(count);
  },
  "class.statuskit.local": () => {
    let count = 0;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i];
      if (localIsSuccess(code)) count += 1;
      if (localIsRedirect(code)) count += 2;
      if (localIsClientError(code)) count += 4;
      if (localIsServerError(code)) count += 8;
    }
    do_not_optimize(count);
  },
  "class.statuskit.namespace": () => {
    let count = 0;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i];
      if (status.isSuccess(code)) count += 1;
      if (status.isRedirect(code)) count += 2;
      if (status.isClientError(code)) count += 4;
      if (status.isServerError(code)) count += 8;
    }
    do_not_optimize(count);
  },
  "class.statuskit.category": () => {
    let length = 0;
    for (let i = 0; i < codes.length; i++) length += statusCategory(codes[i])?.length ?? 0;
    do_not_optimize(length);
  },
  // The same four guards on one code (404) over and over, as a handler that
  // sees mostly one status does, and one guard alone, on the mix and fixed.
  "class.fixed.floor.inline": () => {
    let count = 0;
    for (let i = 0; i < fixedCodes.length; i++) {
      const code = fixedCodes[i];
      if (code >= 200 && code <= 299) count += 1;
      if (code >= 300 && code <= 399) count += 2;
      if (code >= 400 && code <= 499) count += 4;
      if (code >= 500 && code <= 599) count += 8;
    }
    do_not_optimize(count);
  },
  "class.fixed.statuskit": () => {
    let count = 0;
    for (let i = 0; i < fixedCodes.length; i++) {
      const code = fixedCodes[i];
      if (isSuccess(code)) count += 1;
      if (isRedirect(code)) count += 2;
      if (isClientError(code)) count += 4;
      if (isServerError(code)) count += 8;
    }
    do_not_optimize(count);
  },
  "class.one.floor.inline": () => {
    let count = 0;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i];
      if (code >= 400 && code <= 499) count += 1;
    }
    do_not_optimize(count);
  },
  "class.one.statuskit": () => {
    let count = 0;
    for (let i = 0; i < codes.length; i++) if (isClientError(codes[i])) count += 1;
    do_not_optimize(count);
  },
  "class.one.fixed.floor.inline": () => {
    let count = 0;
    for (let i = 0; i < fixedCodes.length; i++) {
      const code = fixedCodes[i];
      if (code >= 400 && code <= 499) count += 1;
    }
    do_not_optimize(count);
  },
  "class.one.fixed.statuskit": () => {
    let count = 0;
    for (let i = 0; i < fixedCodes.length; i++) if (isClientError(fixedCodes[i])) count += 1;
    do_not_optimize(count);
  },
  "class.http-status": () => {
    let length = 0;
    for (let i = 0; i < codes.length; i++) length += httpStatus[`${codes[i]}_CLASS`]?.length ?? 0;
    do_not_optimize(length);
  },

  // phrase -> code
  "code.floor.object": () => {
    let sum = 0;
    for (let i = 0; i < phraseMix.length; i++) sum += codeByPhrase[phraseMix[i]] ?? 0;
    do_not_optimize(sum);
  },
  "code.statuskit": () => {
    let sum = 0;
    for (let i = 0; i < phraseMix.length; i++) sum += statusCodeFor(phraseMix[i]) ?? 0;
    do_not_optimize(sum);
  },
  "code.statuskit.lower": () => {
    let sum = 0;
    for (let i = 0; i < lowerPhraseMix.length; i++) sum += statusCodeFor(lowerPhraseMix[i]) ?? 0;
    do_not_optimize(sum);
  },
  "code.statuskit.upper": () => {
    let sum = 0;
    for (let i = 0; i < upperPhraseMix.length; i++) sum += statusCodeFor(upperPhraseMix[i]) ?? 0;
    do_not_optimize(sum);
  },
  "code.statuskit.mixed": () => {
    let sum = 0;
    for (let i = 0; i < mixedCasePhraseMix.length; i++) sum += statusCodeFor(mixedCasePhraseMix[i]) ?? 0;
    do_not_optimize(sum);
  },
  "code.statuses.map.upper": () => {
    let sum = 0;
    for (let i = 0; i < upperPhraseMix.length; i++) sum += statuses.code[upperPhraseMix[i].toLowerCase()] ?? 0;
    do_not_optimize(sum);
  },
  "code.statuses.map": () => {
    let sum = 0;
    for (let i = 0; i < phraseMix.length; i++) sum += statuses.code[phraseMix[i].toLowerCase()] ?? 0;
    do_not_optimize(sum);
  },
  "code.statuses.map.lower": () => {
    let sum = 0;
    for (let i = 0; i < lowerPhraseMix.length; i++) sum += statuses.code[lowerPhraseMix[i]] ?? 0;
    do_not_optimize(sum);
  },
  "code.statuses.map.lowered": () => {
    let sum = 0;
    for (let i = 0; i < lowerPhraseMix.length; i++) sum += statuses.code[lowerPhraseMix[i].toLowerCase()] ?? 0;
    do_not_optimize(sum);
  },
  "code.statuses.map.mixed": () => {
    let sum = 0;
    for (let i = 0; i < mixedCasePhraseMix.length; i++) sum += statuses.code[mixedCasePhraseMix[i].toLowerCase()] ?? 0;
    do_not_optimize(sum);
  },
  "code.statuses.call": () => {
    let sum = 0;
    for (let i = 0; i < phraseMix.length; i++) sum += statuses(phraseMix[i]);
    do_not_optimize(sum);
  },
  "code.http-status-codes": () => {
    let sum = 0;
    for (let i = 0; i < phraseMix.length; i++) sum += getStatusCode(phraseMix[i]);
    do_not_optimize(sum);
  },

  // name -> code
  "name.floor.object": () => {
    let sum = 0;
    for (let i = 0; i < nameMix.length; i++) sum += codeByName[nameMix[i]] ?? 0;
    do_not_optimize(sum);
  },
  "name.statuskit": () => {
    let sum = 0;
    for (let i = 0; i < nameMix.length; i++) sum += statusCodeFor(nameMix[i]) ?? 0;
    do_not_optimize(sum);
  },
  "name.statuskit.constant": () => {
    let sum = 0;
    for (let i = 0; i < constantMix.length; i++) sum += statusCodeFor(constantMix[i]) ?? 0;
    do_not_optimize(sum);
  },
  "name.http-status-codes": () => {
    let sum = 0;
    for (let i = 0; i < nameMix.length; i++) sum += StatusCodes[nameMix[i]] ?? 0;
    do_not_optimize(sum);
  },
  "name.http-status": () => {
    let sum = 0;
    for (let i = 0; i < nameMix.length; i++) sum += httpStatus[nameMix[i]] ?? 0;
    do_not_optimize(sum);
  },

  // crafted text, the worst case for a backtracking status-line pattern
  "crafted.floor.object": () => {
    do_not_optimize(codeByPhrase[crafted] ?? 0);
  },
  "crafted.statuskit": () => {
    do_not_optimize(statusCodeFor(crafted) ?? 0);
  },
  "crafted.statuses.map": () => {
    do_not_optimize(statuses.code[crafted.toLowerCase()] ?? 0);
  },
  "crafted.statuses.call": () => {
    try {
      do_not_optimize(statuses(crafted));
    } catch {
      do_not_optimize(0);
    }
  },
  "crafted.http-status-codes": () => {
    try {
      do_not_optimize(getStatusCode(crafted));
    } catch {
      do_not_optimize(0);
    }
  },

  // statusInfo
  "info.floor.array": () => {
    let count = 0;
    for (let i = 0; i < codes.length; i++) if (infoArray[codes[i]]?.retryable) count++;
    do_not_optimize(count);
  },
  "info.statuskit": () => {
    let count = 0;
    for (let i = 0; i < codes.length; i++) if (statusInfo(codes[i])?.retryable) count++;
    do_not_optimize(count);
  },
};

const mixes = { phrase: codes, class: codes, code: phraseMix, name: nameMix, info: codes, crafted: [crafted] };
const results = {};
for (const [name, fn] of Object.entries(benchmarks)) {
  if (only !== undefined && name !== only) continue;
  const perCall = name === "name.statuskit.constant" ? constantMix.length : mixes[name.split(".")[0]].length;
  const stats = await measure(fn, { min_cpu_time: minCpuTime });
  results[name] = { p25: stats.p25 / perCall, p50: stats.p50 / perCall, p75: stats.p75 / perCall };
}
process.stdout.write(JSON.stringify(results));

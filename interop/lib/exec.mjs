import { spawn } from "node:child_process";

// Process groups still running, so that an interrupted run can end them.
const running = new Set();

/** Ends every process group that `run` started and that is still running. */
export function killRunning() {
  for (const pid of running) killGroup(pid);
}

/**
 * Runs a command to completion and resolves with its exit code and output; it
 * never rejects. The child gets its own process group, so that a timeout ends
 * it together with anything it started.
 */
export function run(command, args, { cwd, env, timeout = 120_000, input } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    let child;
    try {
      child = spawn(command, args, {
        cwd,
        env: { ...process.env, ...env },
        detached: true,
        stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
      });
    } catch (error) {
      resolve({ code: null, stdout: "", stderr: String(error), error, timedOut: false, ms: 0 });
      return;
    }
    running.add(child.pid);
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    if (input !== undefined) child.stdin.end(input);
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeout);
    child.on("error", (error) => {
      clearTimeout(timer);
      running.delete(child.pid);
      resolve({ code: null, stdout, stderr: `${stderr}${error}`, error, timedOut, ms: Date.now() - started });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      // A child that exited may have left its own children running.
      killGroup(child.pid);
      running.delete(child.pid);
      resolve({ code: code ?? signal, stdout, stderr, timedOut, ms: Date.now() - started });
    });
  });
}

function killGroup(pid) {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

/** A one-paragraph account of a finished command, for a FAIL line. */
export function describe(result) {
  const why = result.timedOut ? "timed out" : `exited with ${result.code}`;
  const output = `${result.stdout}\n${result.stderr}`.trim().split("\n").slice(-25).join("\n");
  return `${why}${output ? `:\n${output}` : ""}`;
}

/**
 * The results a fixture printed, one `RESULT {"name":..,"failures":[..]}`
 * line per check; a fixture that crashed before printing any shows up as one
 * failure with its output.
 */
export function parseResults(result, fallbackName) {
  const results = [];
  for (const line of result.stdout.split("\n")) {
    if (line.startsWith("RESULT ")) results.push(JSON.parse(line.slice("RESULT ".length)));
  }
  if (results.length === 0 || result.code !== 0) {
    results.push({ name: fallbackName, failures: [`fixture ${describe(result)}`] });
  }
  return results;
}

import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { cliPath, runCli, shell } from "./run-cli.js";

/** Starts the CLI on a pipe that stays open, and resolves each time its stdout holds `text`. */
function startCli(args: readonly string[]) {
  const child = spawn(process.execPath, [cliPath, ...args], { stdio: ["pipe", "pipe", "pipe"] });
  let stdout = "";
  let waiting: { text: string; resolve: () => void } | undefined;
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    if (waiting !== undefined && stdout.includes(waiting.text)) waiting.resolve();
  });
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    exit,
    stdout: () => stdout,
    printed: (text: string) =>
      new Promise<void>((resolve) => {
        if (stdout.includes(text)) resolve();
        else waiting = { text, resolve };
      }),
  };
}

describe("standard input, answered line by line as it arrives", () => {
  it("answers a line while the pipe is still open (`tail -f access.log | statuskit`)", async () => {
    const running = startCli([]);
    running.child.stdin.write("404\n");
    await running.printed("404 Not Found");
    running.child.stdin.write("HTTP/1.1 200 Connection established\n");
    await running.printed('200 OK (sent as "Connection established")');
    running.child.stdin.end();
    expect(await running.exit).toBe(0);
    expect(running.stdout()).toBe(runCli(["404", "HTTP/1.1 200 Connection established"]).stdout);
  });

  it("streams --json as one array, closed when the input ends", async () => {
    const running = startCli(["--json"]);
    running.child.stdin.write("404\n410\n");
    await running.printed('"code": 410');
    running.child.stdin.end("429\n");
    expect(await running.exit).toBe(0);
    expect(JSON.parse(running.stdout()).map((entry: { code: number }) => entry.code)).toEqual([404, 410, 429]);
  });

  it("exits 0 at once when the reader goes away from an endless producer (`yes 404 | statuskit | head -1`)", () => {
    // yes itself dies of SIGPIPE once statuskit stops reading: statuskit's own status is the second.
    const result = shell(`yes 404 | $statuskit | head -1; echo "\${PIPESTATUS[1]}" >&2`);
    expect(result.stdout).toBe("404 Not Found\n");
    expect(result.stderr).toBe("0\n");
  });

  it("keeps its exit status when the reader leaves after something was not found", () => {
    const result = shell(`(echo nope; yes 404) | $statuskit 2>/dev/null | head -1; echo "\${PIPESTATUS[1]}" >&2`);
    expect(result.stderr).toBe("1\n");
  });
});

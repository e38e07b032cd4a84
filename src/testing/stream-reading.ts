import { bodyPreviewLimits } from "./body-limits.js";
import type { BodyRead } from "./body-read.js";

/** A web `ReadableStream` as fetch's Response gives its body, in any runtime. */
export interface ByteStream {
  getReader(): {
    read(): Promise<{ done: boolean; value?: Uint8Array | undefined }>;
    cancel(reason?: unknown): Promise<void>;
  };
}

/** The parts of a Node.js `Readable` (an `IncomingMessage`) that reading it needs. */
export interface NodeByteStream {
  on(event: string, listener: (...values: never[]) => void): unknown;
  removeListener(event: string, listener: (...values: never[]) => void): unknown;
  pause(): unknown;
}

/**
 * The text of the first bytes, decoded as UTF-8. Decoding in streaming mode
 * holds back a character cut in half at the limit instead of showing U+FFFD.
 */
export function decodeStart(chunks: readonly Uint8Array[], limit: number): string {
  const decoder = new TextDecoder();
  let text = "";
  let left = limit;
  for (const chunk of chunks) {
    if (left <= 0) break;
    const part = chunk.length > left ? chunk.subarray(0, left) : chunk;
    left -= part.length;
    text += decoder.decode(part, { stream: true });
  }
  return text;
}

const cutAtLimit = () => `cut at ${bodyPreviewLimits.bytes} bytes`;
const stalled = () => `still arriving after ${bodyPreviewLimits.waitMilliseconds} ms`;

/** A promise that resolves after the wait limit, and a way to stop its timer. */
function waitLimit(): { readonly expired: Promise<"stalled">; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<"stalled">((resolve) => {
    timer = setTimeout(() => resolve("stalled"), bodyPreviewLimits.waitMilliseconds);
  });
  return { expired, stop: () => clearTimeout(timer) };
}

/** Reads a web stream up to the byte limit, then cancels it; never rejects. */
export async function readWebStream(stream: ByteStream): Promise<BodyRead> {
  const limit = bodyPreviewLimits.bytes;
  const reader = stream.getReader();
  const wait = waitLimit();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let cut: string | undefined;
  try {
    for (;;) {
      const step = await Promise.race([reader.read(), wait.expired]);
      if (step === "stalled") {
        cut = stalled();
        break;
      }
      if (step.done) break;
      if (step.value !== undefined) {
        chunks.push(step.value);
        total += step.value.length;
      }
      if (total > limit) {
        cut = cutAtLimit();
        break;
      }
    }
  } catch (error) {
    cut = `reading it failed: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    wait.stop();
  }
  if (cut !== undefined) reader.cancel().catch(() => undefined);
  return { text: decodeStart(chunks, limit), cut };
}

/**
 * Reads a Node.js stream up to the byte limit, then stops listening and
 * pauses it; never rejects. What it reads is gone from the stream.
 */
export function readNodeStream(stream: NodeByteStream): Promise<BodyRead> {
  const limit = bodyPreviewLimits.bytes;
  return new Promise((resolve) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const wait = waitLimit();
    let finished = false;
    const finish = (cut: string | undefined) => {
      if (finished) return;
      finished = true;
      wait.stop();
      stream.removeListener("data", onData);
      stream.removeListener("end", onEnd);
      stream.removeListener("error", onError);
      if (cut !== undefined) stream.pause();
      resolve({ text: decodeStart(chunks, limit), cut });
    };
    const onData = (chunk: Uint8Array | string) => {
      const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
      chunks.push(bytes);
      total += bytes.length;
      if (total > limit) finish(cutAtLimit());
    };
    const onEnd = () => finish(undefined);
    const onError = (error: Error) => finish(`reading it failed: ${error.message}`);
    wait.expired.then(() => finish(stalled()));
    stream.on("data", onData);
    stream.on("end", onEnd);
    stream.on("error", onError);
  });
}

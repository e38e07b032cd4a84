/** Timers that the server can cancel one by one (a client went away) or all at once (the server closes). */
export interface Delays {
  /** Resolves to true after `milliseconds`, or to false if cancelled first (by `signal` or `cancelAll`). */
  wait(milliseconds: number, signal: AbortSignal): Promise<boolean>;
  /** Cancels every pending wait (each resolves to false). */
  cancelAll(): void;
  /** How many waits are pending. */
  readonly pending: number;
}

/** A fresh set of cancellable timers. */
export function createDelays(): Delays {
  const pending = new Map<ReturnType<typeof setTimeout>, () => void>();
  return {
    wait(milliseconds, signal) {
      return new Promise<boolean>((resolve) => {
        if (signal.aborted) {
          resolve(false);
          return;
        }
        const cancel = () => {
          clearTimeout(timer);
          pending.delete(timer);
          signal.removeEventListener("abort", cancel);
          resolve(false);
        };
        const timer = setTimeout(() => {
          pending.delete(timer);
          signal.removeEventListener("abort", cancel);
          resolve(true);
        }, milliseconds);
        pending.set(timer, cancel);
        signal.addEventListener("abort", cancel);
      });
    },
    cancelAll() {
      for (const cancel of [...pending.values()]) cancel();
    },
    get pending() {
      return pending.size;
    },
  };
}

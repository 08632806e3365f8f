/**
 * Lets the host's event loop run (a macrotask, not a microtask): in the engine's Web Worker this
 * is what lets a cancel request or a progress message through while a long read is under way.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}

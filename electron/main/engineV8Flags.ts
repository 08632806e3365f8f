/**
 * V8 settings for the renderer processes, where the engine's Web Worker runs (passed as Chromium's
 * js-flags before the app is ready; every isolate of the process, workers included, takes them).
 *
 * A young generation of 64 MiB semi-spaces instead of V8's 16: the engine reads a workspace into
 * memory in bursts of short-lived rows (a million manifest lines, each a row array and its
 * strings), and with small semi-spaces a scavenge comes every few thousand rows and promotes what
 * is still in flight. Measured on risk scoring at 1M lines (npm run bench -- risk, which runs the
 * engine under these same flags): scavenges 220 → 55 and the whole scoring about 0.6 s faster.
 */
export const engineV8Flags: readonly string[] = ['--max-semi-space-size=64'];

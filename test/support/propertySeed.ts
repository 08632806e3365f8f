import fc from 'fast-check';

// Property tests explore fresh random cases on a developer's machine. In CI (CI=true, set by
// .ci/run) they replay a fixed seed so a landing is never decided by the draw; FC_SEED=<n>
// replays any seed a failure printed.
const seedFromEnvironment = process.env.FC_SEED ?? (process.env.CI ? '20261123' : undefined);
if (seedFromEnvironment !== undefined) fc.configureGlobal({ seed: Number(seedFromEnvironment) });

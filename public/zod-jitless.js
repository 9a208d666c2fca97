/*
 * Keeps the app within a Content-Security-Policy without 'unsafe-eval' (README, "Embedding").
 * zod 4 probes for eval with `new Function('')` when the first object schema is built; the probe is
 * caught, but the browser still reports a CSP violation. zod reads its settings from
 * globalThis.__zod_globalConfig, and `jitless` skips the probe (and the compiled fast path, which
 * schemas parsed a few times at start-up do not need). A classic script runs before every module, so
 * this holds whichever chunk the bundler puts a schema in.
 */
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });

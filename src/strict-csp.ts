/**
 * Keeps the app within a Content-Security-Policy without 'unsafe-eval' (README, "Embedding").
 * zod 4 probes for eval with `new Function('')` the first time it parses an object schema; the probe
 * is caught, but the browser still reports a CSP violation for it. `jitless` skips the probe and
 * zod's compiled fast path, which schemas parsed a few times at start-up do not need.
 * Imported first by the composition root, before any schema is parsed.
 */
import { config } from 'zod';

config({ jitless: true });

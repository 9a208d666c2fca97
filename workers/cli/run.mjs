// `npm run simulate`: runs the built command line, building it first if it is missing or stale
// (workers/cli/build-cli.mjs). Plain JavaScript, so nothing is compiled on a normal start.
import { pathToFileURL } from 'node:url';
import { CLI_BUNDLE, ensureCli } from './build-cli.mjs';

await ensureCli();
await import(pathToFileURL(CLI_BUNDLE).href);

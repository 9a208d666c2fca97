/**
 * Builds the command line (workers/cli/simulate.ts and everything it imports) into one JavaScript
 * file, dist-cli/simulate.mjs, so `npm run simulate` starts without compiling TypeScript.
 *   node workers/cli/build-cli.mjs          build now (part of `npm run build`)
 *   import { ensureCli } from './build-cli.mjs'   build only if missing or older than a source file
 * dist-cli/inputs.json lists the source files of the build; a newer mtime on any of them (or a
 * missing one) makes the build stale.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI_BUNDLE = resolve(ROOT, 'dist-cli/simulate.mjs');
const INPUTS = resolve(ROOT, 'dist-cli/inputs.json');
/** Besides the sources, these change what the bundle contains. */
const ALSO = ['package-lock.json', 'workers/cli/build-cli.mjs'];

/** True when dist-cli/simulate.mjs exists and no input is newer than it. */
export function cliIsFresh() {
  if (!existsSync(CLI_BUNDLE) || !existsSync(INPUTS)) return false;
  const built = statSync(CLI_BUNDLE).mtimeMs;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(INPUTS, 'utf8'));
  } catch {
    return false;
  }
  for (const file of [...inputs, ...ALSO]) {
    const path = resolve(ROOT, file);
    if (!existsSync(path) || statSync(path).mtimeMs > built) return false;
  }
  return true;
}

/**
 * Bundles the command line with Vite's server-side (Node) build; dependencies are bundled in. It
 * builds into a private folder and renames the result into place, so a command line started while
 * another process rebuilds (parallel tests) always reads a whole file.
 */
export async function buildCli() {
  const { build } = await import('vite');
  const outDir = resolve(ROOT, `dist-cli/.build-${process.pid}`);
  const output = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      ssr: resolve(ROOT, 'workers/cli/simulate.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      rollupOptions: { output: { entryFileNames: 'simulate.mjs', format: 'es' } },
    },
    ssr: { noExternal: true, target: 'node' },
  });
  const results = Array.isArray(output) ? output : [output];
  const files = new Set();
  for (const result of results) {
    for (const chunk of result.output ?? []) {
      for (const id of chunk.moduleIds ?? []) {
        const path = id.split('?')[0];
        if (path.startsWith(ROOT) && existsSync(path)) files.add(relative(ROOT, path));
      }
    }
  }
  writeFileSync(resolve(outDir, 'inputs.json'), `${JSON.stringify([...files].sort(), null, 1)}\n`);
  mkdirSync(dirname(CLI_BUNDLE), { recursive: true });
  renameSync(resolve(outDir, 'simulate.mjs'), CLI_BUNDLE);
  renameSync(resolve(outDir, 'inputs.json'), INPUTS);
  rmSync(outDir, { recursive: true, force: true });
}

/** Builds the command line if it is missing or stale. */
export async function ensureCli() {
  if (cliIsFresh()) return;
  process.stderr.write('simulate: building the command line (dist-cli/simulate.mjs)…\n');
  await buildCli();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildCli();

/**
 * `npm run demo:embed`: the demo host page on http://127.0.0.1:5174 (its own origin) and the app's
 * development server on http://127.0.0.1:5173, started with that host origin allowed
 * (VITE_EMBED_ALLOWED_ORIGINS), so every command of the API works from the demo page.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server';

const HOST_PORT = 5174;
const hostOrigins = [`http://127.0.0.1:${HOST_PORT}`, `http://localhost:${HOST_PORT}`];

await startStaticServer({ root: fileURLToPath(new URL('.', import.meta.url)), port: HOST_PORT });
console.log(`Demo host page: http://127.0.0.1:${HOST_PORT}/  (embeds http://127.0.0.1:5173/?mode=embed)`);

const vite = spawn('npx', ['vite', '--host', '127.0.0.1', '--port', '5173', '--strictPort'], {
  stdio: 'inherit',
  env: { ...process.env, VITE_EMBED_ALLOWED_ORIGINS: hostOrigins.join(',') },
});
vite.on('exit', (code) => process.exit(code ?? 0));
process.on('SIGINT', () => vite.kill('SIGINT'));

// `npm start` builds, then runs this: serves dist/ on http://127.0.0.1:4321/ (HOST, PORT and BASE_PATH override).
import { existsSync } from 'node:fs';
import { serveOptions, startServer } from './lib/static-server.mjs';

const options = serveOptions();
if (!existsSync(`${options.root}/index.html`)) {
  console.error(`No built site in ${options.root}/. Run "npm run build" first (npm start does both).`);
  process.exit(1);
}
const server = await startServer(options);
const { port } = server.address();
const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
console.log(`Sulut Atlas is served from ${options.root}/ at http://${shownHost}:${port}${options.base} (Ctrl+C stops it)`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));

// `npm start` builds, then runs this: serves dist/ on http://localhost:4321 (PORT overrides).
import { existsSync } from 'node:fs';
import { startServer } from './lib/static-server.mjs';

const root = process.env.ATLAS_OUT_DIR ?? 'dist';
if (!existsSync(`${root}/index.html`)) {
  console.error(`No built site in ${root}/. Run "npm run build" first (npm start does both).`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const server = await startServer({ root, port });
console.log(`Sulut Atlas is served from ${root}/ at http://localhost:${port}/ (Ctrl+C stops it)`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));

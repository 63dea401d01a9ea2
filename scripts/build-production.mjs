// `npm run build:production`: the build to publish. Refuses, in one line, to build without a public address
// (SITE_URL missing, not a URL, or a local one), since every canonical link, citation and embed code would
// point at it. Then runs the ordinary build with that address.
import { spawnSync } from 'node:child_process';
import { productionAddressProblem } from '../src/lib/site/siteAddress.ts';

const problem = productionAddressProblem(process.env.SITE_URL);
if (problem) {
  console.error(`build:production: ${problem}`);
  process.exit(1);
}
const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
process.exit(result.status ?? 1);

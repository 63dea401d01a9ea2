import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { xmlProblem } from '../lib/gates/xml';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '~/i18n/langs';
import { CONTENT } from '~/content.config';
import { readContent } from '~/lib/content/read';
import { datasetVersion } from '~/lib/data/version';
import { validContent, writeContent } from '../fixtures/contentFixture';
import { buildFixture } from '../lib/fixtureBuild';
import { plainLog } from '../lib/gates/buildLog';

/** 2026-12-06T00:00:00Z: the fixture site's "today". */
const EPOCH = '1796515200';
const text = (s: string) => ({ ja: `${s}（ja）`, id: `${s} (id)`, en: s });

/** Runs one of the desk's npm scripts on a content folder; returns its exit status and plain output. */
function desk(root: string, script: string, args: string[]) {
  const r = spawnSync('npm', ['run', '-s', script, '--', ...args], { encoding: 'utf8', env: { ...process.env, ATLAS_CONTENT_DIR: root } });
  return { status: r.status, output: plainLog(`${r.stdout}\n${r.stderr}`) };
}

/** Every file under a folder with its bytes, to prove a failed command wrote nothing. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(p, readFileSync(p).toString('latin1'));
    }
  };
  walk(dir);
  return files;
}

/*
 * One small fixture site, built once with SOURCE_DATE_EPOCH fixed, holds every newsroom case: a dataset whose next
 * release lies in the past ("update due") and one whose release lies ahead; an article scaffolded by
 * `npm run new` and published; observations appended by `npm run data:import` (its previous version archived);
 * and a bad CSV that changes nothing.
 */
describe('newsroom workflow on a fixture site', () => {
  let root = '';
  let out = '';
  let secondOut = '';
  let oldVersion = '';
  let laterOld = '';
  let newVersion = '';
  const runs: Record<string, { status: number | null; output: string }> = {};
  let unchangedByBadImport = false;
  const html = (path: string) => parse(readFileSync(join(out, path), 'utf8'));

  beforeAll(() => {
    const tree = validContent();
    const wage = tree.datasets['wage.json']!;
    wage.nextRelease = '2026-01';
    tree.datasets['later.json'] = { ...structuredClone(wage), id: 'later', nextRelease: '2027-02' };
    root = writeContent(tree, { withGeometry: true });
    // A hub whose headline tiles use both datasets: tiles of the overdue one carry the flag.
    writeFileSync(join(root, 'places.json'), JSON.stringify([{ id: 'manado', kind: 'seat', region: '71.71', name: text('Manado'), coordinates: [124.84, 1.49], source: 'src-a' }]));
    mkdirSync(join(root, 'hubs'));
    writeFileSync(join(root, 'hubs', 'economy.json'), JSON.stringify({
      id: 'economy', sector: 'economy', title: text('Economy'), standfirst: text('Standfirst'), lastVerified: '2026-11-29',
      headline: [{ dataset: 'wage', period: '2025', label: text('Wage 2025') }, { dataset: 'wage', period: '2026', label: text('Wage 2026') }, { dataset: 'later', period: '2026', label: text('Later 2026') }],
      charts: [{ dataset: 'wage' }, { dataset: 'later' }],
      map: { type: 'places', places: ['manado'] },
      narrative: [{ kind: 'context', text: { ja: '{fig:0}だ。', id: 'Upah {fig:0}.', en: 'The wage is {fig:0}.' }, figures: [{ dataset: 'wage', period: '2026' }] }, { kind: 'risk', text: text('A risk'), sources: ['src-b'] }],
      gaps: [{ text: text('Not known'), basis: 'gaps-tourism-trade-grdp.md §7', datasets: ['wage'] }],
    }));
    // Baseline entries with the versions the registry computes, as the real content has them.
    for (const id of ['wage', 'later']) {
      const file = join(root, 'datasets', `${id}.json`);
      const data = JSON.parse(readFileSync(file, 'utf8'));
      const version = datasetVersion(readContent(root, CONTENT).content.datasets.get(id)!);
      data.revisions = [{ date: '2026-11-29', version, kind: 'baseline', summary: text('Baseline') }];
      writeFileSync(file, JSON.stringify(data, null, 2));
    }
    oldVersion = datasetVersion(readContent(root, CONTENT).content.datasets.get('wage')!);
    // A hand edit recorded with data:revise, which reads the logged version from the last commit.
    const git = (...args: string[]) => spawnSync('git', ['-C', root, '-c', 'user.email=desk@example.org', '-c', 'user.name=Desk', ...args], { encoding: 'utf8' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'fixture');
    laterOld = datasetVersion(readContent(root, CONTENT).content.datasets.get('later')!);
    const laterFile = join(root, 'datasets', 'later.json');
    const later = JSON.parse(readFileSync(laterFile, 'utf8'));
    later.observations[0].value = 3775426;
    writeFileSync(laterFile, JSON.stringify(later, null, 2));
    runs.revise = desk(root, 'data:revise', ['later', '--kind', 'corrected', '--date', '2026-12-06', ...LANGS.flatMap((l) => [`--summary-${l}`, `Typo in 2025 (${l})`])]);

    runs.scaffold = desk(root, 'new', ['article', 'scaffolded', '--source', 'src-a', '--sector', 'labour']);
    for (const lang of LANGS) {
      const file = join(root, 'articles', lang, 'scaffolded.mdx');
      if (existsSync(file)) writeFileSync(file, readFileSync(file, 'utf8').replace('draft: true', 'draft: false'));
    }
    runs.source = desk(root, 'new', ['source', '--file', 'desk', '--id', 'src-new', '--publisher', 'BPS Sulawesi Utara', '--title', 'Berita Resmi Statistik', '--url', 'https://sulut.bps.go.id/', '--published', '2026-11', '--language', 'id', '--grade', 'A']);
    const first = join(root, '..', `${root.split('/').pop()}-first.csv`);
    writeFileSync(first, 'period,region,value\n2025,71,10\n2026,71,12\n');
    const words = (field: string, s: string) => LANGS.flatMap((l) => [`--${field}-${l}`, `${s}（${l}）`]);
    runs.dataset = desk(root, 'new', ['dataset', 'fresh', '--csv', first, '--source', 'src-new', '--sector', 'economy', '--unit', 'count', '--period-type', 'year', '--cadence', 'annual', '--next-release', '2027-03',
      ...words('title', 'Fresh'), ...words('description', 'A new dataset'), ...words('measure', 'things'), ...words('caveats', 'None known'), ...words('gaps', 'Only the province')]);
    const good = join(root, '..', `${root.split('/').pop()}-good.csv`);
    writeFileSync(good, 'period,region,value,status\n2027,71,4200000,preliminary\n2028,71,4300000,preliminary\n');
    runs.importGood = desk(root, 'data:import', [good, '--dataset', 'wage', '--source', 'src-b', '--date', '2026-12-06', '--why-ja', '新しい発表', '--why-id', 'Rilis baru', '--why-en', 'New release']);
    newVersion = datasetVersion(readContent(root, CONTENT).content.datasets.get('wage')!);

    const before = snapshot(root);
    const bad = join(root, '..', `${root.split('/').pop()}-bad.csv`);
    writeFileSync(bad, 'period,region,value\n2029,71,1\n2029,99.99,2\n2029,71,3\n');
    runs.importBad = desk(root, 'data:import', [bad, '--dataset', 'wage', '--source', 'src-b']);
    const after = snapshot(root);
    unchangedByBadImport = before.size === after.size && [...before].every(([p, t]) => after.get(p) === t);

    const result = buildFixture(root, { SOURCE_DATE_EPOCH: EPOCH });
    if (result.status !== 0) throw new Error(`fixture build failed:\n${result.output.slice(-3000)}`);
    out = result.out;
    // A second build of the same content and commit, for the reproducibility check below.
    const again = buildFixture(root, { SOURCE_DATE_EPOCH: EPOCH });
    if (again.status !== 0) throw new Error(`second fixture build failed:\n${again.output.slice(-3000)}`);
    secondOut = again.out;
  }, 600_000);

  it('two builds of the same content and commit are byte-identical (today never comes from the clock)', () => {
    const first = snapshot(out);
    const second = snapshot(secondOut);
    expect(first.size).toBeGreaterThan(50);
    expect([...second.keys()].map((p) => p.slice(secondOut.length)).sort()).toEqual([...first.keys()].map((p) => p.slice(out.length)).sort());
    const differing = [...first].filter(([p, bytes]) => second.get(secondOut + p.slice(out.length)) !== bytes).map(([p]) => p.slice(out.length));
    expect(differing).toEqual([]);
  });

  it('a dataset past its expected release plus the grace period shows "update due" in every language, on its page and its catalogue card', () => {
    const expected = { ja: '更新待ち', id: 'Perlu pembaruan', en: 'Update due' };
    for (const [lang, word] of Object.entries(expected)) {
      const page = html(`${lang}/data/wage/index.html`);
      const flags = page.querySelectorAll('[data-update-due]');
      expect(flags, lang).toHaveLength(1);
      expect(flags[0]!.text).toBe(word);
      expect(page.querySelector('.release time')!.getAttribute('datetime')).toBe('2026-01');
      const catalogue = html(`${lang}/data/index.html`);
      expect(catalogue.querySelectorAll('#ds-wage [data-update-due]'), `${lang} card`).toHaveLength(1);
      expect(catalogue.querySelector('#ds-later [data-update-due]'), `${lang} later`).toBeNull();
      expect(html(`${lang}/data/later/index.html`).querySelector('[data-update-due]')).toBeNull();
      // Hub tiles: the two wage figures are flagged, the later one is not.
      const tiles = html(`${lang}/economy/index.html`).querySelectorAll('.figure-card');
      expect(tiles.map((t) => t.querySelector('[data-update-due]') !== null), `${lang} hub tiles`).toEqual([true, true, false]);
    }
  });

  it('npm run new scaffolds three valid article files that build into pages', () => {
    expect(runs.scaffold!.status, runs.scaffold!.output).toBe(0);
    for (const lang of LANGS) expect(existsSync(join(out, lang, 'news', 'scaffolded', 'index.html')), lang).toBe(true);
  });

  it('npm run new adds a source and a dataset from a tidy CSV (with its "added" revision) that build into pages', () => {
    expect(runs.source!.status, runs.source!.output).toBe(0);
    expect(runs.dataset!.status, runs.dataset!.output).toBe(0);
    const fresh = JSON.parse(readFileSync(join(root, 'datasets', 'fresh.json'), 'utf8'));
    expect(fresh.revisions).toEqual([expect.objectContaining({ kind: 'added', added: 2, version: datasetVersion(readContent(root, CONTENT).content.datasets.get('fresh')!) })]);
    for (const lang of LANGS) expect(html(`${lang}/data/fresh/index.html`).querySelectorAll('#revisions [data-revision="added"]'), lang).toHaveLength(1);
  });

  it('data:import appends the observations, records a revision with the new version and archives the old one, whose CSV resolves on the built site', () => {
    expect(runs.importGood!.status, `import failed: ${runs.importGood!.output}`).toBe(0);
    expect(runs.importGood!.output).toContain(`version ${oldVersion} → ${newVersion}`);
    expect(newVersion).not.toBe(oldVersion);
    const oldCsv = readFileSync(join(out, 'data', 'wage', `${oldVersion}.csv`), 'utf8');
    expect(oldCsv).toBe(readFileSync(join(root, 'archive', 'wage', `${oldVersion}.csv`), 'utf8'));
    expect(oldCsv).not.toContain('4200000');
    expect(JSON.parse(readFileSync(join(out, 'data', 'wage', `${oldVersion}.json`), 'utf8')).version).toBe(oldVersion);
    expect(readFileSync(join(out, 'data', 'wage', `${newVersion}.csv`), 'utf8')).toBe(readFileSync(join(out, 'data', 'wage.csv'), 'utf8'));
    const page = html('en/data/wage/index.html');
    expect(page.querySelector('.dataset-version')!.getAttribute('data-version')).toBe(newVersion);
    expect(page.querySelectorAll('#revisions [data-revision]').map((li) => li.getAttribute('data-revision'))).toEqual(['observations', 'baseline']);
    expect(page.querySelector(`#revisions a[href="/data/wage/${oldVersion}.csv"]`)).not.toBeNull();
  });

  it('data:revise archives the logged version of a hand-edited dataset and records the change with old and new values', () => {
    expect(runs.revise!.status, runs.revise!.output).toBe(0);
    const later = JSON.parse(readFileSync(join(root, 'datasets', 'later.json'), 'utf8'));
    expect(later.revisions.at(-1)).toMatchObject({ kind: 'corrected', revised: [{ series: 'value', region: '71', period: '2025', old: 3775425, new: 3775426 }] });
    expect(readFileSync(join(out, 'data', 'later', `${laterOld}.csv`), 'utf8')).toContain('3775425');
    expect(html('en/data/later/index.html').querySelector('#revisions [data-revision="corrected"] li')!.text).toContain('3,775,425 → 3,775,426');
  });

  it('the data-updates page and its RSS 2.0 feed list the import, in every language', () => {
    for (const lang of LANGS) {
      expect(html(`${lang}/updates/index.html`).querySelectorAll('[data-update="observations"][data-dataset="wage"]'), lang).toHaveLength(1);
      const xml = readFileSync(join(out, lang, 'updates', 'rss.xml'), 'utf8');
      expect(xmlProblem(xml, `updates/rss.xml (${lang})`)).toBeUndefined();
      expect(xml).toMatch(/^<\?xml[^>]*\?><rss version="2\.0"/);
      // The new dataset, the correction of 'later' and the import into wage (all on 2026-12-06: by dataset id).
      expect(xml.match(/<item>/g), lang).toHaveLength(3);
      expect(xml).toContain(`/${lang}/data/wage/#rev-1</link>`);
    }
  });

  it('a bad CSV changes nothing and prints each problem on its own line', () => {
    expect(runs.importBad!.status).toBe(1);
    expect(unchangedByBadImport).toBe(true);
    expect(runs.importBad!.output).toMatch(/bad\.csv:3: unknown region "99\.99"/);
    expect(runs.importBad!.output).toMatch(/bad\.csv:4: duplicate of line 2 \(value, 71, 2029\)/);
  });
});

// Synthetic corpora for the benchmark: the real content/ folder (so regions, sources, places and the real
// datasets stay valid as the schemas evolve) plus N articles per language and D datasets cloned from the
// real ones with new ids and varied values. Deterministic: the same sizes give the same files.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LANGS = ['ja', 'id', 'en'];

/** A small seeded PRNG (mulberry32) so corpora are reproducible. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pickFrom = (r, list) => list[Math.floor(r() * list.length)];
// <Fig> is an inline element (src/components/Fig.astro, given to MDX by the article page): it sits in a sentence.
const FIG_SENTENCE = { ja: '最新の公式値は{fig}である。', id: 'Angka resmi terbaru adalah {fig}.', en: 'The latest official figure is {fig}.' };

// Sentence banks in the house style (plain だ・である Japanese, formal Indonesian, plain English). They are
// filler for timing only and never appear on the real site.
const BANK = {
  ja: {
    topics: ['漁業', 'カツオ漁', '金鉱山', '観光', '技能実習', '最低賃金', '港湾', 'ビトゥン港', 'マナド空港', '輸出'],
    sentences: [
      '州政府は{t}に関する新しい計画を発表した。',
      '関係者によると、{t}の数字は前年より増えたが、内訳は公表されていない。',
      '{t}をめぐる議論は、地元の業者と行政の間で続いている。',
      '統計局の資料では、{t}の規模を示す公式の数値はまだ一部に限られる。',
      '日本との取引が増えれば、{t}の構造も変わる可能性がある。',
      '専門家は、{t}の持続性を確かめるには長期のデータが必要だと指摘する。',
      '{t}に携わる労働者の多くは、季節によって収入が大きく変わる。',
      '記者が確認した範囲では、{t}について署名済みの合意はない。',
    ],
    headings: ['背景', '数字が示すこと', '分かっていないこと', '今後の見通し'],
    catalogue: 'データ一覧',
  },
  id: {
    topics: ['perikanan', 'cakalang', 'tambang emas', 'pariwisata', 'pemagangan', 'upah minimum', 'pelabuhan', 'Pelabuhan Bitung', 'Bandara Manado', 'ekspor'],
    sentences: [
      'Pemerintah provinsi mengumumkan rencana baru terkait {t}.',
      'Menurut para pihak terkait, angka {t} naik dibanding tahun lalu, tetapi rinciannya belum diumumkan.',
      'Perdebatan mengenai {t} masih berlangsung antara pelaku usaha dan pemerintah daerah.',
      'Data Badan Pusat Statistik tentang {t} masih terbatas pada beberapa indikator.',
      'Jika perdagangan dengan Jepang meningkat, struktur {t} dapat berubah.',
      'Para ahli menilai data jangka panjang diperlukan untuk menilai keberlanjutan {t}.',
      'Banyak pekerja di sektor {t} memiliki pendapatan yang berubah menurut musim.',
      'Sejauh yang diperiksa redaksi, belum ada perjanjian yang ditandatangani tentang {t}.',
    ],
    headings: ['Latar belakang', 'Apa kata angka', 'Yang belum diketahui', 'Prospek'],
    catalogue: 'katalog data',
  },
  en: {
    topics: ['fisheries', 'skipjack tuna', 'gold mining', 'tourism', 'technical internships', 'the minimum wage', 'ports', 'Bitung port', 'Manado airport', 'exports'],
    sentences: [
      'The provincial government announced a new plan for {t}.',
      'According to the officials involved, the figures for {t} rose on the year, but no breakdown was published.',
      'The debate over {t} continues between local businesses and the administration.',
      'Official statistics on {t} still cover only a few indicators.',
      'If trade with Japan grows, the structure of {t} may change.',
      'Experts say long-run data are needed to judge whether {t} is sustainable.',
      'Many workers in {t} see their income change with the seasons.',
      'As far as this desk could check, no signed agreement on {t} exists.',
    ],
    headings: ['Background', 'What the numbers say', 'What is not known', 'What comes next'],
    catalogue: 'data catalogue',
  },
};

function paragraph(r, lang, sentences) {
  const b = BANK[lang];
  const sep = lang === 'ja' ? '' : ' ';
  return Array.from({ length: sentences }, () => pickFrom(r, b.sentences).replace('{t}', pickFrom(r, b.topics))).join(sep);
}

/** An article body of about 600–1,000 words (or the Japanese equivalent) with headings, a list, a link and figures. */
export function articleBody(r, lang, figs) {
  const b = BANK[lang];
  const parts = [paragraph(r, lang, 4)];
  b.headings.forEach((h, i) => {
    parts.push(`## ${h}`, paragraph(r, lang, 5), paragraph(r, lang, 4));
    if (i === 1) parts.push(Array.from({ length: 4 }, () => `- ${paragraph(r, lang, 1)}`).join('\n'));
    if (figs[i]) parts.push(figs[i]);
  });
  parts.push(`[${b.catalogue}](/${lang}/data/)`);
  return parts.join('\n\n') + '\n';
}

function frontmatterOf(mdx) {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!m) throw new Error('article without frontmatter');
  return m[1];
}

/**
 * Writes the corpus into `dir` and returns what it wrote. `fig` is the path of the <Fig> component when it
 * exists: articles then cite observations of the synthetic datasets through it.
 */
export function writeCorpus({ root, dir, articles, datasets, fig }) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, 'content'), dir, { recursive: true });
  const r = rng(articles * 7919 + datasets);

  // Datasets: clones of the real ones, round-robin, with new ids and values scaled a little.
  const realDir = join(root, 'content', 'datasets');
  const real = readdirSync(realDir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(realDir, f), 'utf8')));
  const made = [];
  for (let i = 0; i < datasets; i++) {
    const base = real[i % real.length];
    const id = `bench-${String(i + 1).padStart(4, '0')}-${base.id}`.slice(0, 60);
    const clone = structuredClone(base);
    clone.id = id;
    for (const lang of LANGS) if (clone.title?.[lang]) clone.title[lang] = `${clone.title[lang]} (${i + 1})`;
    const factor = 1 + (i % 50) / 1000;
    // An observation with a published form (src/schemas/dataset.ts) must equal it, so it keeps its value.
    for (const o of clone.observations ?? []) if (typeof o.value === 'number' && o.decimals === undefined && Number.isInteger(o.value) && !o.published) o.value = Math.round(o.value * factor);
    writeFileSync(join(dir, 'datasets', `${id}.json`), JSON.stringify(clone, null, 2));
    made.push(clone);
  }

  // Articles: the real article's frontmatter in each language, with a new key, title and date.
  const templateKey = readdirSync(join(root, 'content', 'articles', 'en')).filter((f) => f.endsWith('.mdx')).sort()[0];
  let figs = 0;
  for (let i = 0; i < articles; i++) {
    const key = `bench-article-${String(i + 1).padStart(5, '0')}`;
    const date = new Date(Date.UTC(2020, 0, 1) + Math.floor(r() * 6 * 365) * 86_400_000).toISOString().slice(0, 10);
    const cited = made.length ? [made[i % made.length], made[(i * 7 + 3) % made.length]] : [];
    for (const lang of LANGS) {
      const fm = frontmatterOf(readFileSync(join(root, 'content', 'articles', lang, templateKey), 'utf8'))
        .replace(/^translationKey: .*$/m, `translationKey: ${key}`)
        .replace(/^title: (.*)$/m, (_, t) => `title: ${JSON.stringify(`${i + 1}: ${t.replace(/^['"]|['"]$/g, '')}`.slice(0, 110))}`)
        .replace(/^date: .*$/m, `date: '${date}'`)
        .replace(/^updated: .*\n/m, '');
      const figLines = fig
        ? cited.map((d) => {
            // A derived observation (computed at build time) names no source of its own: cite a sourced one.
            const o = (d.observations ?? []).find((x) => x.source);
            if (!o) return '';
            const tag = `<Fig d="${d.id}" period="${o.period}"${o.series ? ` series="${o.series}"` : ''} region="${o.region}" source="${o.source}" />`;
            return FIG_SENTENCE[lang].replace('{fig}', tag);
          })
        : [];
      figs += figLines.filter(Boolean).length;
      const withDatasets = fig && cited.length ? fm.replace(/^datasets: .*\n?/m, '') + `\ndatasets: [${[...new Set(cited.map((d) => d.id))].join(', ')}]` : fm;
      writeFileSync(join(dir, 'articles', lang, `${key}.mdx`), `---\n${withDatasets}\n---\n\n${articleBody(r, lang, [figLines[0], '', figLines[1]])}`);
    }
  }
  return { datasets: made.length, articlesPerLang: articles, figs };
}

/**
 * A bare Astro project: the same article bodies as MDX pages with the smallest layout a user would write
 * (`<html lang>` so Pagefind splits its index by language, a title, the body in <main>), no datasets. It is
 * indexed by Pagefind's command line after `astro build`, as Pagefind's own Astro guide does, so the ratio
 * compares with what a user would otherwise pick.
 */
export function writeBareProject({ root, dir, corpus, outDir, cacheDir }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  mkdirSync(join(dir, 'src', 'layouts'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-bare', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()], outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(cacheDir)}, devToolbar: { enabled: false } };\n`,
  );
  // A symlink reuses this repository's installed packages.
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  let pages = 0;
  for (const lang of LANGS) {
    writeFileSync(
      join(dir, 'src', 'layouts', `${lang}.astro`),
      `---\nconst { frontmatter } = Astro.props;\n---\n<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{frontmatter.title}</title></head><body><main><h1>{frontmatter.title}</h1><slot /></main></body></html>\n`,
    );
    const target = join(dir, 'src', 'pages', lang, 'news');
    mkdirSync(target, { recursive: true });
    for (const f of readdirSync(join(corpus, 'articles', lang)).filter((f) => f.startsWith('bench-'))) {
      const mdx = readFileSync(join(corpus, 'articles', lang, f), 'utf8')
        .replace(/<Fig [^>]*\/>/g, '—')
        .replace(/^---\n/, `---\nlayout: ../../../layouts/${lang}.astro\n`);
      writeFileSync(join(target, f), mdx);
      pages++;
    }
  }
  return pages;
}

export function countArticleFiles(dir) {
  return LANGS.reduce((n, l) => n + (existsSync(join(dir, 'articles', l)) ? readdirSync(join(dir, 'articles', l)).length : 0), 0);
}

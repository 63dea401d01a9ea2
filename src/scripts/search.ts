/**
 * The search page's script: a thin DOM layer over Pagefind's JS API. Pagefind (its script, WebAssembly and
 * the index of the page's language) is loaded only here, on demand; no other page loads search code.
 * State lives in the address bar (?q=…&sector=…) so results can be shared and the header box can link here.
 */
import { fill } from '../i18n/template';
import { FILTER_KEYS, hasActiveSearch, pagefindArguments, parseSearchParams, toSearchParams, type FilterKey, type SearchState } from '../lib/search/query';
import { mergeResults, sumCounts } from '../lib/search/searchArchive';

interface Strings {
  locale: string;
  countNone: string;
  countOne: string;
  countMany: string;
  statusQuery: string;
  statusFilters: string;
  statusIdle: string;
  loading: string;
  error: string;
  archiveIncluded: string;
  archiveError: string;
  kinds: Record<string, string>;
  sectors: Record<string, string>;
}

interface PagefindResult {
  score: number;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  /** Counts per filter value among the query's results before any filter is applied. */
  totalFilters?: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options: object): Promise<PagefindResponse | null>;
}

/** Results per batch: five first, as Pagefind's own UI does, so a first query fetches five fragments, not ten. */
const PAGE_SIZE = 5;
const DEBOUNCE_MS = 250;


/**
 * Loads one Pagefind bundle: the current index (`pagefind/`) or the news archive's (`pagefind-archive/`), as
 * scripts/lib/search-index.mjs writes them. Each is its own module with its own index, so the page merges their
 * results itself (searchArchive.ts).
 */
async function loadPagefind(folder: 'pagefind' | 'pagefind-archive'): Promise<Pagefind> {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  // The bundle is written after the build, so it cannot be bundled; the URL is only known at run time.
  const pagefind = (await import(/* @vite-ignore */ `${base}${folder}/pagefind.js`)) as Pagefind;
  // Keywords are the editors' own statement of what a page is about (synonym-widened in BaseLayout), so a
  // match there counts for more than a passing mention in a long hub page.
  await pagefind.options({ baseUrl: base, excerptLength: 24, ranking: { metaWeights: { keywords: 5 } } });
  await pagefind.init();
  return pagefind;
}

/** Copies Pagefind's excerpt, keeping only text and <mark>, so no markup from the index reaches the page. */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

export function startSearch(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('[data-search-form]');
  const input = $<HTMLInputElement>('#search-q');
  const sort = $<HTMLSelectElement>('#search-sort');
  const status = $<HTMLElement>('#search-status');
  const list = $<HTMLOListElement>('[data-search-results]');
  const more = $<HTMLButtonElement>('[data-search-more]');
  const browse = document.querySelector<HTMLElement>('[data-search-browse]');
  const archiveBox = root.querySelector<HTMLElement>('[data-search-archive]');
  const checkboxes = () => [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const dateFormat = new Intl.DateTimeFormat(strings.locale, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
  const countText = (n: number) => (n === 0 ? strings.countNone : n === 1 ? strings.countOne : fill(strings.countMany, { count: n }));

  $<HTMLElement>('[data-search-noscript]').hidden = true;
  $<HTMLElement>('[data-search-ui]').hidden = false;

  let pagefind: Pagefind | undefined;
  /** The news archive's index, once a reader has asked for it (or the address says archive=1). */
  let archive: Pagefind | undefined;
  let archiveLoading: Promise<void> | undefined;
  const indexes = () => [pagefind, archive].filter((p): p is Pagefind => p !== undefined);
  let results: PagefindResult[] = [];
  let shown = 0;
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /**
   * How many pages each filter option has in the whole index. Pagefind answers this by fetching every filter's
   * page lists (38 KB per language at 20,000 pages), so they load only when a reader reaches for the filters
   * or the address already names one; until then the options show without counts.
   */
  let totals: Record<string, Record<string, number>> | undefined;
  let totalsLoading: Promise<void> | undefined;

  const readForm = (): SearchState => {
    const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, [] as string[]])) as Record<FilterKey, string[]>;
    for (const box of checkboxes()) if (box.checked) filters[box.name as FilterKey]?.push(box.value);
    return parseSearchParams(toSearchParams({ query: input.value, filters, sort: sort.value === 'newest' ? 'newest' : 'relevance', archive: archive !== undefined }));
  };

  const writeForm = (state: SearchState) => {
    input.value = state.query;
    sort.value = state.sort;
    for (const box of checkboxes()) box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
  };

  /**
   * Shows each option's count. Options with no result for the current words are hidden (a ticked one stays, so it
   * can be unticked), and so is a group left with no option, so nobody picks an empty filter.
   */
  const showCounts = (counts: Record<string, Record<string, number>>, totals: Record<string, Record<string, number>>) => {
    for (const box of checkboxes()) {
      const option = box.closest<HTMLElement>('[data-option]')!;
      const count = counts[box.name]?.[box.value] ?? 0;
      option.hidden = (!count || !totals[box.name]?.[box.value]) && !box.checked;
      option.querySelector('[data-count]')!.textContent = `(${count})`;
    }
    for (const group of root.querySelectorAll<HTMLFieldSetElement>('[data-filter-group]')) {
      group.hidden = group.querySelector('[data-option]:not([hidden])') === null;
    }
  };

  const addYears = (years: Record<string, number>) => {
    const group = $<HTMLFieldSetElement>('[data-filter-group="year"]');
    const template = group.querySelector<HTMLTemplateElement>('template')!;
    const present = new Set([...group.querySelectorAll<HTMLInputElement>('input')].map((box) => box.value));
    for (const year of Object.keys(years).sort().reverse().filter((y) => !present.has(y))) {
      const option = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
      option.querySelector('input')!.value = year;
      option.querySelector('[data-label]')!.textContent = year;
      group.append(option);
    }
    group.hidden = Object.keys(years).length === 0;
  };

  const renderResult = async (result: PagefindResult): Promise<HTMLLIElement> => {
    const data = await result.data();
    const item = document.createElement('li');
    const kicker = document.createElement('p');
    kicker.className = 'kicker';
    const sectors = data.filters.sector ?? [];
    if (sectors[0]) kicker.dataset.sector = sectors[0];
    kicker.textContent = [...(data.filters.kind ?? []).map((k) => strings.kinds[k] ?? k), ...sectors.map((s) => strings.sectors[s] ?? s)].join(' · ');
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.className = 'excerpt';
    excerpt.append(...excerptNodes(data.excerpt));
    item.append(kicker, heading, excerpt);
    // Only articles show their date: a dataset's date is when it was last checked, which would read as news.
    if (data.filters.kind?.includes('news') && data.meta.date && /^\d{4}-\d{2}-\d{2}$/.test(data.meta.date)) {
      const meta = document.createElement('p');
      meta.className = 'meta';
      const time = document.createElement('time');
      time.dateTime = data.meta.date;
      time.textContent = dateFormat.format(new Date(`${data.meta.date}T00:00:00Z`));
      meta.append(time);
      item.append(meta);
    }
    return item;
  };

  const showMore = async (focusFirst: boolean) => {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    shown += batch.length; // claimed before awaiting, so a double click cannot render the same batch twice
    const owner = run;
    const items = await Promise.all(batch.map(renderResult));
    if (owner !== run) return;
    list.append(...items);
    more.hidden = shown >= results.length;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  };

  const search = async (state: SearchState) => {
    const current = ++run;
    const params = toSearchParams(state);
    history.replaceState(history.state, '', `${location.pathname}${params ? `?${params}` : ''}`);
    if (!hasActiveSearch(state) || !pagefind) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      if (browse) browse.hidden = false;
      if (totals) showCounts(totals, totals);
      status.textContent = strings.statusIdle;
      return;
    }
    const responses = (await Promise.all(indexes().map((index) => index.search(...pagefindArguments(state))))).filter((r) => r !== null);
    if (responses.length === 0 || current !== run) return; // a newer search has started
    results = mergeResults(responses.map((r) => r.results), state.sort);
    const totalFilters = sumCounts(responses.map((r) => r.totalFilters));
    shown = 0;
    list.replaceChildren();
    await showMore(false);
    if (current !== run) return;
    if (browse) browse.hidden = true;
    // Counts say how many pages match the words alone, so they do not drop to zero as soon as one box is ticked.
    if (totals) showCounts(state.query ? totalFilters : totals, totals);
    const count = countText(results.length);
    status.textContent = state.query ? fill(strings.statusQuery, { count, query: state.query }) : fill(strings.statusFilters, { count });
  };

  // Adding the year options leaves every other box as the reader set it; the search then runs again to count.
  const fetchTotals = async () => {
    const all = sumCounts(await Promise.all(indexes().map((index) => index.filters())));
    addYears(all.year ?? {});
    totals = all;
  };
  /**
   * Adds the archive's index; its years join the filter and the counts include it from then on. If it cannot
   * load, the current results stay, the reader is told, and the button stays for another try.
   */
  const loadArchive = (box: HTMLElement) =>
    (archiveLoading ??= loadPagefind('pagefind-archive')
      .then(async (loaded) => {
        archive = loaded;
        box.replaceChildren(Object.assign(document.createElement('p'), { textContent: strings.archiveIncluded }));
        if (totals) await fetchTotals();
      })
      .catch((error: unknown) => {
        console.warn('The archive could not load', error);
        archiveLoading = undefined;
        box.querySelector('[data-archive-note]')!.textContent = strings.archiveError;
      }));

  writeForm(parseSearchParams(location.search));
  status.textContent = strings.loading;
  loadPagefind('pagefind')
    .then(async (loaded) => {
      pagefind = loaded;
      const initial = parseSearchParams(location.search);
      if (archiveBox) {
        archiveBox.querySelector('[data-archive-load]')!.addEventListener('click', () => void loadArchive(archiveBox).then(() => search(readForm())));
        if (initial.archive) await loadArchive(archiveBox);
      }
      if (FILTER_KEYS.some((key) => initial.filters[key].length > 0)) totalsLoading = fetchTotals();
      await totalsLoading;
      writeForm(initial);
      const loadTotals = () => (totalsLoading ??= fetchTotals().then(() => search(readForm())));
      for (const group of root.querySelectorAll('[data-filter-group]')) {
        for (const type of ['focusin', 'pointerenter'] as const) group.addEventListener(type, () => void loadTotals(), { once: true });
      }
      const now = () => void search(readForm());
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        clearTimeout(timer);
        now();
      });
      input.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(now, DEBOUNCE_MS);
      });
      form.addEventListener('change', (event) => {
        if (event.target !== input) now();
      });
      $<HTMLButtonElement>('[data-search-clear]').addEventListener('click', () => {
        writeForm(parseSearchParams(''));
        now();
        input.focus();
      });
      more.addEventListener('click', () => void showMore(true));
      await search(readForm());
      root.dataset.ready = 'true';
    })
    .catch((error: unknown) => {
      console.warn('Search could not load', error);
      status.textContent = strings.error;
      if (browse) browse.hidden = false;
      root.dataset.ready = 'error';
    });
}

/** Client script of components/invest/TimelineFilter.astro: it only enhances; the page works without it. */
import { fill } from '../i18n/template';
import { matchesSector } from '../lib/invest/sectorFilter';

/** Hides events outside the sector, then decades left without a visible event; returns the counts. */
function applySectorFilter(sector: string): { shown: number; total: number } {
  const events = [...document.querySelectorAll<HTMLElement>('.timeline-event[data-sectors]')];
  let shown = 0;
  for (const event of events) {
    const keep = matchesSector((event.dataset.sectors ?? '').split(' '), sector);
    event.hidden = !keep;
    if (keep) shown += 1;
  }
  for (const decade of document.querySelectorAll<HTMLElement>('section.decade')) {
    decade.hidden = !decade.querySelector('.timeline-event:not([hidden])');
  }
  return { shown, total: events.length };
}

for (const root of document.querySelectorAll<HTMLElement>('[data-timeline-filter]')) {
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-filter-sector]')];
  const status = root.querySelector<HTMLElement>('[data-filter-count]')!;
  const template = root.dataset.countTemplate ?? '{shown} / {total}';
  root.hidden = false;
  for (const button of buttons) {
    button.addEventListener('click', () => {
      for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
      const { shown, total } = applySectorFilter(button.dataset.filterSector ?? '');
      status.textContent = fill(template, { shown, total });
    });
  }
}

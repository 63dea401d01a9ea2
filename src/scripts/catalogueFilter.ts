/** Client script of components/data/CatalogueFilter.astro: it only enhances; the page works without it. */
import { fill } from '../i18n/template';

for (const form of document.querySelectorAll<HTMLElement>('.catalogue-filter')) {
  const cards = [...document.querySelectorAll<HTMLElement>('.card[data-sector]')];
  const status = form.querySelector<HTMLElement>('.filter-status')!;
  const none = form.querySelector<HTMLElement>('.filter-none')!;
  const apply = () => {
    const value = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value ?? '';
    const sector = value('sector');
    const level = value('level');
    const year = value('year');
    let shown = 0;
    for (const card of cards) {
      const match =
        (!sector || card.dataset.sector === sector) &&
        (!level || (card.dataset.levels ?? '').split(' ').includes(level)) &&
        (!year || (card.dataset.years ?? '').split(' ').includes(year));
      card.hidden = !match;
      if (match) shown++;
    }
    for (const section of document.querySelectorAll<HTMLElement>('section[data-sector]')) {
      section.hidden = !section.querySelector('.card:not([hidden])');
    }
    // A filter reaches into the folded datasets: open each fold that holds a match, close it again when cleared.
    for (const fold of document.querySelectorAll<HTMLDetailsElement>('details[data-folded]')) {
      fold.open = Boolean(sector || level || year) && fold.querySelector('.card:not([hidden])') !== null;
    }
    none.hidden = shown > 0;
    status.textContent = fill(form.dataset.countTemplate ?? '', { count: shown, total: form.dataset.total ?? '' });
  };
  form.addEventListener('change', apply);
  form.hidden = false;
}

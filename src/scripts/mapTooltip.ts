/** Client script of components/maps/MapTooltip.astro: it only enhances; the page works without it. */
for (const figure of document.querySelectorAll<HTMLElement>('.map-figure')) {
  const tip = document.createElement('div');
  tip.className = 'map-tip';
  tip.hidden = true;
  figure.append(tip);
  figure.addEventListener('pointerover', (event) => {
    const mark = (event.target as Element).closest('[data-tip]');
    if (!mark) return void (tip.hidden = true);
    tip.textContent = mark.getAttribute('data-tip');
    const box = figure.getBoundingClientRect();
    const at = mark.getBoundingClientRect();
    tip.style.left = `${at.right - box.left + 6}px`;
    tip.style.top = `${at.top - box.top - 4}px`;
    tip.hidden = false;
  });
  figure.addEventListener('pointerleave', () => (tip.hidden = true));
}

export {};

/** Client script of components/data/CiteBlock.astro: it only enhances; the page works without it. */
// Adds a copy button beside each citation. Without JavaScript the text stays selectable.
for (const section of document.querySelectorAll<HTMLElement>('.cite[data-copy-label]')) {
  for (const box of section.querySelectorAll<HTMLElement>('.copyable')) {
    const pre = box.querySelector('pre');
    if (!pre) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button button';
    button.textContent = section.dataset.copyLabel ?? 'Copy';
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(pre.textContent ?? '');
      } catch {
        const range = document.createRange();
        range.selectNodeContents(pre);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        return;
      }
      button.textContent = section.dataset.copiedLabel ?? 'Copied';
      setTimeout(() => (button.textContent = section.dataset.copyLabel ?? 'Copy'), 2000);
    });
    box.append(button);
  }
}

export {};

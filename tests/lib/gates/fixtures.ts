/** Small page builders for the gate tests: a valid page shell that each test bends in one way. */
export function page(body: string, options: { head?: string; lang?: string; title?: string } = {}): string {
  return `<!DOCTYPE html><html lang="${options.lang ?? 'en'}"><head><meta charset="utf-8"><title>${options.title ?? 'Fixture'}</title>${options.head ?? ''}</head><body><main id="main">${body}</main></body></html>`;
}

/**
 * The one way a UI string's placeholders are filled: `{name}` stands where a value goes. `t()` fills them with
 * text; `tParts()` splits a string around them so a component can put an element (<data>, <time>, a link) in a
 * slot; browser scripts fill templates the page hands them with `fill()`. Dictionary-free, so browser code may
 * import it.
 */
const PLACEHOLDER = /\{(\w+)\}/g;

export type TemplatePart = { text: string } | { slot: string };

/** The placeholder names of a template, in order: "{shown} of {total}" → ["shown", "total"]. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/**
 * Text and slots of a template: "（{amount}、{date}）" → text, slot amount, text, slot date, text.
 * @example parts('{a} and {b}') // => [{ slot: 'a' }, { text: ' and ' }, { slot: 'b' }]
 */
export function parts(template: string): TemplatePart[] {
  const out: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > last) out.push({ text: template.slice(last, match.index) });
    out.push({ slot: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < template.length) out.push({ text: template.slice(last) });
  return out;
}

/**
 * Fills every placeholder with its value; `missing` is called for a placeholder without one (t() throws there).
 * @example fill('{shown} of {total}', { shown: 3, total: 9 }) // => '3 of 9'
 */
export function fill(template: string, vars: Record<string, string | number>, missing: (name: string) => string = () => ''): string {
  return template.replace(PLACEHOLDER, (_, name: string) => (vars[name] === undefined ? missing(name) : String(vars[name])));
}

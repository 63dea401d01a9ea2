/**
 * Checks on the body of every MDX article, run by the build itself inside the Markdown pipeline (Sätteri, as
 * `markdown.processor` in astro.config.mjs, which MDX inherits). An article body may hold prose, links, <Fig>
 * and a few plain HTML elements; it must never carry code that runs in a reader's browser:
 *  - a link or image whose address is javascript:, vbscript: or data: (in Markdown or in a JSX attribute);
 *  - a <script> (or iframe, object, embed, style, base, meta, link, form, frame) element;
 *  - an on* event-handler attribute, or a {...spread} that could bring one;
 *  - import/export statements or {expressions} other than {/* comments *\/}: both run code at build time,
 *    and no article needs them (figures come from <Fig>).
 * Every problem is reported as `file:line: reason`, all of a file's problems together, and the build stops.
 * The content pass runs the same plugins first (checkArticleBody, from src/lib/content/read.ts), so a
 * build normally stops there with one clean line per problem; the pipeline plugin is the guarantee for any
 * MDX that reaches the compiler another way.
 *
 * The plugins are plain objects in Sätteri's visitor format. `articleBodyPlugins` is the list the config
 * installs; a later check (such as the figure check) joins it the same way, reporting through `BodyProblems`.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { displayPath } from './errors';
import { unsourcedNumbersIn } from '../data/figureCheck';

interface Point {
  line: number;
  column: number;
}
interface Node {
  type: string;
  position?: { start: Point };
  [key: string]: unknown;
}
interface VisitorContext {
  readonly fileURL: URL | undefined;
  readonly data: Record<string, unknown>;
}

/** A Sätteri mdast plugin, as far as these checks use it. */
export interface BodyCheckPlugin {
  name: string;
  options: { position: true };
  before?: (root: Readonly<Node>, ctx: VisitorContext) => void;
  after?: (root: Readonly<Node>, ctx: VisitorContext) => void;
  [visitor: string]: unknown;
}

/** Thrown when an article body fails a check; the message is the whole report (no stack is printed). */
export class ArticleBodyError extends Error {
  constructor(readonly lines: string[]) {
    super(`Article body check failed (${lines.length} problem${lines.length === 1 ? '' : 's'}):\n${lines.map((l) => `  - ${l}`).join('\n')}`);
    this.name = 'ArticleBodyError';
    this.stack = '';
  }
}

const PROBLEMS_KEY = 'atlasBodyProblems';

/** One problem in an article body: the line (when known) and the reason. */
export interface BodyProblem {
  line?: number;
  reason: string;
}

/** Problems found in one document, shared by every check plugin through the compile's data bag. */
export const BodyProblems = {
  add(ctx: VisitorContext, node: Readonly<Node>, reason: string): void {
    const list = (ctx.data[PROBLEMS_KEY] ??= []) as BodyProblem[];
    list.push({ line: node.position?.start.line, reason });
  },
  of(data: Record<string, unknown> | undefined): BodyProblem[] {
    return (data?.[PROBLEMS_KEY] as BodyProblem[] | undefined) ?? [];
  },
  format(file: string, problem: BodyProblem): string {
    return `${file}${problem.line ? `:${problem.line}` : ''}: ${problem.reason}`;
  },
  /** Throws if any check found a problem; installed once, after every check (see articleBodyPlugins). */
  throwIfAny(ctx: VisitorContext): void {
    const list = BodyProblems.of(ctx.data);
    if (!list.length) return;
    const file = ctx.fileURL ? displayPath(fileURLToPath(ctx.fileURL)) : '(article)';
    throw new ArticleBodyError(list.map((p) => BodyProblems.format(file, p)));
  },
};

const UNSAFE_SCHEME = /^(javascript|vbscript|data):/;
/** The scheme as a browser reads it: ASCII whitespace and control characters inside it are ignored. */
export function unsafeScheme(url: string): string | undefined {
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return UNSAFE_SCHEME.exec(compact)?.[1];
}

const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta', 'link', 'form']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'xlinkhref', 'poster', 'data', 'srcset', 'background', 'cite', 'ping']);
const EXPRESSION_RISK = /javascript:|vbscript:|data:|<\s*script|\bon[a-z]+\s*=|dangerouslySetInnerHTML|set:html/i;
const COMMENT_ONLY = /^\s*\/\*[\s\S]*\*\/\s*$/;

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | { value?: string } | null;
}

function checkJsx(node: Readonly<Node>, ctx: VisitorContext): undefined {
  const name = String(node.name ?? '');
  if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) BodyProblems.add(ctx, node, `<${name}> is not allowed in an article body`);
  for (const attr of (node.attributes ?? []) as JsxAttribute[]) {
    if (attr.type === 'mdxJsxExpressionAttribute') {
      BodyProblems.add(ctx, node, `<${name}> has a {...spread} attribute; write each attribute out`);
      continue;
    }
    const attrName = String(attr.name ?? '');
    if (/^on/i.test(attrName)) BodyProblems.add(ctx, node, `<${name}> has an event handler attribute "${attrName}"; articles carry no scripts`);
    const value = typeof attr.value === 'string' ? attr.value : attr.value?.value;
    if (typeof value !== 'string') continue;
    if (typeof attr.value === 'string') {
      const scheme = URL_ATTRIBUTES.has(attrName.toLowerCase()) ? unsafeScheme(value) : undefined;
      if (scheme) BodyProblems.add(ctx, node, `<${name} ${attrName}="${scheme}:…"> is not allowed: only http(s), relative and mailto: addresses`);
    } else if (EXPRESSION_RISK.test(value)) {
      BodyProblems.add(ctx, node, `<${name} ${attrName}={…}> holds a script or a ${value.match(/javascript:|vbscript:|data:/i)?.[0] ?? 'handler'} address`);
    }
  }
  return undefined;
}

function checkUrl(kind: string) {
  const article = /^[aeiou]/.test(kind) ? 'an' : 'a';
  return (node: Readonly<Node>, ctx: VisitorContext): undefined => {
    const scheme = unsafeScheme(String(node.url ?? ''));
    if (scheme) BodyProblems.add(ctx, node, `${article} ${kind} to a ${scheme}: address is not allowed: only http(s), relative and mailto: addresses`);
    return undefined;
  };
}

function checkExpression(node: Readonly<Node>, ctx: VisitorContext): undefined {
  const value = String(node.value ?? '');
  if (!COMMENT_ONLY.test(value)) BodyProblems.add(ctx, node, `{${value.trim().slice(0, 40)}} is code; an article body holds only text, links, <Fig> and {/* comments */}`);
  return undefined;
}

/** Markup an article body must never carry. */
export const safeMarkupPlugin: BodyCheckPlugin = {
  name: 'atlas-safe-markup',
  options: { position: true },
  link: checkUrl('link'),
  image: checkUrl('image'),
  definition: checkUrl('link definition'),
  mdxJsxFlowElement: checkJsx,
  mdxJsxTextElement: checkJsx,
  mdxFlowExpression: checkExpression,
  mdxTextExpression: checkExpression,
  mdxjsEsm: (node: Readonly<Node>, ctx: VisitorContext) => {
    BodyProblems.add(ctx, node, 'import/export is not allowed in an article body (components such as <Fig> are provided by the page)');
    return undefined;
  },
  html: (node: Readonly<Node>, ctx: VisitorContext) => {
    const value = String(node.value ?? '');
    if (/<\s*script|\bon[a-z]+\s*=|javascript:|vbscript:/i.test(value)) BodyProblems.add(ctx, node, 'raw HTML with a script, an event handler or a javascript: address is not allowed');
    return undefined;
  },
};

/** Runs last: stops the build with every problem the checks before it found. */
export const reportBodyProblemsPlugin: BodyCheckPlugin = {
  name: 'atlas-body-report',
  options: { position: true },
  after: (_root, ctx) => BodyProblems.throwIfAny(ctx),
};

/** Elements whose text is not a bare figure: a figure itself, a date, code, a footnote mark. */
const NOT_PROSE_ELEMENTS = new Set(['fig', 'jpy', 'data', 'time', 'code', 'kbd', 'samp', 'sup']);
const NOT_PROSE_NODES = new Set(['inlineCode', 'code', 'footnoteReference', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'html', 'yaml']);

function findBareFigures(node: Readonly<Node>, ctx: VisitorContext): void {
  if (NOT_PROSE_NODES.has(node.type)) return;
  const element = String(node.name ?? '').toLowerCase();
  if (/^mdxJsx/.test(node.type) && (NOT_PROSE_ELEMENTS.has(element) || FORBIDDEN_ELEMENTS.has(element))) return;
  const children = (node.children ?? []) as Node[];
  // A link whose text is its own address (a bare URL) holds no figure.
  if (node.type === 'link' && children.length === 1 && children[0]!.value === node.url) return;
  if (node.type === 'text') {
    for (const f of unsourcedNumbersIn(String(node.value ?? ''))) {
      BodyProblems.add(ctx, node, `bare figure "${f.number}" in "${f.context}": write it as <Fig d=… period=… /> so it comes from a dataset (a date as <time>)`);
    }
  }
  for (const child of children) findBareFigures(child, ctx);
}

/**
 * The figure check at compile time (rules in src/lib/data/figureCheck.ts): a number in a body's prose that no
 * rule allows (a year, a written date, a code) is a figure typed by hand; it must be a <Fig>. The built-page
 * check (tests/dist/figures.test.ts) still covers what components print around the body.
 */
export const bareFigurePlugin: BodyCheckPlugin = {
  name: 'atlas-bare-figures',
  options: { position: true },
  before: (root, ctx) => findBareFigures(root, ctx),
};

/** The article-body checks, in order, then the report. New checks go before the report. */
export const articleBodyPlugins: BodyCheckPlugin[] = [safeMarkupPlugin, bareFigurePlugin, reportBodyProblemsPlugin];

/** A <Fig> or <Jpy> as written in a body: its attributes and line, for the content check to resolve (figure.ts). */
export interface FigureReference {
  element: 'Fig' | 'Jpy';
  line?: number;
  attributes: Record<string, string>;
}
const FIGURES_KEY = 'atlasFigures';

function collectFigure(node: Readonly<Node>, ctx: VisitorContext): undefined {
  const element = node.name;
  if (element !== 'Fig' && element !== 'Jpy') return undefined;
  const attributes: Record<string, string> = {};
  for (const attr of (node.attributes ?? []) as JsxAttribute[]) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) continue;
    // period={2026} is an expression holding a number; its source text is the value.
    const value = typeof attr.value === 'string' ? attr.value : attr.value?.value?.trim();
    if (value !== undefined) attributes[attr.name] = value;
  }
  ((ctx.data[FIGURES_KEY] ??= []) as FigureReference[]).push({ element, line: node.position?.start.line, attributes });
  return undefined;
}

/** Collects every <Fig> and <Jpy> in a body, so the content check can resolve each against the datasets before rendering. */
export const figureReferencesPlugin: BodyCheckPlugin = {
  name: 'atlas-figure-references',
  options: { position: true },
  mdxJsxFlowElement: collectFigure,
  mdxJsxTextElement: collectFigure,
};

/**
 * Runs the body checks on one MDX body and collects its <Fig> references. The frontmatter is not part of it
 * (the content pass has parsed that once already); `firstLine` is the body's first line in the file, so
 * reported lines match the file. MDX syntax errors are left to the MDX compiler, which reports them with their
 * position.
 */
export function checkArticleBody(body: string, absolutePath: string, firstLine = 1): { problems: BodyProblem[]; figures: FigureReference[] } {
  const checks = [...articleBodyPlugins.filter((p) => p !== reportBodyProblemsPlugin), figureReferencesPlugin];
  const source = '\n'.repeat(firstLine - 1) + body;
  try {
    const data = mdxToJs(source, { mdastPlugins: checks as never, fileURL: pathToFileURL(absolutePath) }).data as Record<string, unknown>;
    return { problems: BodyProblems.of(data), figures: (data[FIGURES_KEY] as FigureReference[] | undefined) ?? [] };
  } catch {
    return { problems: [], figures: [] };
  }
}

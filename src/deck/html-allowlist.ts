/**
 * What HTML a slide may contain, judged on the tree a browser builds (parse5, the HTML
 * standard's parser), never on the text: an element or attribute is allowed only when it is
 * named below. docs/security.md prints the same lists for authors.
 *
 * Both the raw HTML an author writes (raw-html.ts) and the HTML the loader renders from
 * Markdown (rendered-html.ts) go through `judgeTree`, so nothing reaches the page unjudged.
 */
import type { DefaultTreeAdapterTypes } from 'parse5';
import { judgeUrl, type UrlKind } from './url-policy.ts';

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SVG_NS = 'http://www.w3.org/2000/svg';
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

/** HTML elements a slide may use: text, lists, tables, quotes, figures, and their parts. */
export const HTML_ELEMENTS: readonly string[] = [
  'a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt',
  'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby',
  's', 'samp', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
];
/** SVG elements for drawings: shapes, text, gradients, markers. No `<a>`, `<use>`, `<image>`, `<foreignObject>`, `<style>`, `<script>` or animation. */
export const SVG_ELEMENTS: readonly string[] = [
  'svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'title', 'desc', 'defs',
  'linearGradient', 'radialGradient', 'stop', 'marker', 'clipPath',
];
/** MathML elements for formulas; no `<semantics>` or annotations, which may hold HTML. */
export const MATHML_ELEMENTS: readonly string[] = [
  'math', 'mi', 'mn', 'mo', 'ms', 'mtext', 'mrow', 'mspace', 'msup', 'msub', 'msubsup', 'mfrac', 'msqrt', 'mroot', 'mover', 'munder', 'munderover',
  'mtable', 'mtr', 'mtd', 'mstyle', 'mpadded', 'mphantom',
];

/**
 * Attributes any allowed element may carry (and every `aria-*`). Not `id` in HTML: an element
 * with an id becomes a global of the page (DOM clobbering) and could take a slide's deep link.
 */
export const GLOBAL_ATTRIBUTES: readonly string[] = ['class', 'title', 'lang', 'dir', 'role', 'hidden'];
/** Further attributes, element by element. URL attributes are judged by url-policy.ts as well. */
export const ELEMENT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  img: ['src', 'alt', 'width', 'height'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  time: ['datetime'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  td: ['colspan', 'rowspan', 'headers', 'align'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr', 'align'],
  col: ['span'],
  colgroup: ['span'],
  details: ['open'],
  abbr: [],
};
/** Presentation attributes of the allowed SVG elements. */
export const SVG_ATTRIBUTES: readonly string[] = [
  'id', // what `fill="url(#gradient)"` and `marker-end="url(#arrow)"` point at
  'xmlns', 'viewBox', 'preserveAspectRatio', 'width', 'height', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'dx', 'dy', 'd', 'points',
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin', 'stroke-dasharray', 'opacity',
  'transform', 'font-size', 'font-family', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'offset', 'stop-color', 'stop-opacity',
  'gradientUnits', 'gradientTransform', 'marker-start', 'marker-mid', 'marker-end', 'markerWidth', 'markerHeight', 'refX', 'refY', 'orient',
  'clip-path', 'clipPathUnits', 'focusable',
];
/** Layout attributes of the allowed MathML elements. */
export const MATHML_ATTRIBUTES: readonly string[] = [
  'xmlns', 'display', 'displaystyle', 'mathvariant', 'mathsize', 'fence', 'separator', 'stretchy', 'symmetric', 'largeop', 'movablelimits', 'accent',
  'lspace', 'rspace', 'linethickness', 'columnalign', 'rowalign', 'width', 'height', 'depth', 'scriptlevel',
];

/** Attributes that hold URLs in any namespace: each is judged by the URL policy before anything else. */
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'cite', 'poster', 'background', 'data', 'ping', 'codebase', 'longdesc', 'lowsrc', 'dynsrc', 'manifest', 'icon', 'usemap', 'archive', 'classid', 'profile']);
/** Where each URL attribute may point. */
const URL_KINDS: Record<string, readonly UrlKind[]> = {
  href: ['web', 'mail', 'fragment', 'local'],
  cite: ['web', 'local'],
  src: ['local'],
};
/** `onclick`, `onload`, `onbegin`, …: event handler attributes, in any case. */
const EVENT_HANDLER = /^on/i;
const ARIA = /^aria-[a-z]+$/;

const RUNS_CODE = 'remove it: the deck runs no code from slides; interaction belongs in a widget under src/widgets/';
const SEE_POLICY = 'see docs/security.md for what a slide may contain';
const LOADS_PAGE = { message: (tag: string) => `an <${tag}> would load another page or program into the slide`, hint: 'the deck makes no request to other hosts: show a picture from assets/ and link to the page instead' };
const PAGE_HEAD = { message: (tag: string) => `a <${tag}> element belongs in the page head, not in a slide`, hint: 'remove it: styles and fonts come from src/theme/' };
const PAGE_FRAME = { message: (tag: string) => `a <${tag}> tag does not belong in a slide`, hint: 'remove it: the loader writes the page around the slides' };
const FORM = { message: (tag: string) => `${/^[aeiou]/.test(tag) ? 'an' : 'a'} <${tag}> would make the slide a form`, hint: 'remove it: interaction belongs in a widget under src/widgets/' };

/** Why the elements an author is most likely to try are refused, and what to do instead. */
const REFUSED: Record<string, { message: (tag: string) => string; hint: string }> = {
  script: { message: () => 'a <script> element would run code inside the slide', hint: RUNS_CODE },
  style: {
    message: () => 'a <style> element would restyle the whole deck, not only this slide',
    hint: 'put the rule in src/theme/ and choose it with "layout:" or "class:" in the front matter',
  },
  section: {
    message: () => 'a <section> inside a slide becomes a separate reveal.js slide',
    hint: 'start a new slide file for a new slide, or group content with a <div>',
  },
  iframe: LOADS_PAGE,
  frame: LOADS_PAGE,
  frameset: LOADS_PAGE,
  object: LOADS_PAGE,
  embed: LOADS_PAGE,
  applet: LOADS_PAGE,
  portal: LOADS_PAGE,
  link: PAGE_HEAD,
  meta: PAGE_HEAD,
  base: PAGE_HEAD,
  title: PAGE_HEAD,
  html: PAGE_FRAME,
  head: PAGE_FRAME,
  body: PAGE_FRAME,
  form: FORM,
  input: FORM,
  button: FORM,
  select: FORM,
  textarea: FORM,
};

/**
 * Why a start tag the browser dropped from the tree still matters: `<body onload>` in a
 * fragment is dropped, but in the cover, part of index.html, its attributes land on the page's
 * own `<body>`. Undefined for tags whose dropping harms nothing (a `<td>` outside a table).
 */
export function judgeDroppedTag(tag: string): { message: string; hint: string } | undefined {
  const known = REFUSED[tag];
  return known ? { message: known.message(tag), hint: known.hint } : undefined;
}

/** A node or attribute the allowlist refuses, with why and what to do. */
export interface Refusal {
  element: Element;
  /** The attribute as written (`xlink:href`), when the refusal is about one. */
  attribute?: string;
  message: string;
  hint: string;
}

export interface JudgeOptions {
  /**
   * Markdown renders images and task-list checkboxes itself; an author's raw `<img>` is refused
   * because the build would neither check nor bundle its file.
   */
  rendered: boolean;
}

/** Every element and attribute under `root` that the allowlist refuses, in document order. */
export function judgeTree(root: ParentNode, options: JudgeOptions): Refusal[] {
  const refusals: Refusal[] = [];
  const visit = (parent: ParentNode) => {
    for (const node of parent.childNodes) {
      if (!('tagName' in node)) continue;
      const refusal = judgeElement(node, options);
      if (refusal) {
        // What is inside a refused element is gone with it: one problem is enough.
        refusals.push(refusal);
        continue;
      }
      refusals.push(...judgeAttributes(node, options));
      visit('content' in node ? node.content : node);
    }
  };
  visit(root);
  return refusals;
}

function judgeElement(element: Element, options: JudgeOptions): Refusal | undefined {
  const tag = element.tagName;
  if (element.namespaceURI === HTML_NS) {
    if (tag === 'img' && !options.rendered)
      return undefined; // judged with its attributes, which say what to write instead
    if (tag === 'input' && options.rendered && isTaskCheckbox(element)) return undefined;
    if (HTML_ELEMENTS.includes(tag)) return undefined;
    const known = REFUSED[tag];
    if (known) return { element, message: known.message(tag), hint: known.hint };
    return { element, message: `<${tag}> is not an element a slide may contain`, hint: SEE_POLICY };
  }
  if (element.namespaceURI === SVG_NS && SVG_ELEMENTS.includes(tag)) return undefined;
  if (element.namespaceURI === MATHML_NS && MATHML_ELEMENTS.includes(tag)) return undefined;
  const inside = element.namespaceURI === SVG_NS ? 'SVG' : element.namespaceURI === MATHML_NS ? 'MathML' : 'HTML';
  if (tag === 'script') return { element, message: 'a <script> element would run code inside the slide', hint: RUNS_CODE };
  return { element, message: `<${tag}> is not an element a slide may contain in ${inside}`, hint: SEE_POLICY };
}

function judgeAttributes(element: Element, options: JudgeOptions): Refusal[] {
  const refusals: Refusal[] = [];
  for (const attribute of element.attrs) {
    const name = attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name;
    const refuse = (message: string, hint: string) => refusals.push({ element, attribute: name, message, hint });
    if (EVENT_HANDLER.test(attribute.name)) {
      refuse(`the ${name} attribute on <${element.tagName}> would run code`, RUNS_CODE);
      continue;
    }
    if (URL_ATTRIBUTES.has(name)) {
      const urls = name === 'srcset' ? attribute.value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [attribute.value];
      const verdicts = urls.map(judgeUrl);
      const bad = verdicts.find((verdict) => !verdict.allowed);
      if (bad && !bad.allowed) {
        if (element.tagName === 'img' && /^\s*[/\\]{2}/.test(attribute.value))
          refuse(`image "${attribute.value}" is on another host`, 'copy the picture into assets/ and link it relatively: the deck makes no request to other hosts');
        else refuse(bad.message, bad.hint);
        continue;
      }
      if (element.tagName === 'img' && name === 'src') {
        const verdict = verdicts[0]!;
        if (verdict.allowed && verdict.kind === 'web')
          refuse(`image "${attribute.value}" is on another host`, 'copy the picture into assets/ and link it relatively: the deck makes no request to other hosts');
        else if (!options.rendered)
          refuse('a raw <img> is not bundled with the deck', `write it as Markdown, ![what it shows](${attribute.value}), so the build copies and checks the file`);
        continue;
      }
    }
    if (!isAllowedAttribute(element, name)) {
      refuse(
        name === 'style' ? `a style attribute on <${element.tagName}> is not allowed in a slide` : `the ${name} attribute is not allowed on <${element.tagName}> in a slide`,
        name === 'style' ? 'put the rule in src/theme/ and choose it with "class:" in the front matter' : SEE_POLICY,
      );
      continue;
    }
    const kinds = URL_KINDS[name];
    const verdict = kinds ? judgeUrl(attribute.value) : undefined;
    if (verdict?.allowed && kinds && !kinds.includes(verdict.kind))
      refuse(`the ${name} of <${element.tagName}> may not point to "${attribute.value}"`, verdict.kind === 'web' ? 'the deck makes no request to other hosts: use a file from assets/' : SEE_POLICY);
  }
  return refusals;
}

function isAllowedAttribute(element: Element, name: string): boolean {
  if (GLOBAL_ATTRIBUTES.includes(name) || ARIA.test(name)) return true;
  if (element.namespaceURI === SVG_NS) return SVG_ATTRIBUTES.includes(name);
  if (element.namespaceURI === MATHML_NS) return MATHML_ATTRIBUTES.includes(name);
  if (element.tagName === 'input') return ['type', 'checked', 'disabled'].includes(name);
  return ELEMENT_ATTRIBUTES[element.tagName]?.includes(name) ?? false;
}

/** marked renders `- [x] done` as `<input checked disabled type="checkbox">`. */
function isTaskCheckbox(element: Element): boolean {
  const type = element.attrs.find((attribute) => attribute.name === 'type')?.value;
  return type === 'checkbox' && element.attrs.some((attribute) => attribute.name === 'disabled');
}

/**
 * Every front-matter key a slide may set, in one typed table: its doc, its default and a
 * normaliser that turns a bad value into a message and a hint. The README's table is this one.
 */
import { parseDuration } from './duration.ts';
import { LAYOUTS, TRANSITIONS, type Layout, type Transition } from './model.ts';
import { didYouMean } from './suggest.ts';
import { judgeUrl } from './url-policy.ts';

/** A normaliser's answer: the clean value, or what is wrong with the raw one. */
export type Normalised<T> = { ok: true; value: T } | { ok: false; message: string; hint: string };

export interface FrontMatterKey<T> {
  /** The type as the README shows it. */
  type: string;
  doc: string;
  /** Shown in the README; `undefined` means "not set". */
  defaultValue: string;
  normalise(raw: unknown): Normalised<T>;
}

const ok = <T>(value: T): Normalised<T> => ({ ok: true, value });
const bad = <T>(message: string, hint: string): Normalised<T> => ({ ok: false, message, hint });

/** Slugs are the deep-link ids (`#/the-puzzle`): lower-case words joined by hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** CSS class names an author may add. */
const CLASS_NAME = /^-?[_a-zA-Z][_a-zA-Z0-9-]*$/;
/** A background is a hex colour, a CSS colour keyword, or a path to a local image. */
const HEX_COLOUR = /^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;
const COLOUR_KEYWORD = /^[a-z]+$/;
const IMAGE_PATH = /\.(?:svg|png|jpe?g|webp|avif|gif)$/i;

function oneOf<T extends string>(values: readonly T[], what: string) {
  return (raw: unknown): Normalised<T> =>
    typeof raw === 'string' && (values as readonly string[]).includes(raw)
      ? ok(raw as T)
      : bad(`unknown ${what} ${JSON.stringify(raw)}`, didYouMean(String(raw), values, `use one of`));
}

export const FRONT_MATTER = {
  title: {
    type: 'text',
    doc: "The slide's title: outline, deep-link default, page title and the title announced to screen readers.",
    defaultValue: '(required)',
    normalise: (raw: unknown): Normalised<string> =>
      typeof raw === 'string' && raw.trim() !== ''
        ? ok(raw.trim())
        : bad('title must be non-empty text', 'write the title as it appears on the slide'),
  },
  slug: {
    type: 'kebab-case text',
    doc: 'Deep-link id: the slide opens at `#/<slug>`. Unique in the deck.',
    defaultValue: 'the title in kebab-case',
    normalise: (raw: unknown): Normalised<string> =>
      typeof raw === 'string' && SLUG.test(raw)
        ? ok(raw)
        : bad(`slug ${JSON.stringify(raw)} is not kebab-case`, `use lower-case words joined by hyphens, e.g. "${slugify(String(raw)) || 'the-puzzle'}"`),
  },
  layout: {
    type: 'a layout name',
    doc: 'How the theme sets the body: one of the layouts listed below.',
    defaultValue: 'default',
    normalise: oneOf<Layout>(LAYOUTS, 'layout'),
  },
  class: {
    type: 'class names',
    doc: 'Extra CSS classes on the `<section>`, separated by spaces.',
    defaultValue: 'none',
    normalise: (raw: unknown): Normalised<string[]> => {
      const names = typeof raw === 'string' ? raw.split(/\s+/).filter(Boolean) : [];
      const wrong = names.find((name) => !CLASS_NAME.test(name));
      if (typeof raw !== 'string' || wrong !== undefined)
        return bad(`class ${JSON.stringify(wrong ?? raw)} is not a CSS class name`, 'use letters, digits and hyphens, separated by spaces');
      return ok(names);
    },
  },
  timing: {
    type: 'seconds or `1m30s`',
    doc: "Time planned for the slide; the pacing timer uses it. Unset slides share the rest of the talk's duration by the length of their notes.",
    defaultValue: 'from the notes',
    normalise: (raw: unknown): Normalised<number> => {
      const seconds = parseDuration(raw);
      return seconds === undefined
        ? bad(`timing ${JSON.stringify(raw)} is not a duration`, 'write seconds (90) or minutes and seconds (1m30s)')
        : ok(seconds);
    },
  },
  transition: {
    type: TRANSITIONS.join(' \\| '),
    doc: "reveal.js transition into this slide.",
    defaultValue: "the deck's (slide)",
    normalise: oneOf<Transition>(TRANSITIONS, 'transition'),
  },
  background: {
    type: 'colour or image path',
    doc: 'A hex colour (`#0f1b2d`) or a local image relative to the slide file (`../assets/art/x.svg`).',
    defaultValue: "the theme's",
    normalise: (raw: unknown): Normalised<string> => {
      if (typeof raw === 'string' && IMAGE_PATH.test(raw)) {
        // The image is a project file: no other host, no `javascript:`/`data:`/`file:` URL.
        const verdict = judgeUrl(raw);
        if (!verdict.allowed) return bad(`background ${JSON.stringify(raw)}: ${verdict.message}`, 'use a path to a file in assets/, relative to the slide file, such as "../assets/art/poster.svg"');
        if (verdict.kind !== 'local') return bad(`background ${JSON.stringify(raw)} is not a file of the project`, 'copy the picture into assets/ and write its path relative to the slide file, such as "../assets/art/poster.svg"');
        return ok(raw);
      }
      return typeof raw === 'string' && (HEX_COLOUR.test(raw) || COLOUR_KEYWORD.test(raw))
        ? ok(raw)
        : bad(`background ${JSON.stringify(raw)} is neither a colour nor an image path`, 'use a hex colour such as "#0f1b2d" or a path such as "../assets/art/poster.svg"');
    },
  },
} satisfies Record<string, FrontMatterKey<unknown>>;

export type FrontMatterName = keyof typeof FRONT_MATTER;
export const FRONT_MATTER_NAMES = Object.keys(FRONT_MATTER) as FrontMatterName[];

/** True when a background value names an image file rather than a colour. */
export function isImagePath(background: string): boolean {
  return IMAGE_PATH.test(background);
}

/** `Observations – Gated Openness` → `observations-gated-openness`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

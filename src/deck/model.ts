/**
 * The typed model between the loader's stages: parse produces it, check and render read it.
 */
import type { Theme } from '../theme/theme.ts';
import type { Problem, SourcePosition } from './problem.ts';

/** reveal.js transition styles a slide may choose. */
export const TRANSITIONS = ['none', 'fade', 'slide', 'convex', 'concave', 'zoom'] as const;
export type Transition = (typeof TRANSITIONS)[number];

/** Layouts the theme knows how to typeset (see src/theme/layouts.css). */
export const LAYOUTS = [
  'default',
  'title',
  'two-up',
  'book',
  'cards',
  'quotes',
  'matrix',
  'divider',
  'article',
  'cartoon',
  'contact',
  'references',
] as const;
export type Layout = (typeof LAYOUTS)[number];

/** A run of Markdown text and the line of the file where it starts. */
export interface MarkdownBlock {
  markdown: string;
  /** 1-based line of the file on which `markdown` begins. */
  line: number;
}

/** What the speaker says on a slide; never part of the audience build. */
export type SpeakerNotes = MarkdownBlock;

/** `{Nye 1996@27}`: a reference to a bibliography entry, with an optional page. */
export interface Citation {
  /** The text as written, braces included, used to replace it when rendering. */
  raw: string;
  /** Normalised key: the text before `@` without spaces (`Nye1996`). */
  key: string;
  /** Page or range after `@`, if any. */
  locator?: string;
  at: SourcePosition;
}

/** `![alt](../assets/art/x.svg)`: a local file the slide shows. */
export interface AssetReference {
  /** The path as written in the Markdown. */
  href: string;
  /** The path relative to the project root (`assets/art/x.svg`). */
  path: string;
  alt: string;
  at: SourcePosition;
}

/** A fenced block handed to a widget, such as ```matrix. */
export interface WidgetBlock {
  kind: string;
  text: string;
  /** Position of the first line inside the fence. */
  at: SourcePosition;
}

/** Slide options that come from front matter (see front-matter.ts for the table). */
export interface SlideOptions {
  title: string;
  slug: string;
  layout: Layout;
  class: string[];
  /** Seconds planned for this slide, if the author set them. */
  timing?: number;
  transition?: Transition;
  /** A colour (`#0f1b2d`) or an asset path; see `backgroundAsset`. */
  background?: string;
}

/** One slide, as parsed from one Markdown file. */
export interface Slide extends SlideOptions {
  file: string;
  body: MarkdownBlock;
  notes?: SpeakerNotes;
  citations: Citation[];
  assets: AssetReference[];
  widgets: WidgetBlock[];
  /** Background image resolved from `background`, when it names a file. */
  backgroundAsset?: AssetReference;
  /** Where each front-matter value was written, for problems found after parsing. */
  optionsAt: Partial<Record<keyof SlideOptions, SourcePosition>>;
  /** First and last line of the file. */
  span: { start: number; end: number };
}

/** What the talk as a whole declares (slides/talk.yaml). */
export interface Talk {
  title: string;
  author: string;
  description: string;
  lang: string;
  /** The talk's planned length in seconds: the one place pacing starts from. */
  duration: number;
  /** The colour theme the deck is built in (`dark` unless talk.yaml says `light`). */
  theme: Theme;
}

/** The result of any stage: what it produced and what went wrong. */
export interface Outcome<T> {
  value: T;
  problems: Problem[];
}

/**
 * The deck's one Markdown configuration, shared by everything that reads slide Markdown: the
 * checks lex with it what the renderer will render with it, so they never disagree.
 */
import { Marked } from 'marked';

/** GitHub-flavoured Markdown, no auto heading ids; configured once, never globally. */
export const markdown = new Marked({ gfm: true, breaks: false });

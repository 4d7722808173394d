/**
 * The browser side of the widgets, mounted by src/main.ts. The loader's side is listed in
 * src/widgets/sources.ts; the two lists are apart so the browser bundle carries no loader code.
 */
import { matrixMount } from '../matrix/mount.ts';
import type { BrowserWidget } from './mount.ts';

export const WIDGET_MOUNTS: readonly BrowserWidget<never>[] = [matrixMount];

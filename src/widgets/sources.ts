/**
 * The widgets the loader knows, each made from its data file. The browser side is listed in
 * src/widgets/mounts.ts.
 */
import type { WidgetSource } from '../deck/widget.ts';
import { matrixSource } from '../matrix/widget.ts';

export const WIDGET_SOURCES: readonly WidgetSource[] = [matrixSource];

/** The widgets the loader knows, each made from its data file. */
import type { WidgetSource } from '../deck/widget.ts';
import { matrixSource } from '../matrix/widget.ts';

export const WIDGET_SOURCES: readonly WidgetSource[] = [matrixSource];

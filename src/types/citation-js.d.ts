/** citation-js ships no types; this covers the part the bibliography uses. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    data: Array<{ id: string; [field: string]: unknown }>;
    format(format: 'citation' | 'bibliography', options?: Record<string, unknown>): string;
  }
  export const plugins: { config: { get(name: string): any } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';

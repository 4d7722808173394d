import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readFileSync } from 'node:fs';
const doc = await getDocument({ data: new Uint8Array(readFileSync(process.argv[2])), isEvalSupported: false }).promise;
const outline = await doc.getOutline();
console.log(doc.numPages, (await doc.getMetadata()).info, (await doc.getMarkInfo()));
console.log(await Promise.all(outline.map(async (o) => [o.title, await doc.getPageIndex(o.dest[0]), o.items.length])));

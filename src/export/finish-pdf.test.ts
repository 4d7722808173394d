import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { finishPdf } from './finish-pdf.ts';

/** A small PDF written the way Chromium writes one: a classic xref table, an outline of headings. */
function chromiumLikePdf(): Uint8Array {
  const objects = [
    '<</Producer (Skia/PDF)\n/Creator (Chromium)>>',
    '<</Type /Pages\n/Count 2\n/Kids [3 0 R 4 0 R]>>',
    '<</Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 960 540]>>',
    '<</Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 960 540]>>',
    '<</Type /Outlines\n/First 6 0 R\n/Last 6 0 R\n/Count 2>>',
    '<</Title (Internet Security\\(Communities\\))\n/Parent 5 0 R\n/First 7 0 R\n/Last 7 0 R\n/Dest [3 0 R /XYZ 0 540 0]>>',
    '<</Title <FEFF005400680065002000700075007A007A006C0065>\n/Parent 6 0 R\n/Dest [4 0 R /XYZ 0 300 0]>>',
    '<</Type /Catalog\n/Pages 2 0 R\n/Outlines 5 0 R\n/MarkInfo <</Marked true>>\n/Lang (en)>>',
  ];
  let text = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const at = text.length;
    text += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<</Size ${objects.length + 1}\n/Root 8 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return new TextEncoder().encode(text);
}

const talk = { title: 'Secrecy versus Openness', author: 'Andreas Schmidt', description: 'Gated openness – why', lang: 'de' };
const slides = [{ title: 'Title', heading: 'Internet Security(Communities)' }, { title: 'The puzzle', heading: 'The puzzle' }];

async function read(bytes: Uint8Array) {
  const document = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  const outline = await Promise.all(((await document.getOutline()) ?? []).map(async (item) => ({ title: item.title, page: await document.getPageIndex(item.dest![0]), children: item.items.length })));
  const { info } = await document.getMetadata();
  return { pages: document.numPages, outline, info: info as Record<string, unknown> };
}

describe('finishPdf', () => {
  it('appends metadata and a flat outline of slide pages, keeping every byte Chromium wrote', async () => {
    const printed = chromiumLikePdf();
    const finished = finishPdf(printed, talk, { slides, pageSlides: [0, 1] }, 'slides');
    expect(finished.bytes.slice(0, printed.length)).toEqual(printed);
    expect(finished.pages).toBe(2);
    const pdf = await read(finished.bytes);
    expect(pdf.outline).toEqual([{ title: 'Title', page: 0, children: 0 }, { title: 'The puzzle', page: 1, children: 0 }]);
    expect(pdf.info).toMatchObject({ Title: talk.title, Author: talk.author, Subject: talk.description, Language: 'de', Producer: 'Skia/PDF' });
  });

  it('places a handout bookmark at the heading Chromium found, by its literal or hex title', async () => {
    const finished = finishPdf(chromiumLikePdf(), talk, { slides, pageSlides: [] }, 'handout');
    const pdf = await read(finished.bytes);
    expect(pdf.outline.map((entry) => [entry.title, entry.page])).toEqual([['Title', 0], ['The puzzle', 1]]);
    expect(pdf.info.Title).toBe(`${talk.title} (handout)`);
    expect(finished.unplaced).toEqual([]);
  });
});

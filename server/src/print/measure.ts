import type {Measure} from './fit';

/**
 * Widths at font size 1 from pdfkit itself (fontkit's layout, with the font's kerning and
 * contextual alternates), so what is fitted is exactly what is drawn. Cached per string.
 */
export function measurer(doc: PDFKit.PDFDocument, font: string, maxEntries = 50_000): Measure {
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = doc.font(font).fontSize(1).widthOfString(text);
      if (cache.size >= maxEntries) cache.clear();
      cache.set(text, width);
    }
    return width;
  };
}

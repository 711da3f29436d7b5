// Row heights for wrapped text. Excel recomputes heights of rows without one when it opens a file, but
// LibreOffice (and printing to PDF) keeps the default single line, cutting long requirements off. So
// the export sets each row's height from the text: CJK characters are about two width units wide.

const LINE_POINTS = 15;
const PADDING_POINTS = 4;

/** Width of a text in Excel column units (one unit ≈ one Latin digit). */
export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 1.9 : 1;
  return units;
}

/** Lines a text needs in a column `width` units wide (explicit line breaks included). */
export function linesNeeded(text: string, width: number): number {
  const usable = Math.max(1, width - 1.5);
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textUnits(line) / usable)), 0);
}

/** Height in points for a row whose cells hold `texts`, in columns of `widths`. */
export function rowHeight(texts: string[], widths: number[]): number {
  const lines = Math.max(1, ...texts.map((t, i) => linesNeeded(t, widths[i] ?? 10)));
  return lines * LINE_POINTS + PADDING_POINTS;
}

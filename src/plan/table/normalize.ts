// Text normalisation shared by every table and body reader, so that the same plan read from .txt,
// .docx or .html yields the same task texts. The rules are the labelling rules of the gold files.
import { separateUnitLines } from '../../units/unit-lines.ts';

const WHITESPACE_RUN = /[\s\u3000]+/g;
const HAS_WHITESPACE = /[\s\u3000]/;
const ASCII_PRINTABLE = /^[\x21-\x7e]$/;

/**
 * A whitespace run that contains a line break disappears (it is a wrapped line or a cell paragraph);
 * any other run disappears when it touches a non-ASCII character, and becomes one space between two
 * ASCII characters (「IPV6 建设」 → 「IPV6建设」, 「ICP 备案」 → 「ICP备案」, but 「Word Excel」 stays).
 */
export function normalizeText(raw: string): string {
  if (!HAS_WHITESPACE.test(raw)) return raw;
  const text = raw.trim();
  return text.replace(WHITESPACE_RUN, (run, offset: number) => {
    if (/[\r\n]/.test(run)) return '';
    const before = text[offset - 1] ?? '';
    const after = text[offset + run.length] ?? '';
    return ASCII_PRINTABLE.test(before) && ASCII_PRINTABLE.test(after) ? ' ' : '';
  });
}

/** Unit cells keep no white space at all. */
export const normalizeUnitsText = (raw: string): string => (HAS_WHITESPACE.test(raw) ? raw.replace(WHITESPACE_RUN, '') : raw);

/**
 * The unit text shown for a cell: white space removed, except that a cell written one unit per line
 * keeps its names apart (「县商务局\n县文化和旅游局」 → 「县商务局、县文化和旅游局」).
 */
export const unitsCellText = (raw: string): string => (/[\r\n]/.test(raw) ? separateUnitLines(raw) : normalizeUnitsText(raw));

// Two category levels that ended up in one cell (a vertical merge lost in a PDF export) are separated
// by spaces with a full phrase on each side; a PDF line wrap leaves short fragments. A line break is
// never a level boundary: cells wrap their text over lines, and those lines join (the labelling rule).
const MIN_LEVEL_PHRASE = 8;

/** Drops every white space run holding a line break, keeping the other runs for the level split. */
const normalizeLineBreaks = (raw: string): string => raw.trim().replace(WHITESPACE_RUN, (run) => (/[\r\n]/.test(run) ? '' : run));

/** Splits a category cell into the levels it holds, each normalised; usually one. */
export function splitCategoryLevels(raw: string): string[] {
  if (!HAS_WHITESPACE.test(raw)) return raw ? [raw] : [];
  const pieces = normalizeLineBreaks(raw).split(WHITESPACE_RUN).filter(Boolean);
  if (pieces.length < 2) return pieces.length ? [normalizeText(raw)] : [];
  const levels: string[] = [];
  let current = pieces[0];
  for (const piece of pieces.slice(1)) {
    const [left, right] = [current, piece];
    if (left.length >= MIN_LEVEL_PHRASE && right.length >= MIN_LEVEL_PHRASE && /[^\x00-\x7f]/.test(left + right)) {
      levels.push(current);
      current = piece;
    } else {
      current = normalizeText(`${current} ${piece}`);
    }
  }
  levels.push(current);
  return levels.map(normalizeText);
}

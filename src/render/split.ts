// Each reply message must stay within its channel's byte limit (bot markdown 4096, app text 2048).
// The weekly summary already splits between lines; replies use the same rule.
import { splitMarkdown } from '../report/split-markdown.ts';

export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

const blank = (line: string): boolean => line.trim() === '';

/**
 * `text` cut between lines into parts of at most `maxBytes`. Most replies fit in one message: those
 * come back as they are, exactly as splitMarkdown would return them (it only drops blank lines at
 * the ends), without cutting the text into lines and measuring each.
 */
export function splitAtBytes(text: string, maxBytes: number): string[] {
  const first = text.indexOf('\n');
  const fits = text.length * 3 <= maxBytes || utf8Bytes(text) <= maxBytes;
  if (fits && !blank(first < 0 ? text : text.slice(0, first)) && !blank(text.slice(text.lastIndexOf('\n') + 1))) return [text];
  return splitMarkdown(text, maxBytes);
}

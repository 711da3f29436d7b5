// Markdown pieces found in exported plans: pipe tables whose cells carry <p>, <br> and <b>, and
// headings or bold markers around paragraphs. Used by the text reader for .md and .txt alike.
import { parse } from 'node-html-parser';

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const SEPARATOR_ROW = /^\s*\|?(\s*:?-+:?\s*\|)+\s*(:?-+:?\s*)?\|?\s*$/;

export const isPipeRow = (line: string): boolean => PIPE_ROW.test(line);
export const isPipeSeparator = (line: string): boolean => SEPARATOR_ROW.test(line) && /-{3,}/.test(line);

/** The cells of one pipe-table line, inline HTML turned into text with '\n' for paragraphs and breaks. */
export function splitPipeRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => inlineHtmlToText(stripEmphasis(cell.replace(/\\\|/g, '|'))));
}

/** 「<p>一</p> <p>二<br>三</p>」 → 「一\n二\n三」; other tags dropped, entities decoded. */
export function inlineHtmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const marked = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6])\s*>\s*/gi, '\n')
    .replace(/<(p|div|li|h[1-6])(\s[^>]*)?>/gi, '\n');
  return parse(marked).textContent.replace(/[ \t]*\n[ \t\n]*/g, '\n').trim();
}

const stripEmphasis = (text: string): string => text.replace(/\*\*|__/g, '');

/** A line that may be a row of a pipe table written without the outer pipes (「a | b | c」). */
export const hasPipe = (line: string): boolean => line.includes('|');

/** A Markdown paragraph without its heading marks, list bullet and bold/italic markers. */
export function stripMarkdown(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/^\s*[-*+]\s+(?=\S)/, '')
    .replace(/\*\*|__/g, '')
    .trim();
}

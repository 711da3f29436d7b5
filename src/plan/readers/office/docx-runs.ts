// The visible text of one Word paragraph: runs inside hyperlinks, content controls, smart tags and
// tracked insertions count; deleted or moved-away text, field codes and floating drawings do not.
import { attr, childrenOf, pathOf, tagOf, textOf, type XNode } from './xml-tree.ts';

// Elements whose content is never shown as paragraph text.
const SKIPPED = new Set([
  'pPr', 'rPr', 'del', 'moveFrom', 'delText', 'delInstrText', 'instrText', 'fldData',
  'drawing', 'pict', 'object', 'Fallback', 'footnoteReference', 'endnoteReference', 'commentReference',
  'rt', // ruby (pronunciation) text above the base text
]);

// <w:vanish/> hides a run; <w:vanish w:val="0"/> (or false/off) switches hiding off again.
function isVanished(run: XNode): boolean {
  const vanish = pathOf(run, 'rPr', 'vanish');
  return vanish !== undefined && !['0', 'false', 'off'].includes(attr(vanish, 'val') ?? '');
}

// Hidden text and a content control still showing its placeholder (「单击此处输入文字」) are not content.
const isHidden = (node: XNode, tag: string) =>
  (tag === 'r' && isVanished(node)) || (tag === 'sdt' && pathOf(node, 'sdtPr', 'showingPlcHdr') !== undefined);

function runText(nodes: XNode[], out: string[]): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === '#text' || SKIPPED.has(tag) || isHidden(node, tag)) continue;
    if (tag === 't') out.push(childrenOf(node).map(textOf).join(''));
    else if (tag === 'tab' || tag === 'ptab') out.push('\t');
    else if (tag === 'br' || tag === 'cr') out.push('\n');
    else if (tag === 'noBreakHyphen') out.push('-');
    else runText(childrenOf(node), out);
  }
}

/** `labelFor` supplies the automatic list number Word would draw before the text (or ''). */
export function paragraphText(p: XNode, labelFor: (pPr: XNode | undefined) => string): string {
  const out: string[] = [];
  runText(childrenOf(p), out);
  const text = out.join('');
  const label = labelFor(pathOf(p, 'pPr'));
  if (!label) return text;
  if (!text) return label;
  // 「一、」「1.」 run straight into the text; a bare counter such as 「1」 or 「第一条」 gets a space.
  return /[\p{P}]$/u.test(label) ? label + text : `${label} ${text}`;
}

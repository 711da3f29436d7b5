// A small vocabulary over fast-xml-parser's preserveOrder output, so the Word walker reads as
// "paragraphs, tables, cells" rather than as nested arrays. Namespace prefixes are removed at parse
// time: packages written by other tools use other prefixes for the same WordprocessingML names.
import { XMLParser } from 'fast-xml-parser';

/** One element: `{ [tag]: children, ':@'?: attributes }`, or a text node `{ '#text': string }`. */
export type XNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  trimValues: false, // spaces inside <w:t xml:space="preserve"> are text
  parseTagValue: false, // "007" stays "007"
  parseAttributeValue: false,
  htmlEntities: true, // decodes &#x4E00; character references
});

export const parseXml = (xml: string): XNode[] => parser.parse(xml) as XNode[];

export const tagOf = (node: XNode): string => Object.keys(node).find((k) => k !== ':@') ?? '';

export const childrenOf = (node: XNode): XNode[] => {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XNode[]) : [];
};

export const attr = (node: XNode, name: string): string | undefined =>
  (node[':@'] as Record<string, string> | undefined)?.[name];

export const textOf = (node: XNode): string => (typeof node['#text'] === 'string' ? node['#text'] : '');

export const childNamed = (node: XNode, tag: string): XNode | undefined =>
  childrenOf(node).find((c) => tagOf(c) === tag);

/** Descends a path of single children, e.g. `pathOf(tc, 'tcPr', 'gridSpan')`. */
export function pathOf(node: XNode | undefined, ...tags: string[]): XNode | undefined {
  let at = node;
  for (const tag of tags) at = at && childNamed(at, tag);
  return at;
}

/** Finds the first element with this tag anywhere under `nodes`, depth first. */
export function findDeep(nodes: XNode[], tag: string): XNode | undefined {
  for (const node of nodes) {
    if (tagOf(node) === tag) return node;
    const inner = findDeep(childrenOf(node), tag);
    if (inner) return inner;
  }
  return undefined;
}

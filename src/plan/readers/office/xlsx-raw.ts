// A plain reading of a workbook's XML, used when exceljs refuses a file that Excel opens: packages
// written with prefixed tags (<x:row>, the OpenXML SDK) or without row/cell references (r="…"),
// both allowed by the standard. Values become text as in xlsx-cell-text.ts.
import { unzipEntries, utf8, type PackageMessages } from './open-zip.ts';
import { attr, childrenOf, findDeep, parseXml, tagOf, textOf, type XNode } from './xml-tree.ts';
import { parseCellRef, parseRange, setText, type CellRange, type SheetData } from './sheet-data.ts';
import { dateFormatCode, formatChineseDate, isDateFormat, serialToDate } from './xlsx-dates.ts';

const kids = (node: XNode | undefined, tag: string) => (node ? childrenOf(node).filter((c) => tagOf(c) === tag) : []);

// Excel escapes characters XML cannot carry as _xHHHH_ (a carriage return is _x000D_; a literal
// "_x" sequence is itself escaped as _x005F_), so one left-to-right pass restores the text.
const unescapeExcel = (text: string) => text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Text of the <t> elements under a node, except phonetic guides (rPh): a shared or inline string. */
function plainText(node: XNode): string {
  const tag = tagOf(node);
  if (tag === 'rPh' || tag === 'phoneticPr') return '';
  if (tag === 't') return unescapeExcel(childrenOf(node).map(textOf).join(''));
  return childrenOf(node).map(plainText).join('');
}

const resolvePath = (base: string, target: string) => {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) piece === '..' ? parts.pop() : parts.push(piece);
  return parts.join('/');
};

interface Relationship {
  id: string;
  type: string;
  part: string;
}

function relationships(files: Record<string, Uint8Array>, part: string): Relationship[] {
  const relsPath = resolvePath(part, `_rels/${part.split('/').pop()}.rels`);
  const root = files[relsPath] && findDeep(parseXml(utf8(files[relsPath])), 'Relationships');
  return kids(root, 'Relationship').map((r) => ({
    id: attr(r, 'Id') ?? '',
    type: attr(r, 'Type') ?? '',
    part: resolvePath(part, attr(r, 'Target') ?? ''),
  }));
}

const partOfType = (rels: Relationship[], type: string) => rels.find((r) => r.type.endsWith(`/${type}`))?.part;

/** The style indexes (s="…") that display numbers as dates, with their format code. */
function dateStyles(xml: string | undefined): Map<number, string> {
  if (!xml) return new Map();
  const root = parseXml(xml);
  const custom = new Map(kids(findDeep(root, 'numFmts'), 'numFmt').map((f) => [Number(attr(f, 'numFmtId')), attr(f, 'formatCode') ?? '']));
  const xfs = kids(findDeep(root, 'cellXfs'), 'xf');
  return new Map(xfs.flatMap((xf, i) => {
    const id = Number(attr(xf, 'numFmtId') ?? 0);
    return isDateFormat(id, custom) ? [[i, dateFormatCode(id, custom)] as [number, string]] : [];
  }));
}

function cellText(c: XNode, strings: string[], dates: Map<number, string>, date1904: boolean): string {
  const type = attr(c, 't') ?? 'n';
  const v = kids(c, 'v')[0];
  const raw = v ? childrenOf(v).map(textOf).join('') : '';
  if (type === 'inlineStr') return kids(c, 'is').map(plainText).join('');
  if (type === 's') return strings[Number(raw)] ?? '';
  if (type === 'b') return raw === '1' ? 'TRUE' : raw ? 'FALSE' : '';
  if (type === 'd') return raw.slice(0, 10);
  if (type === 'str' || type === 'e' || raw === '') return raw;
  const n = Number(raw);
  if (!Number.isFinite(n)) return raw;
  const code = dates.get(Number(attr(c, 's') ?? -1));
  if (code !== undefined) {
    const iso = serialToDate(n, date1904);
    return formatChineseDate(iso, code) ?? iso;
  }
  return String(Number(n.toPrecision(15)));
}

function readSheet(xml: string, strings: string[], dates: Map<number, string>, date1904: boolean): Pick<SheetData, 'texts' | 'merges'> {
  const root = parseXml(xml);
  const texts: SheetData['texts'] = new Map();
  let rowNo = 0;
  for (const row of kids(findDeep(root, 'sheetData'), 'row')) {
    rowNo = Number(attr(row, 'r') ?? rowNo + 1);
    let col = 0;
    for (const c of kids(row, 'c')) {
      col = parseCellRef(attr(c, 'r') ?? '')?.col ?? col + 1;
      const text = cellText(c, strings, dates, date1904).replace(/\r\n?/g, '\n');
      if (text.trim()) setText(texts, rowNo, col, text);
    }
  }
  const merges = kids(findDeep(root, 'mergeCells'), 'mergeCell').map((m) => parseRange(attr(m, 'ref') ?? '')).filter((r): r is CellRange => !!r);
  return { texts, merges };
}

export function loadRawWorkbook(bytes: Uint8Array, messages: PackageMessages): SheetData[] {
  const files = unzipEntries(bytes, (name) => /\.(xml|rels)$/i.test(name), messages);
  const workbookPart = partOfType(relationships(files, ''), 'officeDocument') ?? 'xl/workbook.xml';
  if (!files[workbookPart]) return [];
  const workbook = parseXml(utf8(files[workbookPart]));
  const rels = relationships(files, workbookPart);
  const sharedPart = partOfType(rels, 'sharedStrings');
  const stylesPart = partOfType(rels, 'styles');
  const strings = sharedPart && files[sharedPart] ? kids(findDeep(parseXml(utf8(files[sharedPart])), 'sst'), 'si').map(plainText) : [];
  const dates = dateStyles(stylesPart && files[stylesPart] ? utf8(files[stylesPart]) : undefined);
  const workbookPr = findDeep(workbook, 'workbookPr');
  const date1904 = ['1', 'true'].includes((workbookPr && attr(workbookPr, 'date1904')) ?? '');
  return kids(findDeep(workbook, 'sheets'), 'sheet').flatMap((sheet) => {
    const part = rels.find((r) => r.id === attr(sheet, 'id'))?.part;
    if (!part || !files[part]) return [];
    const state = attr(sheet, 'state') ?? 'visible';
    return [{ name: attr(sheet, 'name') ?? '', visible: state === 'visible', ...readSheet(utf8(files[part]), strings, dates, date1904) }];
  });
}

// Gives a received document a file name whose extension the plan reader understands. WeCom file
// messages may come without a name, so the kind is read from the bytes when needed; kinds the
// importer cannot read get a clear answer before any parsing.
import { unzipSync } from 'fflate';
import { UserError } from '../errors.ts';

const UNSUPPORTED = '请另存为 .docx（Word）、.xlsx（Excel）或网页后再发送。';

function zipKind(bytes: Uint8Array): 'docx' | 'xlsx' | null {
  const names: string[] = [];
  try {
    unzipSync(bytes, { filter: (f) => (names.push(f.name), false) });
  } catch {
    return null;
  }
  if (names.includes('word/document.xml')) return 'docx';
  if (names.includes('xl/workbook.xml')) return 'xlsx';
  return null;
}

function sniff(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 8));
  if (head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) {
    const kind = zipKind(bytes);
    if (!kind) throw new UserError(`这个压缩文件不是 Word 或 Excel 文档，${UNSUPPORTED}`);
    return `plan.${kind}`;
  }
  if (head.subarray(0, 4).toString('latin1') === '%PDF') throw new UserError(`暂不支持 PDF 文件，${UNSUPPORTED}`);
  if (head.readUInt32BE(0) === 0xd0cf11e0) throw new UserError(`这是旧版 .doc/.wps/.xls 文件，${UNSUPPORTED}`);
  if (head.readUInt32BE(0) === 0x89504e47 || head.readUInt16BE(0) === 0xffd8) throw new UserError(`收到的是图片，${UNSUPPORTED}`);
  const text = Buffer.from(bytes.subarray(0, 4096)).toString('utf8');
  return /<(html|table|body)\b/i.test(text) ? 'plan.html' : 'plan.txt';
}

/** The name to hand to the plan reader: the given one when it has a known extension, otherwise one from the bytes. */
export function documentName(bytes: Uint8Array, given?: string): string {
  if (bytes.length === 0) throw new UserError('收到的文件是空的，没有导入。');
  const name = given?.trim().split(/[\\/]/).pop() ?? '';
  if (/\.(docx|xlsx|txt|md|html?)$/i.test(name)) return name;
  if (/\.(doc|wps|xls|et|pdf|jpe?g|png|gif|zip|rar)$/i.test(name)) throw new UserError(`不支持「${name}」这种文件，${UNSUPPORTED}`);
  return sniff(bytes);
}

// Reads a plan document into paragraphs and tables, choosing the reader by the file's kind.
// Kinds we cannot read get a sentence saying what to do instead; nothing is guessed from garbage.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { PlanSource } from './source.ts';
import { UserError } from '../errors.ts';
import { readText } from './readers/text.ts';
import { readHtml } from './readers/html.ts';
import { readDocx } from './readers/docx.ts';
import { readXlsx } from './readers/xlsx.ts';

const SAVE_AS = '请用 WPS 或 Word 另存为 .docx（表格可存为 .xlsx），或另存为 .txt，也可以直接把文字粘贴过来。';

const UNSUPPORTED: Record<string, string> = {
  '.doc': '这是旧版 Word 文档（.doc），无法直接读取。',
  '.wps': '这是 WPS 文字的专有格式（.wps），无法直接读取。',
  '.et': '这是 WPS 表格的专有格式（.et），无法直接读取。',
  '.xls': '这是旧版 Excel 表格（.xls），无法直接读取。',
  '.pdf': 'PDF 文件里的表格无法可靠还原。',
  '.ofd': 'OFD 版式文件里的表格无法可靠还原。',
  '.rtf': 'RTF 文件无法直接读取。',
};
const IMAGES = new Set(['.png', '.jpg', '.jpeg', '.gif', '.bmp', '.tif', '.tiff', '.webp', '.heic']);

export async function readPlanFile(path: string): Promise<PlanSource> {
  return readPlanBytes(new Uint8Array(await readFile(path)), basename(path));
}

export async function readPlanBytes(bytes: Uint8Array, fileName: string): Promise<PlanSource> {
  const ext = extname(fileName).toLowerCase();
  if (ext in UNSUPPORTED) throw new UserError(`${UNSUPPORTED[ext]}${SAVE_AS}`);
  if (IMAGES.has(ext)) throw new UserError(`这是图片，无法读取其中的文字和表格。${SAVE_AS}`);
  switch (ext) {
    case '.docx':
      return readDocx(bytes, fileName);
    case '.xlsx':
      return readXlsx(bytes, fileName);
    case '.html':
    case '.htm':
      return readHtml(decodeHtml(bytes, fileName), fileName);
    case '.txt':
    case '.md':
    case '.markdown':
    case '.text':
      return readText(decodeUtf8(bytes, fileName), fileName);
    default:
      throw new UserError(`不支持的文件类型「${ext || '无扩展名'}」：${fileName}。支持 .docx、.xlsx、.html、.txt、.md。${SAVE_AS}`);
  }
}

/** Text files must be UTF-8 text: a NUL byte or an invalid sequence means binary or another encoding. */
function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  if (bytes.includes(0)) throw new UserError(`${fileName} 不是文本文件（含有二进制内容），可能是改了扩展名的其他格式。${SAVE_AS}`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${fileName} 不是 UTF-8 编码的文本（可能是 GBK 编码）。请在记事本或 WPS 里“另存为”时选择 UTF-8 编码后重试。`);
  }
}

/** Web pages say their encoding (「charset=gb2312」 on many government sites); honour it. */
function decodeHtml(bytes: Uint8Array, fileName: string): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = head.match(/charset\s*=\s*["']?([\w-]+)/i)?.[1].toLowerCase();
  if (declared && !/^utf-?8$/.test(declared)) {
    try {
      return new TextDecoder(/^(gb2312|gbk|gb18030|x-gbk)$/.test(declared) ? 'gb18030' : declared).decode(bytes);
    } catch {
      // An encoding the runtime does not know: fall through to UTF-8.
    }
  }
  return decodeUtf8(bytes, fileName);
}

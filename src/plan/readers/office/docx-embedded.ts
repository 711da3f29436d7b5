// A table pasted into Word as an Excel object is not a Word table: its cells live in an embedded
// workbook (word/embeddings/*.xlsx) and Word only shows a picture of it. Reading that workbook
// lets such a plan import like any other; a legacy embedding (oleObject*.bin) cannot be read.
import type { Block } from '../../source.ts';
import { attr, childrenOf, findDeep, parseXml, type XNode } from './xml-tree.ts';
import { utf8 } from './open-zip.ts';

export const DOCUMENT_RELS = 'word/_rels/document.xml.rels';
export const isEmbeddedWorkbook = (name: string) => /^word\/embeddings\/[^/]+\.xlsx$/i.test(name);

type ReadWorkbook = (bytes: Uint8Array, fileName: string) => Promise<{ blocks: Block[] }>;

/** Relationship id → blocks of the embedded workbook it points at, read up front (reading is async). */
export async function readEmbeddedWorkbooks(
  parts: Record<string, Uint8Array>,
  readWorkbook: ReadWorkbook,
): Promise<Map<string, Block[]>> {
  const byId = new Map<string, Block[]>();
  if (!parts[DOCUMENT_RELS]) return byId;
  const root = findDeep(parseXml(utf8(parts[DOCUMENT_RELS])), 'Relationships');
  for (const rel of root ? childrenOf(root) : []) {
    const target = `word/${(attr(rel, 'Target') ?? '').replace(/^\/?word\//, '').replace(/^\//, '')}`;
    const bytes = parts[target];
    if (!bytes || !isEmbeddedWorkbook(target)) continue;
    try {
      // The sheet name is the workbook's own label, not part of the plan text.
      const blocks = (await readWorkbook(bytes, target)).blocks;
      byId.set(attr(rel, 'Id') ?? '', blocks.filter((b, i) => !(i === 0 && b.kind === 'paragraph')));
    } catch {
      // An unreadable embedding leaves the document as it is; Word shows only its picture anyway.
    }
  }
  return byId;
}

/** The relationship id of an Excel object in this paragraph, if there is one. */
export function embeddedWorkbookId(p: XNode): string | undefined {
  const ole = findDeep([p], 'OLEObject');
  return ole && /^Excel\.Sheet/i.test(attr(ole, 'ProgID') ?? '') ? attr(ole, 'id') : undefined;
}

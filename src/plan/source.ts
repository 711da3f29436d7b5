// What a document reader hands to the plan parser: the document's paragraphs and tables in
// reading order, with every cell's text as written and merges made explicit where the format knows them.

/** One table cell. Merged areas appear once: `span` columns wide, and as `continued` cells below. */
export interface GridCell {
  /** Cell text; paragraphs and line breaks inside the cell are kept as '\n'. */
  text: string;
  /** How many grid columns this cell covers (gridSpan / colspan / merged range); 1 when unknown. */
  span: number;
  /** True when this cell is the continuation of a vertically merged cell above (vMerge / rowspan). */
  continued: boolean;
}

export interface GridRow {
  cells: GridCell[];
  /** Where the row starts in the source, for review messages, e.g. 「第36行」 or 「表1第3行」. */
  where: string;
}

export interface GridTable {
  rows: GridRow[];
  where: string;
  /**
   * True when the reader knows the exact column of every cell (docx, xlsx, html with col/rowspan).
   * Text exports drop merged cells' structure, so their rows may be shorter than the header.
   */
  exactGrid: boolean;
}

export type Block =
  | { kind: 'paragraph'; text: string; where: string }
  | { kind: 'table'; table: GridTable };

export interface PlanSource {
  fileName: string;
  blocks: Block[];
}

export const cell = (text: string, span = 1, continued = false): GridCell => ({ text, span, continued });

// Word writes formatting on every run (fonts, sizes, revision ids), often several times the text
// itself. None of it matters to the plan reader except hidden text, so it is cut out before the
// XML parser sees it; a real plan parses in a fraction of the time.

// Revision-session ids on paragraphs, runs and rows: w:rsidR="00A1B2C3" and friends.
const RSID_ATTRIBUTES = / w:rsid\w*="[0-9A-Fa-f]*"/g;
// Run properties, kept when they hide the run (vanish) or hold a tracked change with its own rPr.
const RUN_PROPERTIES = /<w:rPr>[\s\S]*?<\/w:rPr>/g;
const KEEP = /vanish|<w:rPrChange/;
// Empty markers with no text: proofing marks and bookmarks.
const EMPTY_MARKERS = /<w:(proofErr|bookmarkStart|bookmarkEnd|lastRenderedPageBreak)\b[^>]*\/>/g;

export function slimWordXml(xml: string): string {
  return xml
    .replace(RSID_ATTRIBUTES, '')
    .replace(RUN_PROPERTIES, (props) => (KEEP.test(props) ? props : ''))
    .replace(EMPTY_MARKERS, '');
}

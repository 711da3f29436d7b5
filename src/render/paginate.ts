// Long lists are shown a page at a time; the rest waits for 「更多」. A page carries its own header
// so it reads on its own, and a footer that says what is left.
export const PAGE_ITEMS = 15;
/** Nobody pages through thousands of lines in a chat; beyond this the ledger export is the tool. */
export const MAX_PAGES = 10;
/** The most items a paged list shows; callers may fetch no more than this. */
export const LIST_LIMIT = PAGE_ITEMS * MAX_PAGES;

/**
 * Pages of `items`, rendering only those that will be shown (a list can hold 50,000 assignments).
 * `total` is how many items there are when the caller passed only the first LIST_LIMIT.
 */
export function paginateItems<T>(header: string, items: readonly T[], toLine: (item: T) => string, perPage = PAGE_ITEMS, total = items.length): string[] {
  const shown = items.slice(0, perPage * MAX_PAGES).map(toLine);
  return pageLines(header, shown, total - shown.length, perPage);
}

/** Cuts `lines` into pages of `perPage`, each as header + lines + a footer naming the next step. */
export const paginate = (header: string, lines: string[], perPage = PAGE_ITEMS): string[] => paginateItems(header, lines, (l) => l, perPage);

function pageLines(header: string, lines: string[], cut: number, perPage: number): string[] {
  if (lines.length <= perPage) return [[header, ...lines].join('\n')];
  const total = Math.ceil(lines.length / perPage);
  const pages: string[] = [];
  for (let p = 0; p < total; p++) {
    const slice = lines.slice(p * perPage, (p + 1) * perPage);
    const left = lines.length - (p + 1) * perPage;
    const end = cut > 0 ? `（第${p + 1}/${total}页；另有${cut}项未列出，完整清单请导出台账）` : `（第${p + 1}/${total}页，已全部列出）`;
    const footer = left > 0 ? `（第${p + 1}/${total}页，还有${left}项，发送「更多」查看）` : end;
    pages.push([p === 0 ? header : `${header}（续）`, ...slice, footer].join('\n'));
  }
  return pages;
}

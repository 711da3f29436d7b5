// Long lists are shown a page at a time; the rest waits for 「更多」. A page carries its own header
// so it reads on its own, and a footer that says what is left.
export const PAGE_ITEMS = 15;
/** Nobody pages through thousands of lines in a chat; beyond this the ledger export is the tool. */
export const MAX_PAGES = 10;
/** The most items a paged list shows; callers may fetch no more than this. */
export const LIST_LIMIT = PAGE_ITEMS * MAX_PAGES;

/**
 * A paged list whose pages are rendered when asked for: a reply shows page 1 and most askers never
 * say 「更多」, so the other nine pages of a 150-item list need not be built. Items must not change
 * after paging (they are a snapshot: views with their reports); a page renders the same whenever asked.
 */
export interface Pages {
  readonly count: number;
  page(i: number): string;
}

/** A reply that fits on one page. */
export const onePage = (text: string): Pages => ({ count: 1, page: () => text });

/** Pages already rendered. */
export const renderedPages = (pages: readonly string[]): Pages => ({ count: pages.length, page: (i) => pages[i] ?? '' });

/** Every page as text (tests, callers that need them all). */
export const allPages = (pages: Pages): string[] => Array.from({ length: pages.count }, (_, i) => pages.page(i));

/** Pages of `items` rendered on demand; `total` is how many items there are when the caller passed only the first LIST_LIMIT. */
export const pagesOf = <T>(header: string, items: readonly T[], toLine: (item: T) => string, perPage = PAGE_ITEMS, total = items.length): Pages =>
  pagesFrom(header, items.length, (from, to) => items.slice(from, to), toLine, perPage, total);

/**
 * The same for a list whose items are looked up when a page needs them: `listed` of them (of `total`),
 * `itemsOf(from, to)` giving those in [from, to).
 */
export function pagesFrom<T>(
  header: string, listed: number, itemsOf: (from: number, to: number) => readonly T[], toLine: (item: T) => string, perPage = PAGE_ITEMS, total = listed,
): Pages {
  const shown = Math.min(listed, perPage * MAX_PAGES);
  const cut = total - shown;
  if (shown <= perPage) return onePage([header, ...itemsOf(0, shown).map(toLine)].join('\n'));
  const count = Math.ceil(shown / perPage);
  // A page is kept once rendered: a cached list (commands/unit-task-list.ts) is shown again and again.
  const rendered: string[] = [];
  return {
    count,
    page: (p) => (rendered[p] ??= render(p)),
  };
  function render(p: number): string {
    const lines = itemsOf(p * perPage, Math.min((p + 1) * perPage, shown)).map(toLine);
    const left = shown - (p + 1) * perPage;
    const end = cut > 0 ? `（第${p + 1}/${count}页；另有${cut}项未列出，完整清单请导出台账）` : `（第${p + 1}/${count}页，已全部列出）`;
    // 「还有」 counts every item after this page, also those past the last page, so that it agrees
    // with the header's total; 「更多」 then promises only what it can show.
    const more = cut > 0 ? `（第${p + 1}/${count}页，还有${left + cut}项；发送「更多」可再看${left}项，完整清单请导出台账）` : `（第${p + 1}/${count}页，还有${left}项，发送「更多」查看）`;
    const footer = left > 0 ? more : end;
    return [p === 0 ? header : `${header}（续）`, ...lines, footer].join('\n');
  }
}

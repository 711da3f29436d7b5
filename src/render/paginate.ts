// Long lists are shown a page at a time; the rest waits for 「更多」. A page carries its own header
// so it reads on its own, and a footer that says what is left.
export const PAGE_ITEMS = 15;

/** Cuts `lines` into pages of `perPage`, each as header + lines + a footer naming the next step. */
export function paginate(header: string, lines: string[], perPage = PAGE_ITEMS): string[] {
  if (lines.length <= perPage) return [[header, ...lines].join('\n')];
  const total = Math.ceil(lines.length / perPage);
  const pages: string[] = [];
  for (let p = 0; p < total; p++) {
    const slice = lines.slice(p * perPage, (p + 1) * perPage);
    const left = lines.length - (p + 1) * perPage;
    const footer = left > 0 ? `（第${p + 1}/${total}页，还有${left}项，发送「更多」查看）` : `（第${p + 1}/${total}页，已全部列出）`;
    pages.push([p === 0 ? header : `${header}（续）`, ...slice, footer].join('\n'));
  }
  return pages;
}

// The self-built app answers in plain text, where Markdown marks would show as literal characters.
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/<font[^>]*>(.*?)<\/font>/g, '$1')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/^#+\s*/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 $2')
    // <@userid> mentions someone in group Markdown; in a one-to-one text it would show as is.
    .replace(/<@([^>]+)>/g, '@$1');
}

// Each reply message must stay within its channel's byte limit (bot markdown 4096, app text 2048).
// The weekly summary already splits between lines; replies use the same rule.
export { splitMarkdown as splitAtBytes } from '../report/split-markdown.ts';

export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

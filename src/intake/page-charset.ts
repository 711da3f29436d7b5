// Government sites still serve GB2312/GBK pages. A text page is handed to the plan reader as UTF-8,
// decoded with the charset the server or the page declares, and its meta tag rewritten to match.

const DECLARED = /charset\s*=\s*["']?([\w-]+)/i;

function declaredCharset(bytes: Uint8Array, contentType: string): string | null {
  const fromHeader = DECLARED.exec(contentType)?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  // The meta tag sits in the first bytes and is ASCII in every encoding we meet.
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  return DECLARED.exec(/<meta[^>]+charset[^>]*>/i.exec(head)?.[0] ?? '')?.[1]?.toLowerCase() ?? null;
}

export function toUtf8(bytes: Uint8Array, contentType: string, name: string): Uint8Array {
  if (!/\.(html?|txt|md)$/i.test(name)) return bytes;
  const charset = declaredCharset(bytes, contentType);
  if (!charset || /^utf-?8$/.test(charset)) return bytes;
  let text: string;
  try {
    text = new TextDecoder(charset).decode(bytes);
  } catch {
    return bytes; // an unknown label: leave the bytes to the reader
  }
  return new TextEncoder().encode(text.replace(/(<meta[^>]+charset\s*=\s*["']?)[\w-]+/i, '$1utf-8'));
}

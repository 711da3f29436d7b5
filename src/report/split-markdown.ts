// WeCom refuses a markdown message over 4096 bytes (UTF-8). A long summary goes out as several
// messages, in order, each cut only between lines so no line is ever broken mid-way.
export const MARKDOWN_MAX_BYTES = 4096;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Splits `text` into parts of at most `maxBytes`, at line boundaries. Blank lines at a cut are dropped. */
export function splitMarkdown(text: string, maxBytes = MARKDOWN_MAX_BYTES): string[] {
  const parts: string[] = [];
  let current: string[] = [];
  let size = 0;
  const flush = () => {
    while (current.length && current[current.length - 1]!.trim() === '') current.pop();
    if (current.length) parts.push(current.join('\n'));
    current = [];
    size = 0;
  };
  for (const line of text.split('\n')) {
    // A single line longer than a whole message cannot be kept whole; rendering keeps lines short,
    // so this only guards against surprises by cutting at a character boundary.
    for (const piece of chunkLine(line, maxBytes)) {
      const add = bytes(piece) + (current.length ? 1 : 0);
      if (size + add > maxBytes) flush();
      if (!current.length && piece.trim() === '') continue;
      size += bytes(piece) + (current.length ? 1 : 0);
      current.push(piece);
    }
  }
  flush();
  return parts;
}

function chunkLine(line: string, maxBytes: number): string[] {
  if (bytes(line) <= maxBytes) return [line];
  const out: string[] = [];
  let chunk = '';
  for (const ch of line) {
    if (bytes(chunk + ch) > maxBytes) {
      out.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) out.push(chunk);
  return out;
}

// A bot message's response_url takes ONE later reply (PROTOCOL.md), so a long preview sent that way
// must fit one message: keep its head (title, counts) and its tail (rows needing review, what to
// answer), and say how many lines in between were left out and where to see them all.
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export function fitOneMessage(text: string, maxBytes: number, fullView: string): string {
  if (bytes(text) <= maxBytes) return text;
  const lines = text.split('\n');
  const budget = maxBytes - 200; // room for the note
  const head: string[] = [];
  const tail: string[] = [];
  let used = 0;
  let i = 0;
  let j = lines.length - 1;
  // Alternate so both ends stay: the head says what the plan is, the tail what needs review.
  while (i <= j) {
    const takeHead = used <= budget / 2 ? bytes(lines[i]) + 1 : Infinity;
    if (takeHead !== Infinity && used + takeHead <= budget) {
      head.push(lines[i++]);
      used += takeHead;
      continue;
    }
    const takeTail = bytes(lines[j]) + 1;
    if (used + takeTail > budget) break;
    tail.unshift(lines[j--]);
    used += takeTail;
  }
  const left = j - i + 1;
  return [...head, `……（中间 ${left} 行从略，${fullView}）`, ...tail].join('\n');
}

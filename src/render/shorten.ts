// Requirements in plans run to several sentences; a list line shows the gist. Cut at the end of the
// first sentence or clause that fits rather than mid-phrase, and mark every cut with 「…」.
export const LIST_REQUIREMENT_CHARS = 40;

const SENTENCE_END = /[。；;！!？?]/;
const CLAUSE_END = /[，,、：:]/;

// Lists show the same few hundred requirements over and over; remember the short forms.
const memo = new Map<string, string>();

export function shortenRequirement(text: string, max = LIST_REQUIREMENT_CHARS): string {
  const key = `${max}:${text}`;
  let short = memo.get(key);
  if (short === undefined) {
    short = shorten(text, max);
    if (memo.size >= 20_000) memo.clear();
    memo.set(key, short);
  }
  return short;
}

function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, '').trim();
  const chars = [...clean];
  if (chars.length <= max) return clean;
  const head = chars.slice(0, max);
  // The last sentence end that keeps at least a third of the room; failing that, the last clause end.
  for (const boundary of [SENTENCE_END, CLAUSE_END]) {
    for (let i = head.length - 1; i >= Math.floor(max / 3); i--) {
      if (boundary.test(head[i]!)) return head.slice(0, i).join('') + '…';
    }
  }
  return chars.slice(0, max - 1).join('') + '…';
}

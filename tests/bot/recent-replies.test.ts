// Retries find the stored reply of a processed message as of the current state, while the list grows
// at the end and the cap drops its oldest entries (the index follows those steps instead of rebuilding).
import { describe, expect, it } from 'vitest';
import { findProcessed, processedReply } from '../../src/bot/recent-replies.ts';
import { deepFreeze } from '../../src/store/freeze.ts';
import { freezeChanges, workingCopy } from '../../src/store/working-copy.ts';
import type { ProcessedMessage, StateData } from '../../src/store/schema.ts';

const stateWith = (processed: ProcessedMessage[]): StateData =>
  deepFreeze({ version: 1, reports: [], bindings: [], leaders: [], processed, runs: [] });
const entry = (n: number, reply = `回复${n}`): ProcessedMessage => ({ key: `bot:m${n}`, reply, at: '2026-11-26T00:00:00Z' });

describe('processed replies', () => {
  it('answers every kept message and forgets dropped ones as the list moves on', () => {
    let list: ProcessedMessage[] = [];
    let next = 0;
    for (let write = 0; write < 60; write++) {
      list = [...list, ...Array.from({ length: 1 + (write % 3) }, () => entry(next++))];
      if (list.length > 20) list = list.slice(list.length - 20); // the cap
      if (write % 17 === 16) list = [list[0]!, ...list.slice(2)]; // an edit from elsewhere: rebuilt
      const state = stateWith(list);
      for (let n = 0; n < next; n++) {
        const kept = list.find((p) => p.key === `bot:m${n}`);
        expect(processedReply(state, `bot:m${n}`)).toEqual(kept ? [kept.reply] : null);
      }
    }
  });

  it('keeps answering a key whose older entry was dropped when a newer one holds it', () => {
    const first = stateWith([entry(1, '旧'), entry(2), entry(1, '新')]);
    expect(processedReply(first, 'bot:m1')).toEqual(['新']);
    const later = stateWith([first.processed[1]!, first.processed[2]!, entry(3)]);
    expect(processedReply(later, 'bot:m1')).toEqual(['新']);
    expect(processedReply(stateWith([entry(4)]), 'bot:m1')).toBeNull();
  });
});

describe('processed messages in a write', () => {
  it('finds a key in a working copy (kept, new or dropped) as a scan would, without losing the committed index', () => {
    const committed = stateWith([entry(1), entry(2), entry(3)]);
    expect(processedReply(committed, 'bot:m2')).toEqual(['回复2']);
    const working = [...committed.processed.slice(1), entry(4)]; // cap dropped m1, this write added m4
    for (const n of [1, 2, 3, 4, 5]) expect(findProcessed(working, `bot:m${n}`)).toBe(working.find((p) => p.key === `bot:m${n}`));
    working.push(entry(6)); // the write goes on changing its copy
    expect(findProcessed(working, 'bot:m6')?.reply).toBe('回复6');
    expect(processedReply(committed, 'bot:m1')).toEqual(['回复1']);
    expect(processedReply(committed, 'bot:m6')).toBeNull();
  });

  it('finds keys in the data a write starts from, several writes ahead of the committed list, as a scan would', () => {
    const empty = stateWith([]);
    const write = (base: StateData, n: number) => {
      const working = workingCopy(base);
      working.processed.push(entry(n));
      if (working.processed.length > 5) working.processed = working.processed.slice(-5); // the cap
      return freezeChanges(working, base);
    };
    let committed = empty;
    let latest = empty;
    for (let n = 0; n < 40; n++) {
      latest = write(latest, n);
      // Writes land on disk in groups: the committed list catches up now and then.
      if (n % 4 === 3) committed = latest;
      expect(processedReply(committed, `bot:m${n - 4}`)).toEqual(committed.processed.some((p) => p.key === `bot:m${n - 4}`) ? [`回复${n - 4}`] : null);
      for (const k of [n - 6, n - 5, n - 3, n, n + 1]) {
        expect(findProcessed(latest.processed, `bot:m${k}`)).toBe(latest.processed.find((p) => p.key === `bot:m${k}`));
      }
    }
  });
});

// The bounded maps behind the bot's recent replies, the streams WeCom refreshes and the store's lineage.
import { describe, expect, it } from 'vitest';
import { RecentMap } from '../src/recent-map.ts';

describe('a map of recent entries', () => {
  it('keeps at least the last generation and forgets entries two generations old', () => {
    const streams = new RecentMap<string, string>(3);
    for (let i = 1; i <= 7; i++) streams.set(`s${i}`, `第${i}条`);
    // Generations: [s1 s2 s3] dropped, [s4 s5 s6] previous, [s7] current.
    expect(['s1', 's3', 's4', 's6', 's7'].map((id) => streams.get(id))).toEqual([undefined, undefined, '第4条', '第6条', '第7条']);
  });

  it('answers with the value set last, and forgets a deleted key in both generations', () => {
    const streams = new RecentMap<string, string>(2);
    streams.set('s1', '旧');
    streams.set('s2', 'x');
    streams.set('s1', '新');
    expect(streams.get('s1')).toBe('新');
    streams.delete('s1');
    expect(streams.get('s1')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { StreamMemory } from '../../src/wecom/bot-receiver.ts';

describe('the memory of recent streams (refresh callbacks)', () => {
  it('recalls at least the last generation and forgets streams two generations old', () => {
    const memory = new StreamMemory(3);
    for (let i = 1; i <= 7; i++) memory.remember(`s${i}`, `第${i}条`);
    // Generations: [s1 s2 s3] dropped, [s4 s5 s6] previous, [s7] current.
    expect(['s1', 's3', 's4', 's6', 's7'].map((id) => memory.recall(id))).toEqual([undefined, undefined, '第4条', '第6条', '第7条']);
  });

  it('answers a stream again with what it showed last', () => {
    const memory = new StreamMemory(2);
    memory.remember('s1', '旧');
    memory.remember('s2', 'x');
    memory.remember('s1', '新');
    expect(memory.recall('s1')).toBe('新');
  });
});

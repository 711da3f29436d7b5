import { describe, expect, it } from 'vitest';
import { joinParts } from '../../src/wecom/handover.ts';

describe('joinParts (one response_url call)', () => {
  it('joins every part when they fit', () => {
    expect(joinParts(['第二页', '导入完成'])).toEqual({ text: '第二页\n\n导入完成', dropped: 0 });
  });

  it('keeps whole parts within the byte limit and says that some were left out', () => {
    const part = '字'.repeat(1000); // 3000 bytes
    const { text, dropped } = joinParts([part, part, part, part], 10_000);
    expect(dropped).toBe(1);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(10_000);
    expect(text).toContain('未能全部显示');
    expect(text.startsWith(part)).toBe(true);
  });
});

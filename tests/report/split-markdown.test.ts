import { describe, expect, it } from 'vitest';
import { splitMarkdown } from '../../src/report/split-markdown.ts';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('splitting a long summary for WeCom', () => {
  const lines = Array.from({ length: 400 }, (_, i) => `- 县司法局：任务${i + 1}逾期${i % 30}天，请尽快办理`);
  const text = lines.join('\n');

  it('keeps every message within 4096 bytes and never cuts a line', () => {
    const parts = splitMarkdown(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(bytes(part)).toBeLessThanOrEqual(4096);
    expect(parts.flatMap((p) => p.split('\n'))).toEqual(lines);
  });

  it('fills each message up to the limit before starting the next', () => {
    const parts = splitMarkdown(text);
    for (const part of parts.slice(0, -1)) expect(bytes(part) + bytes(lines[0]!) + 1).toBeGreaterThan(4096 - 40);
  });

  it('sends a short summary as one message, unchanged', () => {
    expect(splitMarkdown('# 周报\n\n总体进度 50%')).toEqual(['# 周报\n\n总体进度 50%']);
  });

  it('puts a line exactly at the limit in a message of its own', () => {
    const full = '汉'.repeat(1365) + 'a'; // 4096 bytes
    expect(splitMarkdown(`开头\n${full}\n结尾`)).toEqual(['开头', full, '结尾']);
  });
});

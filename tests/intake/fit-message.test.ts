import { describe, expect, it } from 'vitest';
import { fitOneMessage } from '../../src/intake/fit-message.ts';

describe('fitting a long preview into one bot message', () => {
  it('keeps the head and the tail within the limit and says what was left out', () => {
    const lines = ['计划：高青县2020年政务公开工作要点', '任务 119 项', ...Array.from({ length: 300 }, (_, i) => `  单位${i} ${i}项`), '需要核对（2处）：', '  第78行 重大政策决策承办单位', '回复「确认导入」写入'];
    const out = fitOneMessage(lines.join('\n'), 4096, '完整预览可用私聊应用或命令行查看');
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(4096);
    expect(out.startsWith('计划：高青县2020年政务公开工作要点\n任务 119 项')).toBe(true);
    expect(out.endsWith('需要核对（2处）：\n  第78行 重大政策决策承办单位\n回复「确认导入」写入')).toBe(true);
    expect(out).toMatch(/……（中间 \d+ 行从略，完整预览可用私聊应用或命令行查看）/);
  });

  it('leaves a short text alone', () => {
    expect(fitOneMessage('短预览', 4096, 'x')).toBe('短预览');
  });
});

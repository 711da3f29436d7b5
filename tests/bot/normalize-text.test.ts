import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/bot/normalize-text.ts';
import { parseChineseNumeral } from '../../src/text/chinese-numerals.ts';

describe('normalizeText', () => {
  it('drops the leading @mention, even typed twice', () => {
    expect(normalizeText('@督办机器人 我单位还有哪些任务')).toBe('我单位还有哪些任务');
    expect(normalizeText('@机器人 @督办机器人  进度')).toBe('进度');
  });

  it('folds full-width digits, letters, colons and commas to half-width', () => {
    expect(normalizeText('完成　１２，链接：ｈｔｔｐｓ://a.cn/x')).toBe('完成 12,链接:https://a.cn/x');
  });

  it('turns Chinese numerals that name tasks into digits, and leaves ordinary words alone', () => {
    expect(normalizeText('第十二项完成了')).toBe('第12项完成了');
    expect(normalizeText('三、五、七 已完成')).toBe('3、5、7 已完成');
    expect(normalizeText('任务二十三')).toBe('任务23');
    expect(normalizeText('帮我看一下进度')).toBe('帮我看一下进度');
    expect(normalizeText('一些任务')).toBe('一些任务');
  });
});

describe('parseChineseNumeral', () => {
  it('reads the numbers liaisons type', () => {
    expect(parseChineseNumeral('十')).toBe(10);
    expect(parseChineseNumeral('十二')).toBe(12);
    expect(parseChineseNumeral('二十')).toBe(20);
    expect(parseChineseNumeral('一百零五')).toBe(105);
    expect(parseChineseNumeral('两百')).toBe(200);
    expect(parseChineseNumeral('司法')).toBeNull();
  });
});

// What users type, folded into one form before any matcher runs: no leading @mention, half-width
// digits, letters and punctuation, Chinese numerals next to task words as digits, single spaces.
import { CHINESE_NUMERAL, parseChineseNumeral } from '../text/chinese-numerals.ts';

const N = CHINESE_NUMERAL;
// A numeral is only a task number in these company: 第十二项, 任务十二, 十二号, 三、五、七, 完成十二 …
// so that words such as 一下 or 一些 stay as they are.
const NUMERAL_IN_CONTEXT = new RegExp(`(?<=第|任务|完成|退回|序号|编号|、|,|和|及|^|\\s)(${N}+)(?=项|号|条|的|、|,|和|及|已|完成|都|也|$|\\s|任务|详情)`, 'g');

// The same few phrasings arrive over and over; folding is a pure function of the text, so remember it.
const folded = new Map<string, string>();

export function normalizeText(raw: string): string {
  let text = folded.get(raw);
  if (text === undefined) {
    text = fold(raw);
    if (folded.size >= 5_000) folded.clear();
    folded.set(raw, text);
  }
  return text;
}

function fold(raw: string): string {
  let text = raw.normalize('NFKC');
  // Leading mentions (WeCom puts 「@机器人 」 first in groups; people sometimes type it twice).
  text = text.replace(/^(?:\s*@\S+(?:\s+|$))+/u, '');
  text = text.replace(NUMERAL_IN_CONTEXT, (m) => String(parseChineseNumeral(m) ?? m));
  return text.replace(/\s+/g, ' ').trim();
}

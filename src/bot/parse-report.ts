// The parts of a completion report beyond its task numbers: the evidence link, and any other words,
// which for an admin may name the unit reported for (「完成 12 县司法局」).
export interface ReportRequest {
  numbers: number[];
  evidence: string | null;
  /** What is left once numbers, link and filler words are taken out; '' when nothing. */
  rest: string;
}

const URL = /https?:\/\/[^\s,，。;；)）」\]]+/i;
const FILLER = /我单位|本单位|我们|我局|报告|汇报|链接|佐证|材料|附件|证明|网址|地址|请查收|请审核|详见|如下|在此|办结|已经|完成|已|了|都|也|见|的|[:：,，。.!！?？、;；()（）「」\s]/g;

/** `matched` is the part a report pattern matched (it holds the numbers); `text` the whole message. */
export function parseReport(text: string, matched: string): ReportRequest {
  const numbers = [...new Set((matched.match(/\d+/g) ?? []).map(Number))];
  const url = text.match(URL);
  const evidence = url ? url[0] : null;
  const rest = text.replace(matched, ' ').replace(URL, ' ').replace(/第|项|号|任务/g, ' ').replace(FILLER, '').trim();
  return { numbers, evidence, rest };
}

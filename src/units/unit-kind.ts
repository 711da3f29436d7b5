// The kind of a unit guessed from its name, for directories built from a plan. An admin can correct it
// in units.json; groups such as 各镇 expand by kind, so the guess decides who gets group tasks.
import type { UnitKind } from './types.ts';

const RULES: ReadonlyArray<readonly [RegExp, UnitKind]> = [
  [/(?:街道|街道办|街道办事处)$/, '街道'],
  [/[镇乡](?:人民政府)?$/, '镇'], // townships (乡) are managed like towns
  // Industrial parks are run like a development zone and are named beside it in the seeds.
  [/(?:开发区|开发区管委会|高新区|工业园|产业园|园区)$/, '开发区'],
  // Enterprises (县供电公司、县自来水公司) are not government departments.
  [/(?:公司|集团|银行)$/, '其他'],
];

export function guessUnitKind(name: string): UnitKind {
  return RULES.find(([re]) => re.test(name))?.[1] ?? '部门';
}

// Group phrases in unit cells (各镇、县直各部门、单位、除……外的部门、单位、……等有关部门) and what each one
// means in terms of the unit directory's kinds. A group whose members the text does not pin down
// (有关/相关/承办/起草…) has kinds null: it must be resolved by a person, never guessed.
import { canonicalUnitName } from './aliases.ts';
import type { UnitKind } from './types.ts';

export interface GroupMeaning {
  /** Directory kinds the group expands to; null when the phrase does not say which units it means. */
  kinds: UnitKind[] | null;
  /** Canonical names the phrase excludes (「除县司法局、县信访局外的部门、单位」). */
  except: string[];
  /** 「……等有关部门」: the named units plus others the text leaves open. */
  open: boolean;
}

/**
 * Kinds every-unit phrases expand to. 开发区 is not a 县直部门: the seed cells name it beside them
 * (「各镇、街道、经济开发区，县直各部门、单位」). Kind 其他 (companies such as 县供电公司) is never expanded
 * into; such units get a task only when a cell names them.
 */
const ALL_KINDS: UnitKind[] = ['镇', '街道', '开发区', '部门'];

const MEANINGS: ReadonlyArray<readonly [RegExp, UnitKind[]]> = [
  [/^各(?:乡)?镇(?:人民政府)?$/, ['镇']],
  [/^各街道(?:办事处|办)?$/, ['街道']],
  [/^各(?:乡?镇办|乡?镇街道|镇街|街镇|街道镇|乡?镇、?街道)$/, ['镇', '街道']],
  [/^(?:[县区市旗]直(?:各)?部门(?:、?单位)?|[县区市旗](?:人民)?政府各部门(?:、?单位)?|各部门|各直属机构)$/, ['部门']],
  [/^(?:所有部门(?:、?单位)?|各级各部门(?:、?单位)?|各部门、?单位|各单位|全体部门、?单位)$/, ALL_KINDS],
];

const EXCEPT = /^除(.+?)以?外的?/;

/** Whether a name from a unit cell is a group rather than one unit. */
export function isGroupName(name: string): boolean {
  if (/^(?:各|所有|全体|相关|有关|除|等)/.test(name)) return true;
  if (/各部门|各单位|有关|相关|直各|直部门|涉及|承办|起草/.test(name)) return true;
  return /(?:部门|单位|主体|机关)$/.test(name);
}

/** What a group phrase expands to. */
export function describeGroup(name: string): GroupMeaning {
  const open = name.startsWith('等');
  const ex = EXCEPT.exec(name);
  if (ex) {
    const except = ex[1].split(/[、，,]/).filter(Boolean).map(canonicalUnitName);
    return { kinds: ALL_KINDS, except, open: false };
  }
  const found = MEANINGS.find(([re]) => re.test(name));
  return { kinds: found && !open ? found[1] : null, except: [], open };
}

// Body items that carry their division of labour as lines of their own under the text:
// 「（一）推进决策公开。……」 / 「责任单位：县司法局」 / 「完成时限：2023年3月底前」. Those lines are fields
// of the item, not part of its requirement.
import type { UnitRole } from './table/header.ts';

export interface ItemFields {
  /** The item's own lines, the field lines taken out. */
  text: string;
  units: Array<{ role: UnitRole; text: string }>;
  deadlineText: string | null;
}

const UNIT_LINE = /^(责任|牵头|主责|主办|配合|协办|参与)(?:单位|部门)\s*[:：]\s*(.*)$/;
const DEADLINE_LINE = /^(?:完成|办结)?(?:时限|时间|期限)(?:要求)?\s*[:：]\s*(.*)$/;

// 「责任单位：县司法局　完成时限：2023年3月底前」: several fields on one line.
const FIELD_START = /\s*(?=(?:责任|牵头|主责|主办|配合|协办|参与)(?:单位|部门)\s*[:：]|(?<!完成|办结)(?:完成|办结)?(?:时限|时间|期限)(?:要求)?\s*[:：])/;
const splitFieldLine = (line: string): string[] => (UNIT_LINE.test(line.trim()) || DEADLINE_LINE.test(line.trim()) ? line.split(FIELD_START).filter((p) => p.trim()) : [line]);

const roleOf = (word: string): UnitRole => (/牵头|主责|主办/.test(word) ? 'leadUnits' : /配合|协办|参与/.test(word) ? 'memberUnits' : 'units');

/** Splits an item's lines (joined with '\n') into its text and its unit and deadline fields. */
export function splitItemFields(raw: string): ItemFields {
  const fields: ItemFields = { text: '', units: [], deadlineText: null };
  const kept: string[] = [];
  for (const line of raw.split('\n').flatMap(splitFieldLine)) {
    const trimmed = line.trim();
    const unit = trimmed.match(UNIT_LINE);
    const deadline = unit ? null : trimmed.match(DEADLINE_LINE);
    if (unit && unit[2]) fields.units.push({ role: roleOf(unit[1]), text: unit[2].replace(/[。；;]$/, '') });
    else if (deadline && deadline[1]) fields.deadlineText = deadline[1].replace(/[。；;]$/, '');
    else kept.push(line);
  }
  fields.text = kept.join('\n');
  return fields;
}

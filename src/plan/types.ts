// The task table a plan document turns into. This shape is what `plan parse --json` prints and what
// the store keeps; keep it stable (it is how the parser is measured).

export type UnitRole = 'lead' | 'member';

/** A responsible unit as named in the plan: one unit, or a group such as 各镇、县直各部门. */
export interface UnitRef {
  name: string;
  role: UnitRole;
  group: boolean;
}

export type Deadline =
  /** A calendar date (China time), e.g. 「2023年年底前完成」 → 2023-12-31. */
  | { kind: 'date'; date: string }
  /** 长期坚持, 持续推进, 及时公开 … */
  | { kind: 'ongoing' }
  /** 「信息形成或变更之日起20个工作日内」: counted from an event, per occurrence. */
  | { kind: 'relative'; event: string; days: number; workingDays: boolean }
  /** 按月, 按季度, 每年1月31日前 …: `due` is the next due date in the plan's year when known. */
  | { kind: 'periodic'; every: 'week' | 'month' | 'quarter' | 'halfyear' | 'year'; due?: string }
  | { kind: 'none' };

export interface Task {
  /** Stable within the plan: 'T1', 'T2', … in document order. */
  id: string;
  /** The 序号 as written, or null when the table has none. */
  no: string | null;
  /** Category levels, top level first, only non-empty levels. */
  category: string[];
  requirement: string;
  /** The responsible-unit cell text after merged cells are resolved, white space removed. */
  unitsText: string;
  units: UnitRef[];
  /** The deadline cell text, or null when the table has no deadline column. */
  deadlineText: string | null;
  deadline: Deadline;
  /** Where the task's row starts in the source. */
  where: string;
}

export interface PlanWarning {
  where: string;
  message: string;
}

export interface Plan {
  title: string;
  year: number | null;
  tasks: Task[];
  warnings: PlanWarning[];
}

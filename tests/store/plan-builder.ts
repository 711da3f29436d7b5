// Small hand-made plans for import tests (the parser is tested on real documents elsewhere).
import type { Deadline, Plan, Task, UnitRef } from '../../src/plan/types.ts';

export const unit = (name: string, role: UnitRef['role'] = 'member'): UnitRef => ({ name, role, group: false });
export const group = (name: string): UnitRef => ({ name, role: 'member', group: true });

export function task(n: number, requirement: string, units: UnitRef[], deadline: Deadline = { kind: 'date', date: '2024-12-31' }, extra: Partial<Task> = {}): Task {
  return {
    id: `T${n}`, no: String(n), category: ['政务公开'], requirement,
    unitsText: units.map((u) => u.name).join('、'), units,
    deadlineText: deadline.kind === 'date' ? `${deadline.date.slice(5, 7)}月底前` : null, deadline,
    where: `第${n + 3}行`, ...extra,
  };
}

export const plan = (tasks: Task[], title = '高青县2024年政务公开工作要点', year: number | null = 2024): Plan => ({
  title, year, tasks, warnings: [],
});

export const bytesOf = (text: string) => new TextEncoder().encode(text);

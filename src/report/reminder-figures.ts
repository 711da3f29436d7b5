// What the daily reminder is about: per unit, open dated assignments that are overdue or fall due within
// `withinDays`, and the liaisons bound to that unit. Ongoing and event-relative work is never reminded.
import type { PlansData, StateData } from '../store/schema.ts';
import { dueOf } from '../progress/index.ts';

export interface ReminderItem { taskNumber: number; due: string; daysLeft: number }

export interface UnitReminder {
  unit: string;
  liaisons: string[];
  /** Most overdue first. */
  overdue: ReminderItem[];
  /** Soonest first. */
  dueSoon: ReminderItem[];
}

/** Units with something to do, most urgent first (longest overdue, then soonest due). */
export function buildReminders(
  plans: Readonly<PlansData>,
  state: Readonly<StateData>,
  today: string,
  withinDays: number,
): UnitReminder[] {
  const active = new Map(plans.plans.filter((p) => p.status === 'active').map((p) => [p.id, new Map(p.tasks.map((t) => [t.id, t]))]));
  const doneIds = new Set(state.reports.filter((r) => r.status === 'done').map((r) => r.assignmentId));
  const byUnit = new Map<string, UnitReminder>();
  for (const a of plans.assignments) {
    const task = active.get(a.planId)?.get(a.taskId);
    if (!task || doneIds.has(a.id)) continue;
    const due = dueOf(a.deadline, today);
    if (due.kind !== 'dated' || due.daysLeft > withinDays) continue;
    let u = byUnit.get(a.unit);
    if (!u) byUnit.set(a.unit, (u = { unit: a.unit, liaisons: [], overdue: [], dueSoon: [] }));
    (due.daysLeft < 0 ? u.overdue : u.dueSoon).push({ taskNumber: task.number, due: due.date, daysLeft: due.daysLeft });
  }
  for (const b of state.bindings) byUnit.get(b.unit)?.liaisons.push(b.userId);
  const units = [...byUnit.values()];
  for (const u of units) {
    u.overdue.sort((x, y) => x.daysLeft - y.daysLeft || x.taskNumber - y.taskNumber);
    u.dueSoon.sort((x, y) => x.daysLeft - y.daysLeft || x.taskNumber - y.taskNumber);
  }
  const urgency = (u: UnitReminder) => u.overdue[0]?.daysLeft ?? u.dueSoon[0]!.daysLeft;
  return units.sort((x, y) => urgency(x) - urgency(y) || x.unit.localeCompare(y.unit, 'zh', { numeric: true }));
}

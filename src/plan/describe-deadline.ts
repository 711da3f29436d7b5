// A deadline in a few Chinese words, for listings (plan show, previews).
import type { Deadline } from './types.ts';

const EVERY: Record<Extract<Deadline, { kind: 'periodic' }>['every'], string> = {
  week: '每周', month: '每月', quarter: '每季度', halfyear: '每半年', year: '每年',
};

export function describeDeadline(d: Deadline): string {
  switch (d.kind) {
    case 'date': return `${d.date} 前`;
    case 'ongoing': return '长期坚持';
    case 'relative': return `${d.event}后${d.days}个${d.workingDays ? '工作日' : '日'}内`;
    case 'periodic': return d.due ? `${EVERY[d.every]}（下次 ${d.due}）` : EVERY[d.every];
    case 'none': return '未写明';
  }
}

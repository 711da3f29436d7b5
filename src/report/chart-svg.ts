// Completion by unit as a horizontal bar chart, built as SVG text (rendered to PNG in render-png.ts).
// Sized for a phone screen: one bar per unit, best first, labels on the left, percentage on the right.
import type { UnitProgress } from './weekly-figures.ts';
import { percent } from './format.ts';

export const CHART_FONT_FAMILY = 'Noto Sans S Chinese';

const WIDTH = 900;
const LABEL_W = 270;
const BAR_W = 480;
const ROW_H = 30;
const TOP = 96;
const MAX_LABEL_CHARS = 16;

const escapeXml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

const label = (s: string) => {
  const chars = [...s];
  return chars.length <= MAX_LABEL_CHARS ? s : `${chars.slice(0, MAX_LABEL_CHARS - 1).join('')}…`;
};

/** Green when nearly done, blue under way, orange lagging: readable at a glance without a legend. */
const barColor = (rate: number) => {
  const shown = Math.round(rate * 100); // the colour agrees with the rounded percentage printed beside it
  return shown >= 80 ? '#2e7d32' : shown >= 50 ? '#1976d2' : '#ef6c00';
};

export function completionChartSvg(title: string, subtitle: string, units: UnitProgress[]): string {
  const height = TOP + Math.max(units.length, 1) * ROW_H + 40;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${CHART_FONT_FAMILY}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="24" y="40" font-size="24" font-weight="bold" fill="#212121">${escapeXml(label2(title))}</text>`,
    `<text x="24" y="70" font-size="15" fill="#616161">${escapeXml(subtitle)}</text>`,
  ];
  for (const x of [0, 0.5, 1]) {
    const gx = LABEL_W + BAR_W * x;
    out.push(`<line x1="${gx}" y1="${TOP - 6}" x2="${gx}" y2="${TOP + units.length * ROW_H}" stroke="#e0e0e0"/>`);
    out.push(`<text x="${gx}" y="${TOP - 10}" font-size="12" fill="#9e9e9e" text-anchor="middle">${x * 100}%</text>`);
  }
  units.forEach((u, i) => {
    const y = TOP + i * ROW_H;
    const w = Math.max(u.rate * BAR_W, u.rate > 0 ? 2 : 0);
    out.push(
      `<text x="${LABEL_W - 10}" y="${y + 20}" font-size="15" fill="#212121" text-anchor="end">${escapeXml(label(u.unit))}</text>`,
      `<rect x="${LABEL_W}" y="${y + 6}" width="${BAR_W}" height="18" fill="#f5f5f5"/>`,
      `<rect x="${LABEL_W}" y="${y + 6}" width="${w.toFixed(1)}" height="18" fill="${barColor(u.rate)}"/>`,
      `<text x="${LABEL_W + BAR_W + 10}" y="${y + 20}" font-size="14" fill="#424242">${percent(u.rate, 0)}  ${u.done}/${u.total}</text>`,
    );
  });
  if (!units.length) out.push(`<text x="${LABEL_W}" y="${TOP + 20}" font-size="15" fill="#616161">暂无任务分配</text>`);
  out.push('</svg>');
  return out.join('\n');
}

/** Titles are long (「2023年XX县政务公开工作要点」); keep them within the image width. */
const label2 = (s: string) => {
  const chars = [...s];
  return chars.length <= 34 ? s : `${chars.slice(0, 33).join('')}…`;
};

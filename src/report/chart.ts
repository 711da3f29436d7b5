// The chart leaders get after the summary text: completion by unit for one plan, as a PNG drawn with
// Skia (@napi-rs/canvas). Sized for a phone: one bar per unit, best first, label left, figures right.
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { CHART_FONT_FAMILY, ensureChartFont } from './chart-font.ts';
import { fullDate, percent } from './format.ts';
import type { PlanFigures, UnitProgress } from './weekly-figures.ts';

const WIDTH = 900;
const LABEL_W = 270;
const BAR_W = 480;
const ROW_H = 30;
const TOP = 96;
const MAX_LABEL_CHARS = 16;
const MAX_TITLE_CHARS = 34;
/** Beyond this many units the image would grow past a phone's patience (and WeCom's 2 MB): the best
 *  and the worst half are drawn, the middle is summarised in one row; the text lists every unit. */
const MAX_ROWS = 120;

type Row = UnitProgress | { gap: number };

function chartRows(units: UnitProgress[]): Row[] {
  if (units.length <= MAX_ROWS) return units;
  const half = (MAX_ROWS - 2) / 2;
  return [...units.slice(0, half), { gap: units.length - 2 * half }, ...units.slice(-half)];
}

const font = (px: number, bold = false) => `${bold ? 'bold ' : ''}${px}px ${CHART_FONT_FAMILY}`;

const clip = (s: string, max: number) => {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
};

/** Green when nearly done, blue under way, orange lagging; agrees with the rounded percentage shown. */
function barColor(rate: number): string {
  const shown = Math.round(rate * 100);
  return shown >= 80 ? '#2e7d32' : shown >= 50 ? '#1976d2' : '#ef6c00';
}

export function buildCompletionChart(plan: PlanFigures, today: string): Uint8Array {
  const subtitle = `各单位完成率（截至${fullDate(today)}）  总体 ${plan.done}/${plan.total}（${percent(plan.rate)}）`;
  return drawCompletionChart(plan.title, subtitle, plan.units);
}

export function drawCompletionChart(title: string, subtitle: string, units: UnitProgress[]): Uint8Array {
  ensureChartFont();
  const drawn = chartRows(units);
  const rows = Math.max(drawn.length, 1);
  const height = TOP + rows * ROW_H + 40;
  const canvas = createCanvas(WIDTH, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, WIDTH, height);

  text(ctx, clip(title, MAX_TITLE_CHARS), 24, 40, font(24, true), '#212121');
  text(ctx, subtitle, 24, 70, font(15), '#616161');
  for (const x of [0, 0.5, 1]) {
    const gx = LABEL_W + BAR_W * x;
    ctx.fillStyle = '#e0e0e0';
    ctx.fillRect(gx, TOP - 6, 1, rows * ROW_H + 6);
    text(ctx, `${x * 100}%`, gx, TOP - 10, font(12), '#9e9e9e', 'center');
  }
  drawn.forEach((u, i) => {
    const y = TOP + i * ROW_H;
    if ('gap' in u) return text(ctx, `…… 中间 ${u.gap} 个单位从略，详见周报文字 ……`, LABEL_W, y + 20, font(14), '#9e9e9e');
    text(ctx, clip(u.unit, MAX_LABEL_CHARS), LABEL_W - 10, y + 20, font(15), '#212121', 'right');
    ctx.fillStyle = '#f5f5f5';
    ctx.fillRect(LABEL_W, y + 6, BAR_W, 18);
    ctx.fillStyle = barColor(u.rate);
    ctx.fillRect(LABEL_W, y + 6, Math.max(u.rate * BAR_W, u.rate > 0 ? 2 : 0), 18);
    text(ctx, `${percent(u.rate, 0)}  ${u.done}/${u.total}`, LABEL_W + BAR_W + 10, y + 20, font(14), '#424242');
  });
  if (!units.length) text(ctx, '暂无任务分配', LABEL_W, TOP + 20, font(15), '#616161');
  return canvas.toBuffer('image/png');
}

function text(ctx: SKRSContext2D, s: string, x: number, y: number, f: string, color: string, align: CanvasTextAlign = 'left'): void {
  ctx.font = f;
  ctx.fillStyle = color;
  ctx.textAlign = align;
  ctx.fillText(s, x, y);
}

import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { buildCompletionChart, drawCompletionChart } from '../../src/report/chart.ts';
import { CHART_FONT_FILES } from '../../src/report/chart-font.ts';
import { buildWeeklyFigures } from '../../src/report/weekly-figures.ts';
import { SUMMARY_AT, samplePlans, sampleState } from './sample-store-data.ts';
import { existsSync } from 'node:fs';

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Counts non-white pixels in a label column to tell drawn glyphs from an empty (font-less) label. */
function inkInRegion(png: Uint8Array, x0: number, x1: number, y0: number, y1: number): number {
  const view = Buffer.from(png);
  const width = view.readUInt32BE(16);
  const idat: Buffer[] = [];
  for (let off = 8; off < view.length; ) {
    const len = view.readUInt32BE(off);
    const type = view.toString('latin1', off + 4, off + 8);
    if (type === 'IDAT') idat.push(view.subarray(off + 8, off + 8 + len));
    off += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const bpp = view[25] === 6 ? 4 : 3;
  const stride = width * bpp + 1;
  const rows: Buffer[] = [];
  let prev = Buffer.alloc(width * bpp);
  for (let y = 0; y <= y1; y++) {
    const line = Buffer.from(raw.subarray(y * stride + 1, (y + 1) * stride));
    const filter = raw[y * stride]!;
    for (let i = 0; i < line.length; i++) {
      const a = i >= bpp ? line[i - bpp]! : 0;
      const b = prev[i]!;
      const c = i >= bpp ? prev[i - bpp]! : 0;
      const pa = Math.abs(b - c), pb = Math.abs(a - c), pc = Math.abs(a + b - 2 * c);
      const pred = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter]!;
      line[i] = (line[i]! + pred) & 0xff;
    }
    rows.push(line);
    prev = line;
  }
  let ink = 0;
  for (let y = y0; y <= y1; y++) for (let x = x0; x < x1; x++) if (rows[y]![x * bpp]! < 128) ink++;
  return ink;
}

describe('completion chart', () => {
  const f = buildWeeklyFigures(samplePlans(), sampleState(), SUMMARY_AT);
  const png = buildCompletionChart(f.plans[0]!, f.today);

  it('is a PNG under 2 MB', () => {
    expect([...png.subarray(0, 8)]).toEqual(PNG_MAGIC);
    expect(png.length).toBeLessThan(2 * 1024 * 1024);
  });

  it('draws the Chinese unit labels with the font shipped in node_modules', () => {
    for (const f of CHART_FONT_FILES) expect(existsSync(f)).toBe(true);
    // First unit row: label area left of the bars (x 0..260), row 96..126.
    expect(inkInRegion(png, 100, 260, 96, 126)).toBeGreaterThan(50);
  });
});

describe('completion chart for a large county', () => {
  it('stays under 2 MB with 400 units, drawing the best and the worst', () => {
    const units = Array.from({ length: 400 }, (_, i) => ({ unit: `县第${i + 1}单位`, done: 400 - i, total: 400, rate: (400 - i) / 400 }));
    const png = drawCompletionChart('大计划', '各单位完成率', units);
    expect(png.length).toBeLessThan(2 * 1024 * 1024);
    const height = Buffer.from(png).readUInt32BE(20);
    expect(height).toBeLessThan(96 + 121 * 30 + 40 + 1);
  });
});

// An Excel plan reaches the parser as its sheet name and title as paragraphs, then one exact grid
// per sheet: merged ranges as spans and continued cells, cell values as the text Excel shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../../src/plan/readers/xlsx.ts';
import { isUserError } from '../../../src/errors.ts';
import type { GridTable, PlanSource } from '../../../src/plan/source.ts';
import { DOCS, tablesOf } from '../../../scripts/make-plan-fixtures.ts';
import { strToU8, zipSync } from 'fflate';
import { loadRawWorkbook } from '../../../src/plan/readers/office/xlsx-raw.ts';
import { loadWithExcelJs } from '../../../src/plan/readers/office/xlsx-exceljs.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'office');

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const tables = (src: PlanSource): GridTable[] => src.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
const paragraphs = (src: PlanSource) => src.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
const grid = (t: GridTable) => t.rows.map((r) => r.cells.map((c) => (c.continued ? '^' : c.text) + (c.span > 1 ? `*${c.span}` : '')));

function planSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('分解表');
  ws.getCell('A1').value = '2023年XX县政务公开重点工作任务分解表';
  ws.mergeCells('A1:E1');
  ws.addRow(['序号', '工作任务', null, '工作要求', '责任单位']);
  ws.mergeCells('B2:C2');
  ws.addRow([1, '主动公开', '规范性文件', '发布情况', '县司法局']);
  ws.addRow([2, null, null, '清理与标注', null]);
  ws.addRow([3, '依申请公开', null, '按时答复', '所有部门、单位']);
  ws.mergeCells('B3:B4'); // category merged down
  ws.mergeCells('C3:C4');
  ws.mergeCells('E3:E4'); // unit merged down
  ws.mergeCells('B5:C5'); // a category spanning both levels
  ws.getCell('H9').value = '   '; // white space far right does not widen the table
  ws.getCell('A7').value = '注：责任单位排名第一的为牵头单位。';
  ws.mergeCells('A7:E7');
}

describe('readXlsx', () => {
  it('puts the sheet name and the title row before the table and a full-width note after it, as paragraphs', async () => {
    const src = await readXlsx(await xlsx(planSheet), 'plan.xlsx');
    expect(src.fileName).toBe('plan.xlsx');
    expect(paragraphs(src)).toEqual(['分解表', '2023年XX县政务公开重点工作任务分解表', '注：责任单位排名第一的为牵头单位。']);
    expect(src.blocks[1]).toMatchObject({ where: '工作表“分解表”第1行' });
    expect(src.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'table', 'paragraph']);
    expect(src.blocks[3]).toMatchObject({ where: '工作表“分解表”第7行' });
  });

  it('shows merged ranges once with their span and as continued cells below, without repeating the text', async () => {
    const [table] = tables(await readXlsx(await xlsx(planSheet), 'plan.xlsx'));
    expect(table).toMatchObject({ where: '工作表“分解表”', exactGrid: true });
    expect(grid(table)).toEqual([
      ['序号', '工作任务*2', '工作要求', '责任单位'],
      ['1', '主动公开', '规范性文件', '发布情况', '县司法局'],
      ['2', '^', '^', '清理与标注', '^'],
      ['3', '依申请公开*2', '按时答复', '所有部门、单位'],
    ]);
    expect(table.rows[3].where).toBe('工作表“分解表”第5行');
  });

  it('reads rich text, line breaks, formula results, numbers and dates as the text Excel shows', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('任务');
      ws.addRow(['序号', '工作要求', '责任单位', '完成时限']);
      ws.addRow([
        { formula: 'ROW()-1', result: 1 },
        { richText: [{ text: '公开', font: { bold: true } }, { text: '权责清单\r\n动态调整' }] },
        { text: '县政府办公室', hyperlink: 'http://example.gov.cn' },
        new Date(Date.UTC(2023, 6, 5)),
      ]);
      ws.addRow([0.1 + 0.2, '其他', '县财政局', '长期坚持']);
    });
    const [table] = tables(await readXlsx(bytes, 'v.xlsx'));
    expect(grid(table).slice(1)).toEqual([
      ['1', '公开权责清单\n动态调整', '县政府办公室', '2023/7/5'],
      ['0.3', '其他', '县财政局', '长期坚持'],
    ]);
  });

  it('drops empty margin columns on the left as well as on the right', async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('表');
      ws.getCell('C2').value = '工作任务';
      ws.getCell('D2').value = '责任单位';
      ws.getCell('C3').value = '公开权责清单';
      ws.getCell('D3').value = '县政府办公室';
      ws.getCell('A3').style = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } } };
    });
    expect(grid(tables(await readXlsx(bytes, 'm.xlsx'))[0])).toEqual([['工作任务', '责任单位'], ['公开权责清单', '县政府办公室']]);
  });

  it('makes one table per sheet with content and leaves out empty and hidden sheets', async () => {
    const bytes = await xlsx((wb) => {
      wb.addWorksheet('附件1').addRows([['序号', '工作要求'], ['1', '甲']]);
      wb.addWorksheet('空白页');
      const hidden = wb.addWorksheet('下拉选项');
      hidden.addRow(['县财政局', '县司法局']);
      hidden.state = 'hidden';
      wb.addWorksheet('附件2').addRows([['一级指标', '评估对象'], ['主动公开', '所有部门、单位']]);
    });
    const src = await readXlsx(bytes, 'two.xlsx');
    expect(tables(src).map((t) => t.where)).toEqual(['工作表“附件1”', '工作表“附件2”']);
    expect(paragraphs(src)).toEqual(['附件1', '附件2']);
  });

  it('reads the generated plan workbooks into the grids they were written from, one sheet per annex', async () => {
    for (const doc of DOCS) {
      const gold = JSON.parse(readFileSync(join(FIXTURES, 'gold', `${doc.gold}.json`), 'utf8')).tasks;
      const src = await readXlsx(new Uint8Array(readFileSync(join(FIXTURES, `${doc.gold}.xlsx`))), `${doc.gold}.xlsx`);
      const expected = tablesOf(doc, gold);
      expect(tables(src).map((t) => t.rows.map((r) => r.cells))).toEqual(expected.map((e) => [e.header, ...e.body]));
      expect(paragraphs(src)).toEqual(expected.flatMap((e) => [e.spec.sheetName, e.spec.intro.length > 1 ? e.spec.intro[0] : doc.paragraphs[0], e.spec.title]));
    }
  });
});

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook as other tools write it: tags prefixed with x: and rows and cells without r="…". */
function foreignXlsx(sheetData: string, extra: { merges?: string; sharedStrings?: string; styles?: string } = {}): Uint8Array {
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
  const rels = (inner: string) => `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${inner}</Relationships>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(rels(rel('rId9', 'officeDocument', 'xl/workbook.xml'))),
    'xl/workbook.xml': strToU8(`<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets><x:sheet name="分解表" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(rels(rel('rId1', 'worksheet', 'worksheets/sheet1.xml') + rel('rId2', 'sharedStrings', 'sharedStrings.xml') + rel('rId3', 'styles', 'styles.xml'))),
    'xl/worksheets/sheet1.xml': strToU8(`<x:worksheet xmlns:x="${MAIN}"><x:sheetData>${sheetData}</x:sheetData>${extra.merges ?? ''}</x:worksheet>`),
    'xl/sharedStrings.xml': strToU8(`<x:sst xmlns:x="${MAIN}">${extra.sharedStrings ?? ''}</x:sst>`),
    'xl/styles.xml': strToU8(`<x:styleSheet xmlns:x="${MAIN}">${extra.styles ?? ''}</x:styleSheet>`),
  });
}

describe('readXlsx on workbooks exceljs refuses but Excel opens', () => {
  it('reads prefixed tags, rows without references, shared strings, merges and date-formatted numbers', async () => {
    const s = (text: string) => `<x:c t="inlineStr"><x:is><x:t>${text}</x:t></x:is></x:c>`;
    const bytes = foreignXlsx(
      `<x:row>${s('工作任务')}<x:c/>${s('责任单位')}${s('完成时限')}</x:row>` +
        `<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c r="C2" t="s"><x:v>1</x:v></x:c><x:c s="1"><x:v>45112</x:v></x:c></x:row>` +
        `<x:row r="4"><x:c r="C4"><x:v>3</x:v></x:c></x:row>`,
      {
        merges: '<x:mergeCells><x:mergeCell ref="A1:B1"/><x:mergeCell ref="A2:B4"/></x:mergeCells>',
        sharedStrings: '<x:si><x:r><x:t>政务公开</x:t></x:r><x:r><x:t>专栏</x:t></x:r><x:rPh><x:t>ゼイ</x:t></x:rPh></x:si><x:si><x:t>县政府_x000D_\n办公室_x005F_x000D_</x:t></x:si>',
        styles: '<x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="14"/></x:cellXfs>',
      },
    );
    const src = await readXlsx(bytes, 'sdk.xlsx');
    expect(grid(tables(src)[0])).toEqual([
      ['工作任务*2', '责任单位', '完成时限'],
      ['政务公开专栏*2', '县政府\n办公室_x000D_', '2023/7/5'],
      ['^*2', '3', ''],
    ]);
    expect(tables(src)[0].rows[2].where).toBe('工作表“分解表”第4行');
  });

  it('the plain reading agrees with exceljs on every generated plan workbook', async () => {
    for (const doc of DOCS) {
      const bytes = new Uint8Array(readFileSync(join(FIXTURES, `${doc.gold}.xlsx`)));
      const plain = loadRawWorkbook(bytes, { notZip: '', encryptedOrLegacy: '', webPage: '' });
      expect(plain).toEqual(await loadWithExcelJs(bytes));
    }
  });
});

describe('readXlsx refuses what it cannot read with a Chinese sentence saying what to do', () => {
  const bad = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, 'bad', name)));
  const errorOf = async (bytes: Uint8Array) => {
    const error = await readXlsx(bytes, 'x.xlsx').then(() => undefined, (e: Error) => e);
    expect(error && isUserError(error)).toBe(true);
    return error!.message;
  };

  it.each([
    ['renamed-text.xlsx', /不是 Excel 工作簿/],
    ['encrypted-ole.xlsx', /加密.*取消密码/],
    ['no-sheets.xlsx', /没有任何有内容的工作表|不是 Excel 工作簿/],
  ])('%s', async (name, message) => {
    expect(await errorOf(bad(name))).toMatch(message);
  });

  it('a web page saved with an .xlsx name', async () => {
    expect(await errorOf(new TextEncoder().encode('\ufeff<html><body><table><tr><td>序号</td></tr></table></body></html>'))).toMatch(/网页（HTML）.*改为 \.html/);
  });

  it('a truncated workbook', async () => {
    const whole = readFileSync(join(FIXTURES, `${DOCS[0].gold}.xlsx`));
    expect(await errorOf(new Uint8Array(whole.subarray(0, whole.length >> 1)))).toMatch(/损坏.*另存为 \.xlsx/);
  });

  it('a workbook whose sheets are all empty', async () => {
    expect(await errorOf(await xlsx((wb) => wb.addWorksheet('Sheet1')))).toMatch(/没有任何有内容的工作表/);
  });
});

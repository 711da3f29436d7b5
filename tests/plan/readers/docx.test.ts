// A Word plan reaches the parser as paragraphs and exact grids: merges both ways, empty grid
// positions, nested tables, content controls and auto numbering as a person sees them in Word.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { readDocx } from '../../../src/plan/readers/docx.ts';
import { isUserError } from '../../../src/errors.ts';
import type { GridTable, PlanSource } from '../../../src/plan/source.ts';
import { bodyRows, DOCS, tablesOf } from '../../../scripts/make-plan-fixtures.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'office');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A genuine .docx package around a hand-written body, optionally with numbering.xml. */
function docx(body: string, numbering?: string, styles?: string): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`),
  };
  if (styles) files['word/styles.xml'] = strToU8(`<?xml version="1.0"?><w:styles ${W}>${styles}</w:styles>`);
  if (numbering) files['word/numbering.xml'] = strToU8(`<?xml version="1.0"?><w:numbering ${W}>${numbering}</w:numbering>`);
  return zipSync(files);
}

const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (inner: string, pr = '') => `<w:tc><w:tcPr>${pr}</w:tcPr>${inner}</w:tc>`;
const tr = (cells: string, pr = '') => `<w:tr>${pr ? `<w:trPr>${pr}</w:trPr>` : ''}${cells}</w:tr>`;
const tbl = (rows: string) => `<w:tbl><w:tblGrid/>${rows}</w:tbl>`;

const tables = (src: PlanSource): GridTable[] => src.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
const grid = (t: GridTable) => t.rows.map((r) => r.cells.map((c) => (c.continued ? '^' : c.text) + (c.span > 1 ? `*${c.span}` : '')));

async function userErrorOf(bytes: Uint8Array): Promise<Error> {
  const error = await readDocx(bytes, 'x.docx').then(() => undefined, (e: Error) => e);
  expect(error && isUserError(error)).toBe(true);
  return error!;
}

describe('readDocx', () => {
  it('keeps paragraphs and tables in reading order, telling where each row is', async () => {
    const src = await readDocx(docx(p('2023年XX县政务公开工作要点') + p('') + tbl(tr(tc(p('序号')) + tc(p('工作任务')))) + p('附件2')), 'plan.docx');
    expect(src.fileName).toBe('plan.docx');
    expect(src.blocks.map((b) => (b.kind === 'paragraph' ? b.text : 'TABLE'))).toEqual(['2023年XX县政务公开工作要点', 'TABLE', '附件2']);
    expect(src.blocks[2]).toMatchObject({ where: '正文第2段' });
    const [table] = tables(src);
    expect(table).toMatchObject({ where: '表1', exactGrid: true });
    expect(table.rows[0].where).toBe('表1第1行');
  });

  it('shows a horizontal merge once with its span and a vertical merge as continued cells without the text', async () => {
    const body = tbl(
      tr(tc(p('主动公开'), '<w:vMerge w:val="restart"/>') + tc(p('规范性文件'), '<w:gridSpan w:val="2"/>') + tc(p('县司法局'))) +
        tr(tc(p('主动公开'), '<w:vMerge/>') + tc(p('清理'), '') + tc(p('标注')) + tc(p(''), '<w:vMerge w:val="continue"/>')),
    );
    const [table] = tables(await readDocx(docx(body), 'm.docx'));
    expect(grid(table)).toEqual([
      ['主动公开', '规范性文件*2', '县司法局'],
      ['^', '清理', '标注', '^'],
    ]);
  });

  it('understands the legacy hMerge, and a continuation with nothing above as an ordinary empty cell', async () => {
    const body = tbl(
      tr(tc(p('（续表）'), '<w:vMerge/>') + tc(p('工作任务'), '<w:hMerge w:val="restart"/>') + tc(p(''), '<w:hMerge/>') + tc(p('责任单位'))) +
        tr(tc(p('1')) + tc(p('主动公开')) + tc(p('权责清单')) + tc(p('县政府办公室'))),
    );
    expect(grid(tables(await readDocx(docx(body), 'h.docx'))[0])).toEqual([
      ['（续表）', '工作任务*2', '责任单位'],
      ['1', '主动公开', '权责清单', '县政府办公室'],
    ]);
  });

  it('turns gridBefore and gridAfter into empty grid positions so later cells keep their columns', async () => {
    const body = tbl(tr(tc(p('a')) + tc(p('b')) + tc(p('c'))) + tr(tc(p('b2')), '<w:gridBefore w:val="1"/><w:gridAfter w:val="1"/>'));
    expect(grid(tables(await readDocx(docx(body), 'g.docx'))[0])[1]).toEqual(['', 'b2', '']);
  });

  it('keeps paragraph breaks, tabs and line breaks inside a cell, and skips deleted text', async () => {
    const cellXml =
      '<w:p><w:r><w:t>公开指南是否包括：</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>1.机构</w:t><w:tab/><w:t>职能</w:t><w:br/><w:t>2.</w:t></w:r><w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del><w:ins><w:r><w:t>新增</w:t></w:r></w:ins></w:p>';
    expect(grid(tables(await readDocx(docx(tbl(tr(tc(cellXml)))), 'c.docx'))[0])).toEqual([['公开指南是否包括：\n1.机构\t职能\n2.新增']]);
  });

  it('leaves out text Word does not show: hidden runs, ruby annotations and unfilled placeholders', async () => {
    const para =
      '<w:p><w:r><w:t>县</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>（隐藏批注）</w:t></w:r>' +
      '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>财政</w:t></w:r>' +
      '<w:r><w:ruby><w:rt><w:r><w:t>jú</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>局</w:t></w:r></w:rubyBase></w:ruby></w:r>' +
      '<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>单击此处输入文字。</w:t></w:r></w:sdtContent></w:sdt></w:p>';
    expect((await readDocx(docx(para), 'h.docx')).blocks[0]).toMatchObject({ text: '县财政局' });
  });

  it('reads runs carrying Word formatting, revision ids and tracked formatting changes', async () => {
    const fonts = '<w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hint="eastAsia"/><w:sz w:val="21"/>';
    const para =
      `<w:p w:rsidR="00D12345" w:rsidRDefault="00D12345"><w:proofErr w:type="gramStart"/><w:bookmarkStart w:id="0" w:name="_Toc1"/>` +
      `<w:r w:rsidRPr="00A1B2C3"><w:rPr>${fonts}</w:rPr><w:t>县发展</w:t></w:r>` +
      `<w:r><w:rPr><w:b/><w:rPrChange w:id="1" w:author="张三"><w:rPr>${fonts}</w:rPr></w:rPrChange></w:rPr><w:t>改革局</w:t></w:r>` +
      `<w:r><w:rPr>${fonts}<w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>`;
    expect((await readDocx(docx(para), 'f.docx')).blocks[0]).toMatchObject({ text: '县发展改革局' });
  });

  it('reads runs wrapped in hyperlinks and content controls, and rows and cells wrapped in content controls', async () => {
    const linked = '<w:p><w:hyperlink><w:r><w:t>政府网站</w:t></w:r></w:hyperlink><w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>专栏</w:t></w:r></w:sdtContent></w:sdt></w:p>';
    const body =
      `<w:sdt><w:sdtPr/><w:sdtContent>${p('控件里的段落')}</w:sdtContent></w:sdt>` +
      tbl(`<w:sdt><w:sdtContent>${tr(`<w:sdt><w:sdtContent>${tc(linked)}</w:sdtContent></w:sdt>` + tc(p('县政府办公室')))}</w:sdtContent></w:sdt>`);
    const src = await readDocx(docx(body), 's.docx');
    expect(src.blocks[0]).toMatchObject({ kind: 'paragraph', text: '控件里的段落' });
    expect(grid(tables(src)[0])).toEqual([['政府网站专栏', '县政府办公室']]);
  });

  it('flattens a table nested in a cell into lines of that cell, keeping the outer grid intact', async () => {
    const nested = tbl(tr(tc(p('牵头单位')) + tc(p('县大数据中心'))) + tr(tc(p('配合单位')) + tc(p('各镇、街道'))));
    const body = tbl(tr(tc(p('1')) + tc(p('网站建设') + nested) + tc(p('长期坚持'))));
    const src = await readDocx(docx(body), 'n.docx');
    expect(tables(src)).toHaveLength(1);
    expect(grid(tables(src)[0])).toEqual([['1', '网站建设\n牵头单位 县大数据中心\n配合单位 各镇、街道', '长期坚持']]);
  });

  it('unwraps a one-cell table drawn as a frame around the title and the real task table', async () => {
    const inner = tbl(tr(tc(p('工作任务')) + tc(p('责任单位'))) + tr(tc(p('公开权责清单')) + tc(p('县政府办公室'))));
    const src = await readDocx(docx(tbl(tr(tc(p('2023年XX县政务公开工作任务分解表') + inner)))), 'frame.docx');
    expect(src.blocks[0]).toMatchObject({ kind: 'paragraph', text: '2023年XX县政务公开工作任务分解表' });
    expect(tables(src).map(grid)).toEqual([[['工作任务', '责任单位'], ['公开权责清单', '县政府办公室']]]);
    expect(tables(src)[0].rows[1].where).toBe('表1第2行');
  });

  it('reads a table pasted as an Excel object from the workbook embedded in the document', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRows([['工作任务', '责任单位'], ['公开权责清单', '县政府办公室'], [null, '县司法局']]);
    ws.mergeCells('A2:A3');
    const object =
      '<w:p><w:r><w:object><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="_x0000_i1025"/>' +
      '<o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" r:id="rId7"/>' +
      '</w:object></w:r></w:p>';
    const bytes = zipSync({
      'word/document.xml': strToU8(`<w:document ${W}><w:body>${p('附件')}${object}${p('（此件公开发布）')}</w:body></w:document>`),
      'word/_rels/document.xml.rels': strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package" Target="embeddings/Microsoft_Excel_Worksheet.xlsx"/></Relationships>',
      ),
      'word/embeddings/Microsoft_Excel_Worksheet.xlsx': new Uint8Array(await wb.xlsx.writeBuffer()),
    });
    const src = await readDocx(bytes, 'object.docx');
    expect(src.blocks.map((b) => (b.kind === 'paragraph' ? b.text : 'TABLE'))).toEqual(['附件', 'TABLE', '（此件公开发布）']);
    expect(grid(tables(src)[0])).toEqual([['工作任务', '责任单位'], ['公开权责清单', '县政府办公室'], ['^', '县司法局']]);
    expect(tables(src)[0].rows[1].where).toBe('表1（嵌入的 Excel 表格）工作表“Sheet1”第2行');
  });

  it('writes out automatic list numbers as Word shows them, in body headings and in a 序号 column', async () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>' +
      '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';
    const numbered = (numId: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const rows = Array.from({ length: 12 }, (_, i) => tr(tc(numbered(2, '')) + tc(p(`任务${i + 1}`)))).join('');
    const body = numbered(1, '工作要求') + numbered(1, '重点任务') + tbl(rows);
    const src = await readDocx(docx(body, numbering), 'num.docx');
    expect(src.blocks.slice(0, 2).map((b) => b.kind === 'paragraph' && b.text)).toEqual(['一、工作要求', '二、重点任务']);
    expect(grid(tables(src)[0]).map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
  });

  it('numbers headings whose paragraph style carries the list, nested levels restarting under a new parent', async () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="5">' +
      '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="5"/></w:num>';
    const styles =
      '<w:style w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:styleId="H2"><w:basedOn w:val="H1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>';
    const styled = (style: string, text: string) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body = styled('H1', '主要任务') + styled('H2', '公开权责清单') + styled('H2', '公开规范性文件') + styled('H1', '保障措施') + styled('H2', '加强组织领导');
    const src = await readDocx(docx(body, numbering, styles), 'styled.docx');
    expect(src.blocks.map((b) => b.kind === 'paragraph' && b.text)).toEqual([
      '一、主要任务', '（一）公开权责清单', '（二）公开规范性文件', '二、保障措施', '（一）加强组织领导',
    ]);
  });

  it('counts Chinese list numbers as Word writes them past ten', async () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="9"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const item = `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>项</w:t></w:r></w:p>`;
    const labels = (await readDocx(docx(item.repeat(13), numbering), 'cn.docx')).blocks.map((b) => b.kind === 'paragraph' && b.text.replace('项', ''));
    expect(labels).toEqual(['（九）', '（十）', '（十一）', '（十二）', '（十三）', '（十四）', '（十五）', '（十六）', '（十七）', '（十八）', '（十九）', '（二十）', '（二十一）']);
  });

  it('continues a list across numbering instances of one definition unless an instance restarts it', async () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>' +
      '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="PlanList"/></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
      '<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>';
    const styles = '<w:style w:styleId="PlanList"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const item = (numId: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body = item(1, '甲') + item(1, '乙') + item(2, '丙') + item(3, '丁') + item(3, '戊') + item(4, '己');
    const src = await readDocx(docx(body, numbering, styles), 'lists.docx');
    expect(src.blocks.map((b) => b.kind === 'paragraph' && b.text)).toEqual(['1.甲', '2.乙', '3.丙', '1.丁', '2.戊', '3.己']);
  });

  it('reads the generated plan documents into the grids they were written from, split tables and annexes included', async () => {
    for (const doc of DOCS) {
      const gold = JSON.parse(readFileSync(join(FIXTURES, 'gold', `${doc.gold}.json`), 'utf8')).tasks;
      const src = await readDocx(new Uint8Array(readFileSync(join(FIXTURES, `${doc.gold}.docx`))), `${doc.gold}.docx`);
      // The split table restarts its merges after the repeated header, as on a new page.
      const expected = tablesOf(doc, gold).flatMap(({ spec, tasks, header, body }, n) =>
        n === 0 && doc.splitAt
          ? [[header, ...bodyRows(spec, tasks.slice(0, doc.splitAt))], [header, ...bodyRows(spec, tasks.slice(doc.splitAt))]]
          : [[header, ...body]],
      );
      expect(tables(src).map((t) => t.rows.map((r) => r.cells))).toEqual(expected);
      expect(src.blocks[0]).toMatchObject({ kind: 'paragraph', text: doc.paragraphs[0] });
    }
  });
});

describe('readDocx refuses what it cannot read with a Chinese sentence saying what to do', () => {
  const bad = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, 'bad', name)));

  it.each([
    ['truncated.docx', /损坏.*另存为 \.docx/],
    ['renamed-text.docx', /不是 Word 文档/],
    ['encrypted-ole.docx', /加密.*取消密码/],
    ['no-document.docx', /没有 Word 正文/],
    ['empty-body.docx', /没有文字也没有表格/],
  ])('%s', async (name, message) => {
    const error = await userErrorOf(bad(name));
    expect(error.message).toMatch(message);
  });

  it('a web page exported by a web system under a .docx name', async () => {
    const mht = new TextEncoder().encode('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart"\r\n');
    expect((await userErrorOf(mht)).message).toMatch(/网页（HTML）.*改为 \.html/);
  });

  it('an empty file', async () => {
    expect((await userErrorOf(new Uint8Array())).message).toMatch(/空的/);
  });
});

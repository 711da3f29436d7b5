// Writes plan documents in layouts the seeds do not use — other column orders, 牵头/配合 columns,
// two-row headers, section rows inside the table, HTML with rowspan/colspan, genuine .docx/.xlsx
// with merged cells, plans without a table — each with the labels a careful reader would give
// (`<name>.expected.json`, the shape of the gold files). Wording is copied from the seed plans.
// Run with `npx tsx scripts/make-variant-fixtures.ts`; the output is the same on every run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType, WidthType, PageBreak } from 'docx';
import { unzipSync, zipSync, strToU8 } from 'fflate';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'variants');
const FIXED_TIME = new Date('2024-01-01T00:00:00Z');

// ---------------------------------------------------------------- task data (from the seeds)

/** One task as a careful reader labels it, plus what the layouts need to place it. */
interface Task {
  /** Section heading row above it (「一、……」), kept with its enumerator as written. */
  sec?: string;
  cat: string[];
  req: string;
  /** One responsible-unit cell, or separate 牵头 / 配合 cells. */
  units?: string;
  lead?: string;
  member?: string;
  dl?: string;
  note?: string;
  no?: string;
}

const T = {
  consume: '聚焦县委、县政府重点工作任务，强化“惠享沂源消费年”系列活动的公开和解读。',
  consume2: '聚焦刚性和改善性住房、新能源汽车、智能家电、文旅休闲、康养托育等消费领域，加大促进消费扩容提质有关政策的公开和解读力度。',
  invest: '聚焦持续扩大有效投资，做好基础设施“七网”等重大项目建设信息公开。',
  green: '加强改善生态环境质量信息公开，及时发布解读推动绿色低碳高质量发展相关政策措施。',
  debt: '深入落实逾期未支付中小企业账款强制披露制度，严格按规定时限公开上年度逾期尚未支付中小企业款项的合同数量、金额等信息。',
  policyPack: '强化政策集成供给，加强“稳中向好、进中提质”系列政策包的权威发布和全面解读。',
  oneFirm: '优化企业用户空间，完善“一企一档”功能，推动政策“精准匹配、快速直达、一键兑现”。',
  jobs: '针对就业困难人员、高校毕业生、脱贫劳动力、失业人员、退役军人等重点群体，做好职业技能培训、城乡公益性岗位、就业创业补贴、灵活就业支持政策等信息公开。',
  school: '推进义务教育“双减”信息公开，加大适龄儿童入学政策的宣传和解读力度。',
  private: '加强民办教育学校和校外培训机构的监管，落实收费公示和公开承诺制度，推进办学资质等信息集中公开。',
  housing: '着力解决新市民、青年人等住房问题，及时公布城镇保障性安居工程年度建设计划，做好住房租赁补贴申领条件、程序、管理和审批等信息。',
  petition: '深入贯彻落实《信访工作条例》，通过网站公开网络信访渠道、通信地址、咨询投诉电话、信访接待的时间和地点、查询信访事项处理进展以及结果的方式等相关事项。',
  column: '持续规范政府信息公开专栏建设，确保法定主动公开内容全面、规范发布，杜绝超期补录、正文发布不规范等现象出现，政府信息发布参照政府文件发布格式持续规范。',
  catalog: '加强主动公开基本目录动态管理，根据重点任务及群众需求，实时调整更新。',
  fullText: '各级各部门新制定需主动公开的政府文件，要在“法定主动公开内容”中全量公开，要素齐全，发布规范。',
  interpret: '行政规范性文件以及行政机关制发的对公众权益产生影响的政策文件均要开展解读。',
  sync: '严格解读程序，认真落实政策解读“三同步”工作机制，将政策解读作为文件审签的重要一环，政策文件不解读不运转、解读材料不达标不运转。',
  forms: '创新解读形式，在文字、图片、视频解读基础上，积极采用互动直播、简明问答、现场宣讲等形式开展解读。',
  opinion: '协同宣传、网信等部门，加强政务舆情监测和研判，确保涉及本地、本部门的政务舆情热点第一时间发现、第一时间办理、第一时间回应。',
  decisionList: '按照“应入尽入”的原则，确定本级年度重大行政决策事项目录，年初主动向社会公开。',
  solicit: '重大行政决策事项向社会公开征求意见的，除通过县政府信息公开平台外，要综合选用政务新媒体、新闻发布会、政府信息查阅场所，以及报刊、广播、电视等便于社会公众知晓的途径开展。',
  feedback: '决策文件出台后，决策承办单位要向社会详细公开前期意见的收集、采纳情况以及较为集中意见不予采纳的原因，通过座谈会、听证会、实地走访、民意调查等其他公众参与方式征求意见的情况，也应一并向社会公开。',
  attend: '继续深化利益相关方、群众代表、专家、媒体等列席政府有关会议工作，各级政府年内邀请公众代表列席政府常务会不少于10次，列席代表的意见发表和采纳情况要向社会公开。',
  applyCheck: '持续深化完善依申请公开转主动公开常态化审查机制。',
  land: '深入破解难点问题，进一步缓解土地征收领域政府信息依申请公开压力，指导基层政府根据项目进度，及时细化公开已批准的土地征收项目信息。',
  publicFirms: '加强纵向指导和业务培训，教育、卫生健康、交通、住房城乡建设等公共企事业单位主管部门要组织专家深入研究，进一步完善本领域公共企事业单位公开目录，增强科学性和便利性。',
  offline: '着力加强线下公开场所、电话咨询等公开渠道建设，及时回应社会关切，满足服务对象以及社会公众的个性化信息需求。',
  zone: '进一步强化行政服务中心政务公开专区功能建设，提高在专区开展重要政策现场解读、综合政策辅导、办事流程演示等活动的频次，推进公开和基层办事服务的深度融合。',
  website: '完善政府网站办事服务、互动交流等功能，加强适老化与无障碍改造，提升网站搜索精准度。',
  domain: '进一步规范政府网站域名管理。',
  newMedia: '完善政务新媒体开设、变更、注销等全流程管理制度，推动政务新媒体健康有序发展。',
  review3: '严格落实政府信息公开“三审”制度，重要信息做到多人审看、专人把关，确保表述规范、内容准确。',
  lawEnforce: '严格落实行政执法公示制度',
  fees: '规范公开行政事业性收费和政府性基金目录',
  market: '加强市场监管制度规则和标准的更新发布和解读，及时公开建设高标准市场体系具体措施，提高监管透明度',
  health: '加大医疗卫生服务能力提升、乡村卫生服务体系建设和重大疾病和传染病防控、中医药传承创新发展等领域信息公开力度',
  relief: '动态调整并公开社会救助标准',
  garbage: '充分运用各类媒体平台，强化生活垃圾分类宣传，营造良好舆论氛围。',
};

const ALL = '各级各部门单位';
const SEC1 = '一、深化重点领域信息公开';
const SEC2 = '二、推进政策发布解读回应提质增效';
const SEC3 = '三、推进政务公开规范化建设';

// ---------------------------------------------------------------- grids

/** A grid cell; `continued` is the lower part of a vertical merge. */
interface Cell {
  text: string;
  span: number;
  continued: boolean;
}
const c = (text: string, span = 1, continued = false): Cell => ({ text, span, continued });

type Col = 'no' | 'cat0' | 'cat1' | 'req' | 'units' | 'lead' | 'member' | 'dl' | 'note';

const valueOf = (t: Task, col: Col): string =>
  ({ no: t.no ?? '', cat0: t.cat[0] ?? '', cat1: t.cat[1] ?? '', req: t.req, units: t.units ?? '', lead: t.lead ?? '', member: t.member ?? '', dl: t.dl ?? '', note: t.note ?? '' })[col];

/**
 * Body rows: a section row (one cell across the table) where the section changes; equal category
 * cells merge down within a section, equal unit and deadline cells within a category when `merge`.
 */
function bodyRows(tasks: Task[], cols: Col[], merge: boolean): Cell[][] {
  const rows: Cell[][] = [];
  tasks.forEach((t, i) => {
    const prev = i > 0 && tasks[i - 1].sec === t.sec ? tasks[i - 1] : undefined;
    if (t.sec && t.sec !== tasks[i - 1]?.sec) rows.push([c(t.sec, cols.length)]);
    rows.push(
      cols.map((col) => {
        const text = valueOf(t, col);
        const sameCat = (n: number) => !!prev && prev.cat.slice(0, n).join('/') === t.cat.slice(0, n).join('/');
        let merged = false;
        if (merge && col === 'cat0') merged = sameCat(1) && !!text;
        if (merge && col === 'cat1') merged = sameCat(2) && !!text;
        if (merge && ['units', 'lead', 'member', 'dl'].includes(col)) merged = sameCat(1) && !!text && valueOf(prev!, col) === text;
        return c(merged ? '' : text, 1, merged);
      }),
    );
  });
  return rows;
}

const starts = (row: Cell[]) => row.reduce<number[]>((acc, cell, i) => [...acc, i === 0 ? 0 : acc[i - 1] + row[i - 1].span], []);

/** How many rows below a cell continue it (its rowspan minus one). */
function rowsBelow(rows: Cell[][], r: number, column: number): number {
  let n = 0;
  while (rows[r + n + 1]?.some((cell, j) => cell.continued && starts(rows[r + n + 1])[j] === column)) n++;
  return n;
}

// ---------------------------------------------------------------- text renderers

/** A WPS/PDF copy: one row per line, cells separated by tabs, merged cells empty. */
const rowLines = (rows: Cell[][]) => rows.map((r) => r.map((cell) => cell.text).join('\t')).join('\n');

/** Word 「另存为纯文本」: each cell on a line after a tab, a blank line between rows. */
const cellLines = (rows: Cell[][]) => rows.map((r) => r.map((cell) => `\t${cell.text}`).join('\n')).join('\n\n');

/** A Markdown pipe table; line breaks inside cells become <br>. */
function pipeTable(header: string[], rows: Cell[][]): string {
  const width = header.length;
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const body = rows.map((r) => {
    const cells = r.map((cell) => cell.text.replace(/\n/g, '<br>'));
    while (cells.length < width) cells.push('');
    return line(cells);
  });
  return [line(header), line(header.map(() => '---')), ...body].join('\n');
}

/** A government website table: <td><p>…</p></td>, rowspan/colspan, &nbsp; and <br> inside cells. */
function htmlTable(rows: Cell[][], headerRows: number): string {
  const out = ['<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">', '<tbody>'];
  rows.forEach((row, r) => {
    const at = starts(row);
    const tds = row.flatMap((cell, i) => {
      if (cell.continued) return [];
      const rs = rowsBelow(rows, r, at[i]);
      const attrs = `${cell.span > 1 ? ` colspan="${cell.span}"` : ''}${rs ? ` rowspan="${rs + 1}"` : ''}`;
      const body = cell.text.split('\n').map((p) => `<p style="text-align:left"><span>${p.replace(/，/, '，&nbsp;')}</span></p>`).join('');
      const tag = r < headerRows ? 'td style="font-weight:bold"' : 'td valign="middle"';
      return [`<${tag}${attrs}>${cell.text ? body : '<p>&nbsp;</p>'}</td>`];
    });
    out.push(`<tr>${tds.join('')}</tr>`);
  });
  out.push('</tbody>', '</table>');
  return out.join('\n');
}

// ---------------------------------------------------------------- office renderers

function docxTable(rows: Cell[][], headerRows: number): Table {
  const width = Math.max(...rows.map((row) => row.reduce((n, cell) => n + cell.span, 0)));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: Array.from({ length: width }, () => Math.floor(9000 / width)),
    rows: rows.map((row, r) => {
      const nextContinued = new Set((rows[r + 1] ?? []).map((cell, i) => (cell.continued ? starts(rows[r + 1])[i] : -1)));
      return new TableRow({
        tableHeader: r < headerRows,
        children: row.map((cell, i) => {
          const restart = !cell.continued && nextContinued.has(starts(row)[i]);
          return new TableCell({
            columnSpan: cell.span > 1 ? cell.span : undefined,
            verticalMerge: cell.continued ? VerticalMergeType.CONTINUE : restart ? VerticalMergeType.RESTART : undefined,
            children: cell.text === AUTO_NUMBER
              ? [new Paragraph({ numbering: { reference: 'task-no', level: 0 } })]
              : cell.text.split('\n').map((line) => new Paragraph(line)),
          });
        }),
      });
    }),
  });
}

/** A 序号 cell numbered by Word itself (a list paragraph), not typed. */
const AUTO_NUMBER = '\u0000auto';

/** Re-packs a zip with fixed timestamps and creation dates, so regenerating changes no bytes. */
function normalizeZip(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes);
  const out: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [name, data] of Object.entries(entries)) {
    let body = data;
    if (name === 'docProps/core.xml') {
      const xml = new TextDecoder().decode(data).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, '$12024-01-01T00:00:00Z');
      body = strToU8(xml);
    }
    out[name] = [body, { mtime: FIXED_TIME }];
  }
  return zipSync(out, { level: 6 });
}

type DocxPart = string | { pageBreak: true } | { rows: Cell[][]; headerRows: number };

async function renderDocx(parts: DocxPart[]): Promise<Uint8Array> {
  const children = parts.map((p) =>
    typeof p === 'string' ? new Paragraph(p) : 'pageBreak' in p ? new Paragraph({ children: [new PageBreak()] }) : docxTable(p.rows, p.headerRows),
  );
  const numbering = { config: [{ reference: 'task-no', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1', alignment: AlignmentType.CENTER }] }] };
  const document = new Document({ creator: 'duban-bot fixtures', numbering, sections: [{ children }] });
  return normalizeZip(new Uint8Array(await Packer.toBuffer(document)));
}

/** A sheet: rows of cells written from `firstRow`, every merge (span or continued) a merged range. */
async function renderXlsx(sheet: { name: string; lines: Array<{ row: number; text: string; span: number }>; rows: Cell[][]; firstRow: number }): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'duban-bot fixtures';
  workbook.created = workbook.modified = FIXED_TIME;
  const ws = workbook.addWorksheet(sheet.name);
  for (const line of sheet.lines) {
    ws.getCell(line.row, 1).value = line.text;
    if (line.span > 1) ws.mergeCells(line.row, 1, line.row, line.span);
  }
  sheet.rows.forEach((row, r) => {
    const at = starts(row);
    row.forEach((cell, i) => {
      if (cell.continued) return;
      const excelRow = r + sheet.firstRow;
      const col = at[i] + 1;
      ws.getCell(excelRow, col).value = cell.text;
      const below = rowsBelow(sheet.rows, r, at[i]);
      if (below > 0 || cell.span > 1) ws.mergeCells(excelRow, col, excelRow + below, col + cell.span - 1);
    });
  });
  ws.columns.forEach((column) => {
    column.width = 18;
    column.alignment = { wrapText: true, vertical: 'middle' };
  });
  return normalizeZip(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

// ---------------------------------------------------------------- expected labels

interface Expected {
  no: string | null;
  category: string[];
  requirement: string;
  unitsText: string;
  deadlineText: string | null;
}

const bare = (heading: string) => heading.replace(/^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/, '');

function unitsTextOf(t: Task): string {
  if (t.units !== undefined) return t.units;
  return [t.lead ? `牵头单位：${t.lead}` : '', t.member ? `配合单位：${t.member}` : ''].filter(Boolean).join('；');
}

function expectedOf(tasks: Task[], opts: { hasNo: boolean; hasDeadline: boolean }): Expected[] {
  return tasks.map((t) => ({
    no: opts.hasNo ? (t.no ?? null) : null,
    category: [...(t.sec ? [bare(t.sec)] : []), ...t.cat],
    requirement: t.req,
    unitsText: unitsTextOf(t),
    deadlineText: opts.hasDeadline ? (t.dl ?? '') : null,
  }));
}

// ---------------------------------------------------------------- the variants

interface Variant {
  file: string;
  note: string;
  tasks: Task[];
  hasNo: boolean;
  hasDeadline: boolean;
  render: () => Promise<Uint8Array> | Uint8Array | string;
}

const numbered = (tasks: Task[]) => tasks.map((t, i) => ({ ...t, no: String(i + 1) }));
/** Numbers restart at 1 under each section heading. */
const numberedInSections = (tasks: Task[]) => {
  let n = 0;
  return tasks.map((t, i) => ({ ...t, no: String(i > 0 && tasks[i - 1].sec === t.sec ? ++n : (n = 1)) }));
};

const FOOTER = ['', '抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。', '××县人民政府办公室                2023年8月9日印发'];

// 01: a WPS copy, one row per line; 责任单位 and 完成时限 come before 具体要求; the 工作任务 cell is
// merged (empty below its first row). Preceded by 附件 + title, followed by 抄送.
const v01 = numbered([
  { cat: ['围绕促进经济发展量质齐升强化公开'], req: T.consume, units: '县商务局、县文化和旅游局', dl: '信息形成或变更之日起20个工作日内公开' },
  { cat: ['围绕促进经济发展量质齐升强化公开'], req: T.invest, units: '县发展改革局、县住房城乡建设局、县交通运输局、县水利局', dl: '信息形成或变更之日起20个工作日内公开' },
  { cat: ['围绕促进经济发展量质齐升强化公开'], req: T.green, units: '市生态环境局沂源分局、县发改局', dl: '2023年年底前完成' },
  { cat: ['围绕激发市场主体活力强化公开'], req: T.debt, units: '县政府有关部门单位', dl: '及时公开' },
  { cat: ['围绕激发市场主体活力强化公开'], req: T.policyPack, units: '县发展改革局', dl: '长期坚持' },
  { cat: ['围绕激发市场主体活力强化公开'], req: T.oneFirm, units: '县大数据中心', dl: '2023年年底前完成' },
  { cat: ['围绕解决群众急难愁盼问题强化公开'], req: T.school, units: '县教体局', dl: '2023年9月底前' },
  { cat: ['围绕解决群众急难愁盼问题强化公开'], req: T.housing, units: '县住建局', dl: '信息形成或变更之日起20个工作日内公开' },
]);

function v01Text(): string {
  const cols: Col[] = ['no', 'cat0', 'units', 'dl', 'req'];
  const rows = bodyRows(v01, cols, true).map((r) => r.map((cell) => (cell.continued ? c('') : cell)));
  return [
    '附件1', '', '2023年××县政务公开重点工作任务分解表', '',
    rowLines([['序号', '工作任务', '责任单位', '完成时限', '具体要求'].map((h) => c(h)), ...rows]),
    ...FOOTER,
  ].join('\n');
}

// 02: Word saved as text, one cell per line: separate 牵头单位 / 配合单位 columns, a 时间节点 column
// and a 备注 column (partly empty), headers 重点任务 / 工作措施.
const v02 = numbered([
  { cat: ['深入落实重大行政决策事项目录管理制度'], req: T.decisionList, lead: '县司法局', member: '县政府办公室', dl: '2023年3月底前', note: '' },
  { cat: ['深入推动重大行政决策全过程公众参与'], req: T.solicit, lead: '县发展改革局', member: '县教育和体育局、县自然资源局', dl: '长期坚持', note: '' },
  { cat: ['深入推动重大行政决策全过程公众参与'], req: T.feedback, lead: '县发展改革局', member: '县教育和体育局、县自然资源局', dl: '决策文件出台后的10个工作日内', note: '按决策事项逐项公开' },
  { cat: ['深入推动重大行政决策全过程公众参与'], req: T.attend, lead: '县政府办公室', member: '县司法局', dl: '2023年年底前完成', note: '' },
  { cat: ['依法依规做好政府信息依申请公开答复工作'], req: T.applyCheck, lead: '县政府办公室', member: ALL, dl: '长期坚持', note: '' },
  { cat: ['依法依规做好政府信息依申请公开答复工作'], req: T.land, lead: '县自然资源局', member: '各镇人民政府、街道办事处', dl: '长期坚持', note: '重点任务' },
]);

function v02Text(): string {
  const cols: Col[] = ['no', 'cat0', 'req', 'lead', 'member', 'dl', 'note'];
  const rows = bodyRows(v02, cols, false);
  const header = ['序号', '重点任务', '工作措施', '牵头单位', '配合单位', '时间节点', '备注'].map((h) => c(h));
  return ['附件', '', '2023年××区政务公开工作任务分解表', '', cellLines([header, ...rows]), ...FOOTER].join('\n');
}

// 03: Markdown pipe table with section rows 「一、……」 in the first cell; 序号 restarts in each section;
// no category column; a cell with <br>; headers 工作内容 / 完成时间.
const v03 = numberedInSections([
  { sec: SEC1, cat: [], req: T.jobs, units: '县人力资源社会保障局、县退役军人事务局', dl: '信息形成或变更之日起20个工作日内公开' },
  { sec: SEC1, cat: [], req: T.school, units: '县教育和体育局', dl: '2023年9月底前' },
  { sec: SEC1, cat: [], req: T.petition, units: ALL, dl: '长期坚持' },
  { sec: SEC2, cat: [], req: T.interpret, units: ALL, dl: '长期坚持' },
  { sec: SEC2, cat: [], req: T.sync, units: ALL, dl: '长期坚持' },
  { sec: SEC2, cat: [], req: T.opinion, units: '县委宣传部、县委网信办', dl: '长期坚持' },
  { sec: SEC3, cat: [], req: T.zone, units: '县政府办公室、县行政审批服务局', dl: '2023年年底前完成' },
]);

function v03Text(): string {
  const rows = bodyRows(v03, ['no', 'req', 'units', 'dl'], false).map((r) =>
    r.length === 1 ? [c(r[0].text)] : r.map((cell, i) => (i === 1 && cell.text === T.sync ? c(cell.text.replace('，将政策解读', '，<br>将政策解读')) : cell)),
  );
  return ['# 附件', '', '## 2023年××县政务公开工作要点任务分解表', '', pipeTable(['序号', '工作内容', '责任单位', '完成时间'], rows), ''].join('\n');
}

// 04: a government website page: a two-row header (责任单位 over 牵头单位 / 配合单位), section rows
// across the table (colspan), 主要任务 merged down (rowspan), <p> in every cell, &nbsp; and <br>.
const v04 = numberedInSections([
  { sec: SEC1, cat: ['围绕解决群众急难愁盼问题强化公开'], req: T.jobs, lead: '县人力资源社会保障局', member: '县退役军人事务局', dl: '信息形成或变更之日起20个工作日内公开' },
  { sec: SEC1, cat: ['围绕解决群众急难愁盼问题强化公开'], req: T.private, lead: '县教育和体育局', member: '县市场监管局', dl: '2023年年底前完成' },
  { sec: SEC1, cat: ['围绕解决群众急难愁盼问题强化公开'], req: T.housing, lead: '县住房城乡建设局', member: '县财政局', dl: '信息形成或变更之日起20个工作日内公开' },
  { sec: SEC2, cat: ['持续深化政策集中统一公开'], req: T.column, lead: '县政府办公室', member: ALL, dl: '2023年10月底前' },
  { sec: SEC2, cat: ['持续深化政策集中统一公开'], req: T.catalog, lead: '县政府办公室', member: ALL, dl: '长期坚持' },
  { sec: SEC2, cat: ['持续深化政策高质量解读'], req: T.forms, lead: '县政府办公室', member: ALL, dl: '长期坚持' },
]);

function v04Html(): string {
  const cols: Col[] = ['no', 'cat0', 'req', 'lead', 'member', 'dl'];
  const header: Cell[][] = [
    [c('序号'), c('主要任务'), c('具体措施'), c('责任单位', 2), c('完成时限')],
    [c('', 1, true), c('', 1, true), c('', 1, true), c('牵头单位'), c('配合单位'), c('', 1, true)],
  ];
  const rows = bodyRows(v04, cols, true);
  const table = htmlTable([...header, ...rows], 2).replace('，将', '，<br>将');
  return [
    '<!DOCTYPE html>', '<html><head><meta charset="utf-8"><title>关于印发2023年××县政务公开工作要点的通知</title></head><body>',
    '<div class="article">', '<p style="text-align:center"><b>关于印发2023年××县政务公开工作要点的通知</b></p>',
    '<p>各镇人民政府，各街道办事处，县政府各部门：</p>', '<p>&nbsp;&nbsp;现将《2023年××县政务公开工作要点》印发给你们，请认真贯彻落实。</p>',
    '<p>附件</p>', '<p style="text-align:center">2023年××县政务公开工作要点任务分解表</p>',
    table,
    '<p>抄送：县委各部门，县人大常委会办公室，县政协办公室。</p>', '</div></body></html>', '',
  ].join('\n');
}

// 05: genuine .docx: a title row inside the table (one cell across), the header marked to repeat,
// 任务类别 / 责任单位 / 完成时限 merged down (vMerge); after a page break the table goes on as a second
// table with its header repeated and the merged category restated.
const v05 = numbered([
  { cat: ['推进政策发布解读回应提质增效'], req: T.column, units: ALL, dl: '2023年10月底前对今年以来所发布政府信息全面规范' },
  { cat: ['推进政策发布解读回应提质增效'], req: T.catalog, units: ALL, dl: '本方案发布之日起20个工作日内' },
  { cat: ['推进政策发布解读回应提质增效'], req: T.fullText, units: ALL, dl: '长期坚持' },
  { cat: ['推进政策发布解读回应提质增效'], req: T.interpret, units: ALL, dl: '长期坚持' },
  { cat: ['推进政策发布解读回应提质增效'], req: T.opinion, units: '舆情涉及部门单位', dl: '长期坚持' },
  { cat: ['推进政务公开规范化建设'], req: T.publicFirms, units: '县教育和体育局、县卫健局、县住房城乡建设局、县交通运输局、县供电公司、县自来水公司', dl: '2023年年底前完成' },
  { cat: ['推进政务公开规范化建设'], req: T.offline, units: '县教育和体育局、县卫健局、县住房城乡建设局、县交通运输局、县供电公司、县自来水公司', dl: '长期坚持' },
  { cat: ['推进政务公开规范化建设'], req: T.zone, units: '县政府办公室、县行政审批服务局', dl: '2023年年底前完成' },
  { cat: ['大力提升信息发布平台建管水平'], req: T.website, units: '县政府办公室', dl: '长期坚持' },
  { cat: ['大力提升信息发布平台建管水平'], req: T.domain, units: '县政府办公室', dl: '长期坚持' },
]);

function v05Docx(): Promise<Uint8Array> {
  const cols: Col[] = ['no', 'cat0', 'req', 'units', 'dl'];
  const header = ['序号', '任务类别', '重点任务', '责任单位', '完成时限'].map((h) => c(h));
  const title = [c('2023年××县政务公开重点工作任务分解表', cols.length)];
  return renderDocx([
    '附件1',
    { rows: [title, header, ...bodyRows(v05.slice(0, 6), cols, true)], headerRows: 2 },
    { pageBreak: true },
    { rows: [header, ...bodyRows(v05.slice(6), cols, true)], headerRows: 1 },
    '',
    '抄送：县委各部门，县人大常委会办公室，县政协办公室。',
  ]);
}

// 06: genuine .docx with a two-row header: 责任单位 spans 牵头单位 / 配合单位 (gridSpan), the other
// header cells merged down (vMerge); section rows across the table; some rows have no 配合单位 —
// an empty cell that is not merged, which means none.
const v06 = numberedInSections([
  { sec: SEC1, cat: ['以公开助推监管效能提升'], req: T.lawEnforce, lead: '县司法局', member: '各行政执法主体', dl: '长期坚持' },
  { sec: SEC1, cat: ['以公开助推监管效能提升'], req: T.fees, lead: '县财政局', dl: '2024年6月底前' },
  { sec: SEC1, cat: ['以公开助推监管效能提升'], req: T.market, lead: '县市场监管局', dl: '长期坚持' },
  { sec: SEC2, cat: ['以公开助推人民群众生活品质提高'], req: T.health, lead: '县卫生健康局', member: '县医疗保障局', dl: '长期坚持' },
  { sec: SEC2, cat: ['以公开助推人民群众生活品质提高'], req: T.relief, lead: '县民政局', dl: '2024年年底前' },
  { sec: SEC2, cat: ['以公开助推社会治理精细化'], req: T.garbage, lead: '县综合行政执法局', member: '各镇人民政府、各街道办事处', dl: '长期坚持' },
]);

function v06Docx(): Promise<Uint8Array> {
  const cols: Col[] = ['no', 'cat0', 'req', 'lead', 'member', 'dl'];
  const header: Cell[][] = [
    [c('序号'), c('工作任务'), c('工作要求'), c('责任单位', 2), c('完成时限')],
    [c('', 1, true), c('', 1, true), c('', 1, true), c('牵头单位'), c('配合单位'), c('', 1, true)],
  ];
  return renderDocx(['附件2', '2024年××区政务公开重点工作任务清单', { rows: [...header, ...bodyRows(v06, cols, true)], headerRows: 2 }]);
}

// 07: genuine .xlsx: the title merged across the top row, the header in row 2, 类别 / 责任单位 /
// 时限要求 merged down; 时限要求 comes before 责任单位.
const v07 = numbered([
  { cat: ['持续深化政策高质量解读'], req: T.interpret, units: ALL, dl: '长期坚持' },
  { cat: ['持续深化政策高质量解读'], req: T.sync, units: ALL, dl: '长期坚持' },
  { cat: ['持续深化政策高质量解读'], req: T.forms, units: ALL, dl: '长期坚持' },
  { cat: ['深化公共企事业单位信息公开'], req: T.publicFirms, units: '县教体局、县卫健局、县住建局、县交通运输局', dl: '2023年年底前完成' },
  { cat: ['深化公共企事业单位信息公开'], req: T.offline, units: '县教体局、县卫健局、县住建局、县交通运输局', dl: '2023年年底前完成' },
  { cat: ['提升信息发布平台建管水平'], req: T.newMedia, units: '县政府办公室', dl: '2023年6月30日前' },
  { cat: ['提升信息发布平台建管水平'], req: T.review3, units: ALL, dl: '长期坚持' },
]);

function v07Xlsx(): Promise<Uint8Array> {
  const cols: Col[] = ['no', 'cat0', 'req', 'dl', 'units'];
  const header = ['序号', '类别', '工作任务', '时限要求', '责任单位'].map((h) => c(h));
  return renderXlsx({ name: '任务分解表', lines: [{ row: 1, text: '2023年××县政务公开工作任务分解表', span: cols.length }], rows: [header, ...bodyRows(v07, cols, true)], firstRow: 2 });
}

// 08: genuine .xlsx with a two-row header in rows 3–4: 工作任务 over 一级任务 / 二级任务, 责任单位 over
// 牵头单位 / 配合单位, the other header cells merged down; a 备注 column; 附件 in row 1, title in row 2.
const v08 = numbered([
  { cat: ['推进绿色低碳高质量发展信息公开', '围绕促进经济发展量质齐升强化公开'], req: T.consume, lead: '县商务局', member: '县文化和旅游局', dl: '长期坚持', note: '' },
  { cat: ['推进绿色低碳高质量发展信息公开', '围绕促进经济发展量质齐升强化公开'], req: T.consume2, lead: '县商务局', member: '县住房城乡建设局、县文化和旅游局、县卫生健康局', dl: '长期坚持', note: '' },
  { cat: ['推进绿色低碳高质量发展信息公开', '围绕激发市场主体活力强化公开'], req: T.debt, lead: '县工业和信息化局', member: '县政府有关部门单位', dl: '2024年1月31日前', note: '每年公开上年度情况' },
  { cat: ['推进更高水平决策公开', '深入落实重大行政决策事项目录管理制度'], req: T.decisionList, lead: '县司法局', member: '县政府办公室', dl: '2024年3月底前', note: '' },
  { cat: ['推进更高水平决策公开', '深入推动重大行政决策全过程公众参与'], req: T.solicit, lead: '县司法局', member: '县政府重大行政决策承办单位', dl: '长期坚持', note: '' },
  { cat: ['推进更高水平决策公开', '深入推动重大行政决策全过程公众参与'], req: T.attend, lead: '县政府办公室', member: '县政府重大行政决策承办单位', dl: '2024年年底前完成', note: '' },
]);

function v08Xlsx(): Promise<Uint8Array> {
  const cols: Col[] = ['no', 'cat0', 'cat1', 'req', 'lead', 'member', 'dl', 'note'];
  const header: Cell[][] = [
    [c('序号'), c('工作任务', 2), c('任务内容'), c('责任单位', 2), c('完成时限'), c('备注')],
    [c('', 1, true), c('一级任务'), c('二级任务'), c('', 1, true), c('牵头单位'), c('配合单位'), c('', 1, true), c('', 1, true)],
  ];
  return renderXlsx({
    name: 'Sheet1',
    lines: [{ row: 1, text: '附件1', span: 1 }, { row: 2, text: '2024年××县政务公开工作要点任务分解表', span: cols.length }],
    rows: [...header, ...bodyRows(v08, cols, true)],
    firstRow: 3,
  });
}

// 09: a plan without a table: 「一、」 sections, 「（一）」 sub-sections, 「1.」 items naming their units.
const v09Items: Array<{ sec: string; sub: string; items: Array<[string, string]> }> = [
  {
    sec: '二、主要任务', sub: '（一）聚焦中心工作和重点领域，拓展公开广度和深度',
    items: [
      ['聚焦中心工作加强信息公开。各镇办、各部门要主动公开2020年政府工作报告重点任务进展执行情况。', '各镇办、各部门'],
      ['聚焦优化营商环境加强信息公开。区行政审批服务局要做好深化“一窗受理·一次办好”改革、优化涉企政务服务等方面信息公开。', '区行政审批服务局'],
      ['聚焦疫情防控加强信息公开。区卫生健康局要统筹抓好疫情防控和复工复产复学信息公开，加强各类应急预案公开和公共卫生知识普及。', '区卫生健康局'],
    ],
  },
  {
    sec: '二、主要任务', sub: '（二）推进行政决策、执行、管理、服务和结果全过程公开',
    items: [
      ['推进决策公开。区司法局要制定发布重大行政决策事项目录、标准，做好重大决策预公开工作。', '区司法局'],
      ['推进执行和结果公开。区政府办公室、区审计局要定期公开政府工作报告重点任务、民生实事项目、重大工程项目的执行情况。', '区政府办公室、区审计局'],
    ],
  },
];

function v09Text(): string {
  const lines = ['××区2020年政务公开工作要点', '', '一、总体要求', '', '认真落实省、市关于全面推进政务公开工作的决策部署，着力规范政府信息全链条管理。', ''];
  let n = 0;
  for (const block of v09Items) {
    if (!lines.includes(block.sec)) lines.push(block.sec, '');
    lines.push(block.sub, '');
    for (const [text] of block.items) lines.push(`${++n}. ${text}`, '');
  }
  lines.push(...FOOTER);
  return lines.join('\n');
}

const v09Expected: Expected[] = (() => {
  let n = 0;
  return v09Items.flatMap((b) =>
    b.items.map(([text, units]) => ({ no: String(++n), category: [bare(b.sec), bare(b.sub)], requirement: text, unitsText: units, deadlineText: null })),
  );
})();

// 10: a plan without a table whose tasks are 「一是……二是……」 clauses inside a numbered paragraph.
const v10Items: Array<{ head: string; clauses: Array<[string, string]> }> = [
  {
    head: '（一）深化政策解读。',
    clauses: [
      ['县司法局要严格落实行政规范性文件解读要求，政策文件与解读材料同步组织、同步审签、同步部署。', '县司法局'],
      ['各镇、街道要创新解读形式，积极采用图表图解、音频视频、动漫等形式开展解读。', '各镇、街道'],
    ],
  },
  {
    head: '（二）加强平台建设。',
    clauses: [
      ['县政府办公室要完善政府网站办事服务、互动交流等功能，加强适老化与无障碍改造。', '县政府办公室'],
      ['县大数据中心要优化企业用户空间，完善“一企一档”功能。', '县大数据中心'],
      ['各部门要加强政务新媒体矩阵建设，打造一批具有影响力的政务新媒体。', '各部门'],
    ],
  },
];
const ORDINAL = ['一是', '二是', '三是', '四是'];

function v10Text(): string {
  const lines = ['××县2022年政务公开工作要点', '', '一、重点任务', ''];
  for (const item of v10Items) lines.push(`${item.head}${item.clauses.map(([t], i) => `${ORDINAL[i]}${t}`).join('')}`, '');
  lines.push(...FOOTER);
  return lines.join('\n');
}

const v10Expected: Expected[] = v10Items.flatMap((item) =>
  item.clauses.map(([text, units]) => ({ no: null, category: ['重点任务', bare(item.head).replace(/。$/, '')], requirement: text, unitsText: units, deadlineText: null })),
);

// 11: Word saved as text with a section row (one cell) above each block, 序号 「（一）」 style numbers,
// and a 责任科室 column (a department's own annex) with 时限 before it.
const v11 = [
  { sec: '一、政务公开平台建设', cat: [], req: T.website, units: '信息科', dl: '2023年6月底前', no: '（一）' },
  { sec: '一、政务公开平台建设', cat: [], req: T.domain, units: '信息科', dl: '长期坚持', no: '（二）' },
  { sec: '二、政策解读', cat: [], req: T.interpret, units: '政策法规科、各业务科室', dl: '长期坚持', no: '（一）' },
  { sec: '二、政策解读', cat: [], req: T.forms, units: '办公室', dl: '长期坚持', no: '（二）' },
] satisfies Task[];

function v11Text(): string {
  const rows = bodyRows(v11, ['no', 'req', 'dl', 'units'], false);
  const header = ['序号', '任务内容', '时间节点', '责任科室'].map((h) => c(h));
  return ['××县卫生健康局2023年政务公开工作任务清单', '', cellLines([header, ...rows]), ''].join('\n');
}

// 12: Word saved as text, 牵头单位 / 配合单位 columns where a row has a lead unit but no 配合单位:
// the empty 配合 cell beside a filled 牵头 cell means none, not "same as above".
const v12 = numbered([
  { cat: ['持续深化政策集中统一公开'], req: T.column, lead: '县政府办公室', member: ALL, dl: '2023年10月底前' },
  { cat: ['持续深化政策集中统一公开'], req: T.catalog, lead: '县政府办公室', dl: '长期坚持' },
  { cat: ['持续深化政策高质量解读'], req: T.interpret, lead: '县司法局', member: ALL, dl: '长期坚持' },
  { cat: ['持续深化政策高质量解读'], req: T.forms, lead: '县融媒体中心', dl: '长期坚持' },
  { cat: ['持续深化舆情回应'], req: T.opinion, lead: '县委网信办', member: '县政府办公室', dl: '长期坚持' },
]);

function v12Text(): string {
  const rows = bodyRows(v12, ['no', 'cat0', 'req', 'lead', 'member', 'dl'], false);
  const header = ['序号', '重点任务', '工作措施', '牵头单位', '配合单位', '完成时限'].map((h) => c(h));
  return ['附件', '××县2023年政务公开重点任务分工方案', '', cellLines([header, ...rows]), ...FOOTER].join('\n');
}

// 13: Markdown pipe table whose one unit cell names the roles inline (「X牵头，Y配合」, 「牵头单位：X；
// 配合单位：Y」, 「X（牵头）、Y」); headers 工作事项 / 工作标准 / 责任主体 / 完成期限.
const v13 = numbered([
  { cat: ['以公开助推监管效能提升'], req: T.lawEnforce, units: '县司法局牵头，各行政执法主体配合', dl: '长期坚持' },
  { cat: ['以公开助推监管效能提升'], req: T.fees, units: '牵头单位：县财政局；配合单位：县发展改革局', dl: '2024年6月底前' },
  { cat: ['以公开助推监管效能提升'], req: T.market, units: '县市场监管局（牵头）、县商务局', dl: '长期坚持' },
  { cat: ['以公开助推人民群众生活品质提高'], req: T.health, units: '县卫生健康局', dl: '长期坚持' },
  { cat: ['以公开助推人民群众生活品质提高'], req: T.relief, units: '县民政局牵头，各镇人民政府、街道办事处配合', dl: '2024年年底前' },
]);

function v13Text(): string {
  const rows = bodyRows(v13, ['no', 'cat0', 'req', 'units', 'dl'], false);
  return ['**附件**', '', '**2024年××县政务公开工作要点责任分工**', '', pipeTable(['序号', '工作事项', '工作标准', '责任主体', '完成期限'], rows), ''].join('\n');
}

// 14: a plan without a table whose numbered items end with their units in brackets
// (「（责任单位：县司法局）」「（牵头单位：……；配合单位：……）」), the usual 工作要点 wording.
const v14Items: Array<{ sub: string; items: Array<[string, string]> }> = [
  {
    sub: '（一）持续深化政策集中统一公开',
    items: [
      ['加强主动公开基本目录动态管理，根据重点任务及群众需求，实时调整更新。', '牵头单位：县政府办公室；配合单位：县政府各部门'],
      ['进一步规范政府网站域名管理。', '责任单位：县政府办公室'],
    ],
  },
  {
    sub: '（二）深入推进决策公开',
    items: [
      ['按照“应入尽入”的原则，确定本级年度重大行政决策事项目录，年初主动向社会公开。', '责任单位：县司法局'],
      ['严格落实行政执法公示制度。', '牵头单位：县司法局；配合单位：各行政执法部门'],
    ],
  },
];

function v14Text(): string {
  const lines = ['××县2024年政务公开工作要点', '', '一、总体要求', '', '以习近平新时代中国特色社会主义思想为指导，全面推进政务公开标准化规范化。', '', '二、重点任务', ''];
  let n = 0;
  for (const block of v14Items) {
    lines.push(block.sub, '');
    for (const [text, units] of block.items) lines.push(`${++n}.${text}（${units}）`, '');
  }
  lines.push(...FOOTER);
  return lines.join('\n');
}

const v14Expected: Expected[] = (() => {
  let n = 0;
  return v14Items.flatMap((b) => b.items.map(([text, units]) => ({ no: String(++n), category: ['重点任务', bare(b.sub)], requirement: text, unitsText: units, deadlineText: null })));
})();

// 15/16: category rows numbered in the 序号 column (「一」 then the category in the 工作任务 column, the
// other cells empty), task rows numbered 1, 2, 3 … on through the table. As a WPS copy and as .docx.
const v15 = [
  { sec: '一、深化重点领域信息公开', cat: [], req: T.jobs, units: '县人力资源社会保障局', dl: '长期坚持', no: '1' },
  { sec: '一、深化重点领域信息公开', cat: [], req: T.school, units: '县教育和体育局', dl: '2023年9月底前', no: '2' },
  { sec: '一、深化重点领域信息公开', cat: [], req: T.housing, units: '县住房城乡建设局', dl: '长期坚持', no: '3' },
  { sec: '二、推进政务公开规范化建设', cat: [], req: T.applyCheck, units: ALL, dl: '长期坚持', no: '4' },
  { sec: '二、推进政务公开规范化建设', cat: [], req: T.land, units: '县自然资源局', dl: '2023年年底前完成', no: '5' },
  { sec: '三、提升信息发布平台建管水平', cat: [], req: T.website, units: '县政府办公室', dl: '长期坚持', no: '6' },
] satisfies Task[];

/** Rows with the category number in the 序号 cell and the category text in the next cell. */
function numberedCategoryRows(width: number): Cell[][] {
  return bodyRows(v15, ['no', 'req', 'units', 'dl'], false).map((r) => {
    if (r.length > 1) return r;
    const [number, text] = r[0].text.split('、');
    return [c(number), c(text), ...Array.from({ length: width - 2 }, () => c(''))];
  });
}

function v15Text(): string {
  const header = ['序号', '主要任务', '责任单位', '完成时限'].map((h) => c(h));
  return ['附件1', '××县2023年政务公开工作任务台账', '', rowLines([header, ...numberedCategoryRows(4)]), ...FOOTER].join('\n');
}

function v16Docx(): Promise<Uint8Array> {
  const header = ['序号', '主要任务', '责任单位', '完成时限'].map((h) => c(h));
  return renderDocx(['附件1', '××县2023年政务公开工作任务台账', { rows: [header, ...numberedCategoryRows(4)], headerRows: 1 }]);
}

// 17: genuine .xlsx: an instructions sheet first; on the table sheet the title merged in row 1,
// 「填报单位：（盖章）」 in row 2, the header in row 3 with a 责任领导 column (a person, not a unit)
// and an empty 完成情况 column to be filled in; categories merged down.
const v17 = numbered([
  { cat: ['推进更高水平决策公开'], req: T.decisionList, units: '县司法局', dl: '2024年3月底前', note: '李××' },
  { cat: ['推进更高水平决策公开'], req: T.solicit, units: '县发展改革局、县教育和体育局、县自然资源局', dl: '长期坚持', note: '王××' },
  { cat: ['推进更高水平决策公开'], req: T.feedback, units: '县发展改革局、县教育和体育局、县自然资源局', dl: '决策文件出台后的10个工作日内', note: '王××' },
  { cat: ['推进政务公开规范化建设'], req: T.zone, units: '县政府办公室、县行政审批服务局', dl: '2024年年底前完成', note: '张××' },
  { cat: ['推进政务公开规范化建设'], req: T.publicFirms, units: '县教育和体育局、县卫生健康局', dl: '2024年年底前完成', note: '张××' },
]);

async function v17Xlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'duban-bot fixtures';
  workbook.created = workbook.modified = FIXED_TIME;
  const help = workbook.addWorksheet('填报说明');
  help.getCell(1, 1).value = '填报说明：请各单位对照任务逐项填写完成情况，于每季度末前报县政府办公室。';
  const ws = workbook.addWorksheet('任务清单');
  const header = ['序号', '任务类别', '工作措施', '责任领导', '责任单位', '完成时限', '完成情况'];
  ws.getCell(1, 1).value = '2024年××县政务公开重点工作任务清单';
  ws.mergeCells(1, 1, 1, header.length);
  ws.getCell(2, 1).value = '填报单位：（盖章）';
  header.forEach((h, i) => (ws.getCell(3, i + 1).value = h));
  v17.forEach((t, r) => {
    const row = r + 4;
    [t.no, t.cat[0], t.req, t.note, t.units, t.dl, ''].forEach((v, i) => (ws.getCell(row, i + 1).value = v ?? ''));
  });
  ws.mergeCells(4, 2, 6, 2);
  ws.mergeCells(7, 2, 8, 2);
  ws.columns.forEach((column) => (column.width = 18));
  return normalizeZip(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

// 18: a web page whose header cells wrap (「责任<br>单位」「完成<br>时限」, 「序&nbsp;&nbsp;号」) with two
// category columns under one 「工作任务」 header cell (colspan=2); a category with one level spans both.
const v18 = numbered([
  { cat: ['推进绿色低碳高质量发展信息公开', '围绕促进经济发展量质齐升强化公开'], req: T.consume, units: '县商务局、县文化和旅游局', dl: '长期坚持' },
  { cat: ['推进绿色低碳高质量发展信息公开', '围绕促进经济发展量质齐升强化公开'], req: T.invest, units: '县发展改革局', dl: '长期坚持' },
  { cat: ['推进绿色低碳高质量发展信息公开', '围绕激发市场主体活力强化公开'], req: T.oneFirm, units: '县大数据中心', dl: '2023年年底前完成' },
  { cat: ['依申请公开'], req: T.applyCheck, units: ALL, dl: '长期坚持' },
  { cat: ['依申请公开'], req: T.land, units: '县自然资源局', dl: '长期坚持' },
]);

function v18Html(): string {
  const body: Cell[][] = bodyRows(v18, ['no', 'cat0', 'cat1', 'req', 'units', 'dl'], true).map((r, i) =>
    v18[i].cat.length === 1 ? [r[0], c(r[1].text, 2, r[1].continued), ...r.slice(3)] : r,
  );
  const header = [c('序  号'), c('工作任务', 2), c('具体\n要求'), c('责任\n单位'), c('完成\n时限')];
  const table = htmlTable([header, ...body], 1).replace('序  号', '序&nbsp;&nbsp;号');
  return ['<html><head><meta charset="utf-8"></head><body>', '<p>附件</p>', '<h2>2023年××县政务公开重点任务分解表</h2>', table, '</body></html>', ''].join('\n');
}

// 19: Word saved as text with a two-row header: 「责任单位」 (one cell, spanning two columns) above
// 「牵头部门」 / 「协同部门」; the header cells merged down come out empty in the second row.
const v19 = numbered([
  { cat: ['深化公共企事业单位信息公开'], req: T.publicFirms, lead: '县教育和体育局', member: '县卫生健康局、县住房城乡建设局、县交通运输局', dl: '2023年年底前完成' },
  { cat: ['深化公共企事业单位信息公开'], req: T.offline, lead: '县教育和体育局', member: '县供电公司、县自来水公司', dl: '长期坚持' },
  { cat: ['扎实推进基层政务公开'], req: T.zone, lead: '县政府办公室', member: '县行政审批服务局', dl: '2023年年底前完成' },
  { cat: ['扎实推进基层政务公开'], req: T.land, lead: '县自然资源局', member: '各镇人民政府、街道办事处', dl: '长期坚持' },
]);

function v19Text(): string {
  const header: Cell[][] = [
    ['序号', '工作任务', '具体要求', '责任单位', '完成时限'].map((h) => c(h)),
    ['', '', '', '牵头部门', '协同部门', ''].map((h) => c(h)),
  ];
  const rows = bodyRows(v19, ['no', 'cat0', 'req', 'lead', 'member', 'dl'], false);
  return ['附件', '', '2023年××县政务公开重点工作任务分解表', '', cellLines([...header, ...rows]), ...FOOTER].join('\n');
}

// 20: Markdown exported from a web editor: section rows in bold (「| **一、……** | | | |」), a 类别 column
// in bold too, numbers 「1.」.
const v20 = [
  { sec: SEC1, cat: ['稳就业'], req: T.jobs, units: '县人力资源社会保障局', dl: '长期坚持', no: '1.' },
  { sec: SEC1, cat: ['稳就业'], req: T.debt, units: '县工业和信息化局', dl: '2024年1月31日前', no: '2.' },
  { sec: SEC2, cat: ['政策解读'], req: T.interpret, units: ALL, dl: '长期坚持', no: '3.' },
  { sec: SEC2, cat: ['政策解读'], req: T.forms, units: ALL, dl: '长期坚持', no: '4.' },
] satisfies Task[];

function v20Text(): string {
  const rows = bodyRows(v20, ['no', 'cat0', 'req', 'units', 'dl'], false).map((r) =>
    r.length === 1 ? [c(`**${r[0].text}**`)] : r.map((cell, i) => (i === 1 && cell.text ? c(`**${cell.text}**`) : cell)),
  );
  return ['## 附件：2024年××区政务公开工作要点任务分工', '', pipeTable(['序号', '类别', '重点任务', '责任单位', '时间节点'], rows), '', '抄送：区委办公室。', ''].join('\n');
}

// 21: .docx: category rows 「一 ｜ 深化重点领域信息公开」 where the text spans the other columns
// (gridSpan); 序号 numbered by Word's automatic list numbering, not typed; a 「注：」 row across the
// bottom of the table.
const v21 = [
  { sec: '一、深化重点领域信息公开', cat: [], req: T.consume, units: '县商务局、县文化和旅游局', dl: '长期坚持', no: '1' },
  { sec: '一、深化重点领域信息公开', cat: [], req: T.invest, units: '县发展改革局', dl: '长期坚持', no: '2' },
  { sec: '二、推进政务公开规范化建设', cat: [], req: T.applyCheck, units: ALL, dl: '长期坚持', no: '3' },
  { sec: '二、推进政务公开规范化建设', cat: [], req: T.zone, units: '县政府办公室、县行政审批服务局', dl: '2023年年底前完成', no: '4' },
  { sec: '二、推进政务公开规范化建设', cat: [], req: T.review3, units: ALL, dl: '长期坚持', no: '5' },
] satisfies Task[];

function v21Docx(): Promise<Uint8Array> {
  const header = ['序号', '重点任务', '责任单位', '完成时限'].map((h) => c(h));
  const rows = bodyRows(v21, ['no', 'req', 'units', 'dl'], false).map((r) => {
    if (r.length > 1) return [c(AUTO_NUMBER), ...r.slice(1)];
    const [number, text] = r[0].text.split('、');
    return [c(number), c(text, 3)];
  });
  const note = [c('注：各单位于每季度末前将任务落实情况报县政府办公室，县政府办公室汇总后报县政府。', 4)];
  return renderDocx(['附件', '2023年××县政务公开重点工作任务分解表', { rows: [header, ...rows, note], headerRows: 1 }, '抄送：县委办公室。']);
}

// 22: .xlsx whose 完成时限 cells are real Excel dates shown as 「2024年6月30日」, and whose last row is a
// 「备注：」 note merged across the table.
const v22 = numbered([
  { cat: ['政务公开平台'], req: T.website, units: '县政府办公室', dl: '2024年6月30日' },
  { cat: ['政务公开平台'], req: T.newMedia, units: '县政府办公室', dl: '2024年9月30日' },
  { cat: ['依申请公开'], req: T.applyCheck, units: ALL, dl: '2024年12月31日' },
]);

async function v22Xlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'duban-bot fixtures';
  workbook.created = workbook.modified = FIXED_TIME;
  const ws = workbook.addWorksheet('Sheet1');
  ws.getCell(1, 1).value = '2024年××县政务公开重点任务台账';
  ws.mergeCells(1, 1, 1, 5);
  ['序号', '类别', '具体任务', '责任单位', '完成时间'].forEach((h, i) => (ws.getCell(2, i + 1).value = h));
  v22.forEach((t, r) => {
    const [y, m, d] = t.dl!.match(/\d+/g)!.map(Number);
    [t.no, t.cat[0], t.req, t.units].forEach((v, i) => (ws.getCell(r + 3, i + 1).value = v ?? ''));
    const dateCell = ws.getCell(r + 3, 5);
    dateCell.value = new Date(Date.UTC(y, m - 1, d));
    dateCell.numFmt = 'yyyy"年"m"月"d"日"';
  });
  ws.mergeCells(3, 2, 4, 2);
  const last = v22.length + 3;
  ws.getCell(last, 1).value = '备注：完成时间为最迟完成时间，各单位可提前完成。';
  ws.mergeCells(last, 1, last, 5);
  return normalizeZip(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

// 23: a plan without a table, four levels deep: 一、 > （一） > 1. > （1）; a 「1.」 item with sub-items is a
// heading, one without is a task.
function v23Text(): string {
  return [
    '××县2021年政务公开工作要点', '',
    '一、重点任务', '',
    '（一）加强重点领域信息公开', '',
    '1.县财政局要规范公开行政事业性收费和政府性基金目录。', '',
    '2.深化民生领域信息公开', '',
    '（1）县民政局要动态调整并公开社会救助标准。', '',
    '（2）县卫生健康局要加大医疗卫生服务能力提升等领域信息公开力度。', '',
    '（二）强化政策解读', '',
    '3.各部门要严格落实政策解读“三同步”工作机制。', '',
    ...FOOTER,
  ].join('\n');
}

const v23Expected: Expected[] = [
  { no: '1', category: ['重点任务', '加强重点领域信息公开'], requirement: '县财政局要规范公开行政事业性收费和政府性基金目录。', unitsText: '县财政局', deadlineText: null },
  { no: '（1）', category: ['重点任务', '加强重点领域信息公开', '深化民生领域信息公开'], requirement: '县民政局要动态调整并公开社会救助标准。', unitsText: '县民政局', deadlineText: null },
  { no: '（2）', category: ['重点任务', '加强重点领域信息公开', '深化民生领域信息公开'], requirement: '县卫生健康局要加大医疗卫生服务能力提升等领域信息公开力度。', unitsText: '县卫生健康局', deadlineText: null },
  { no: '3', category: ['重点任务', '强化政策解读'], requirement: '各部门要严格落实政策解读“三同步”工作机制。', unitsText: '各部门', deadlineText: null },
];

// 24: a plan without a table whose items say who leads: 「由县司法局牵头，各部门配合」, numbers with a
// full-width point 「1．」.
function v24Text(): string {
  return [
    '××县2022年政务公开工作要点', '', '一、重点工作', '',
    '1．推进决策公开。制定发布重大行政决策事项目录、标准，做好重大决策预公开工作。由县司法局牵头，各部门配合。', '',
    '2．推进管理和服务公开。全面梳理各行政机关机构职能目录，更新完善权责清单并按要求公开。由县委编办牵头，县政府各部门配合。', '',
    '3．规范依申请公开工作。以完善内部机制为抓手，以规范答复格式为重点，做好依申请公开接收、登记、办理、答复等各个环节工作。由县政府办公室负责。', '',
    ...FOOTER,
  ].join('\n');
}

const v24Expected: Expected[] = [
  { no: '1', category: ['重点工作'], requirement: '推进决策公开。制定发布重大行政决策事项目录、标准，做好重大决策预公开工作。由县司法局牵头，各部门配合。', unitsText: '县司法局牵头，各部门配合', deadlineText: null },
  { no: '2', category: ['重点工作'], requirement: '推进管理和服务公开。全面梳理各行政机关机构职能目录，更新完善权责清单并按要求公开。由县委编办牵头，县政府各部门配合。', unitsText: '县委编办牵头，县政府各部门配合', deadlineText: null },
  { no: '3', category: ['重点工作'], requirement: '规范依申请公开工作。以完善内部机制为抓手，以规范答复格式为重点，做好依申请公开接收、登记、办理、答复等各个环节工作。由县政府办公室负责。', unitsText: '县政府办公室', deadlineText: null },
];

// 25: .xlsx laid out like a 政务公开事项标准目录: 公开事项 / 公开内容 / 公开时限 / 公开主体 / 公开渠道, the
// 公开渠道 column holding channel names, 公开事项 merged down.
const v25 = numbered([
  { cat: ['重大行政决策'], req: '重大行政决策事项目录', units: '县司法局', dl: '年初公开', note: '政府网站' },
  { cat: ['重大行政决策'], req: '决策草案、决策依据，公众参与方式', units: '决策承办单位', dl: '信息形成或变更之日起20个工作日内', note: '政府网站、政务新媒体' },
  { cat: ['政策解读'], req: '政策解读材料与政策文件同步发布', units: '文件起草部门', dl: '与文件同步', note: '政府网站' },
  { cat: ['政策解读'], req: '重要政策现场解读、综合政策辅导', units: '县政府办公室', dl: '长期坚持', note: '政务公开专区' },
]);

function v25Xlsx(): Promise<Uint8Array> {
  const cols: Col[] = ['no', 'cat0', 'req', 'dl', 'units', 'note'];
  const header = ['序号', '公开事项', '公开内容', '公开时限', '公开主体', '公开渠道'].map((h) => c(h));
  return renderXlsx({ name: '事项目录', lines: [{ row: 1, text: '××县政务公开事项目录（2023年版）', span: cols.length }], rows: [header, ...bodyRows(v25, cols, true)], firstRow: 2 });
}

// 26: a Markdown table written without the outer pipes (allowed by GFM and common in exports).
const v26 = numbered([
  { cat: ['政策解读'], req: T.interpret, units: ALL, dl: '长期坚持' },
  { cat: ['政策解读'], req: T.sync, units: ALL, dl: '长期坚持' },
  { cat: ['政务公开平台'], req: T.domain, units: '县政府办公室', dl: '2023年6月底前' },
]);

function v26Text(): string {
  const rows = bodyRows(v26, ['no', 'cat0', 'req', 'units', 'dl'], false);
  const table = pipeTable(['序号', '工作任务', '具体要求', '责任单位', '完成时限'], rows)
    .split('\n').map((line) => line.replace(/^\| /, '').replace(/ \|$/, '')).join('\n');
  return ['# 2023年××县政务公开工作任务分解表', '', table, ''].join('\n');
}

// 27: .docx whose unit cells list one unit per paragraph (no 、 between them), whose 责任单位 merge runs
// on across a category change, and whose header row is typed again inside the same table after a page.
const v27 = numbered([
  { cat: ['围绕促进经济发展量质齐升强化公开'], req: T.consume, units: '县商务局\n县文化和旅游局', dl: '长期坚持' },
  { cat: ['围绕促进经济发展量质齐升强化公开'], req: T.consume2, units: '县商务局\n县住房城乡建设局\n县卫生健康局', dl: '长期坚持' },
  { cat: ['围绕激发市场主体活力强化公开'], req: T.policyPack, units: '县发展改革局', dl: '长期坚持' },
  { cat: ['围绕解决群众急难愁盼问题强化公开'], req: T.school, units: '县教育和体育局', dl: '2023年9月底前' },
  { cat: ['围绕解决群众急难愁盼问题强化公开'], req: T.private, units: '县教育和体育局', dl: '2023年年底前完成' },
]);

function v27Docx(): Promise<Uint8Array> {
  const cols: Col[] = ['no', 'cat0', 'req', 'units', 'dl'];
  const header = ['序号', '工作任务', '工作要求', '责任单位', '完成时限'].map((h) => c(h));
  const rows = bodyRows(v27, cols, true);
  // 县发展改革局 (row 3) and 县教育和体育局 (rows 4–5): merge 县教育和体育局 down from row 4 to row 5 only,
  // then repeat the header between row 3 and row 4 as a typed row.
  return renderDocx(['附件', '2023年××县政务公开重点任务分解表', { rows: [header, ...rows.slice(0, 3), header, ...rows.slice(3)], headerRows: 1 }]);
}

// 28: the web page of 04 saved from a government site that serves GB2312/GBK (declared in <meta>), as
// many county sites still do.
function encodeGbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else bytes.push(...(table.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(bytes);
}

const v28Html = () => encodeGbk(v04Html().replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'));

// 29: .xlsx typed the usual way: 序号 as numbers from a formula (=ROW()-2, cached results), a header
// cell in rich text (two runs), requirements with Alt+Enter line breaks.
const v29 = numbered([
  { cat: ['政策解读'], req: T.interpret, units: ALL, dl: '长期坚持' },
  { cat: ['政策解读'], req: T.sync, units: ALL, dl: '长期坚持' },
  { cat: ['舆情回应'], req: T.opinion, units: '县委宣传部、县委网信办', dl: '长期坚持' },
  { cat: ['舆情回应'], req: T.petition, units: '县信访局', dl: '2023年年底前完成' },
]);

async function v29Xlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'duban-bot fixtures';
  workbook.created = workbook.modified = FIXED_TIME;
  const ws = workbook.addWorksheet('重点任务');
  ws.getCell(1, 1).value = '2023年××县政务公开工作任务分解表';
  ws.mergeCells(1, 1, 1, 5);
  ws.getCell(2, 1).value = '序号';
  ws.getCell(2, 2).value = '工作任务';
  ws.getCell(2, 3).value = { richText: [{ text: '具体', font: { bold: true } }, { text: '要求', font: { bold: true, color: { argb: 'FFFF0000' } } }] };
  ws.getCell(2, 4).value = '责任单位';
  ws.getCell(2, 5).value = '完成时限';
  v29.forEach((t, r) => {
    const row = r + 3;
    ws.getCell(row, 1).value = { formula: 'ROW()-2', result: r + 1 };
    ws.getCell(row, 2).value = t.cat[0];
    ws.getCell(row, 3).value = t.req.replace('，', '，\n');
    ws.getCell(row, 4).value = t.units!;
    ws.getCell(row, 5).value = t.dl!;
  });
  ws.mergeCells(3, 2, 4, 2);
  ws.mergeCells(5, 2, 6, 2);
  return normalizeZip(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

// 30: Word saved as text with Windows line ends, and a 「注：」 row (one merged cell) closing the table.
const v30 = numbered([
  { cat: ['政务公开平台'], req: T.website, units: '县政府办公室', dl: '长期坚持' },
  { cat: ['政务公开平台'], req: T.newMedia, units: '县政府办公室', dl: '2023年6月底前' },
  { cat: ['依申请公开'], req: T.applyCheck, units: ALL, dl: '长期坚持' },
]);

function v30Text(): string {
  const header = ['序号', '工作任务', '具体要求', '责任单位', '完成时限'].map((h) => c(h));
  const rows = bodyRows(v30, ['no', 'cat0', 'req', 'units', 'dl'], false);
  const note = [c('注：各单位于每季度末前将落实情况报县政府办公室。')];
  return ['附件', '2023年××县政务公开重点任务分解表', '', cellLines([header, ...rows, note]), '', '抄送：县委办公室。', ''].join('\r\n');
}

// 31: a web page whose table carries its own title row (colspan) above a <th> header, and a 「注：」 row
// across the bottom.
const v31 = numbered([
  { cat: ['决策公开'], req: T.decisionList, units: '县司法局', dl: '2023年3月底前' },
  { cat: ['决策公开'], req: T.solicit, units: '县发展改革局、县自然资源局', dl: '长期坚持' },
  { cat: ['政策解读'], req: T.interpret, units: ALL, dl: '长期坚持' },
]);

function v31Html(): string {
  const rows = bodyRows(v31, ['no', 'cat0', 'req', 'units', 'dl'], true);
  const body = htmlTable(rows, 0).split('\n').filter((l) => l.startsWith('<tr>'));
  return [
    '<html><head><meta charset="utf-8"></head><body>',
    '<table border="1">',
    '<tr><td colspan="5"><p style="text-align:center"><strong>附件1&nbsp;&nbsp;2023年××县政务公开重点任务分解表</strong></p></td></tr>',
    '<tr><th>序号</th><th>工作任务</th><th>具体要求</th><th>责任单位</th><th>完成时限</th></tr>',
    ...body,
    '<tr><td colspan="5"><p>注：各单位于每季度末前将落实情况报县政府办公室。</p></td></tr>',
    '</table>', '</body></html>', '',
  ].join('\n');
}

// 32: a hand-made sheet: the table starts in column B (column A left as a margin), the header in row 4
// after blank rows, and an empty spacer row between two categories.
const v32 = numbered([
  { cat: ['政策解读'], req: T.interpret, units: ALL, dl: '长期坚持' },
  { cat: ['政策解读'], req: T.forms, units: ALL, dl: '长期坚持' },
  { cat: ['舆情回应'], req: T.opinion, units: '县委网信办', dl: '长期坚持' },
]);

async function v32Xlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'duban-bot fixtures';
  workbook.created = workbook.modified = FIXED_TIME;
  const ws = workbook.addWorksheet('Sheet1');
  ws.getCell(2, 2).value = '2023年××县政务公开重点任务清单';
  ws.mergeCells(2, 2, 2, 6);
  ['序号', '工作任务', '具体要求', '责任单位', '完成时限'].forEach((h, i) => (ws.getCell(4, i + 2).value = h));
  const put = (row: number, t: Task) => [t.no, t.cat[0], t.req, t.units, t.dl].forEach((v, i) => (ws.getCell(row, i + 2).value = v ?? ''));
  put(5, v32[0]);
  put(6, { ...v32[1], cat: [''] });
  ws.mergeCells(5, 3, 6, 3);
  put(8, v32[2]); // row 7 left empty between the two categories
  return normalizeZip(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

// 33/34: two levels of section rows inside the table (「一、」 then 「（一）」), no category column.
// 33 is a WPS copy, one row per line, where a one-cell section row comes out as a bare line (no tab);
// 34 is a Markdown pipe table.
const v33 = [
  { sec: '一、主动公开', cat: ['决策公开'], req: T.decisionList, units: '县司法局', dl: '2023年3月底前', no: '1' },
  { sec: '一、主动公开', cat: ['决策公开'], req: T.solicit, units: '县发展改革局、县自然资源局', dl: '长期坚持', no: '2' },
  { sec: '一、主动公开', cat: ['政策解读'], req: T.interpret, units: ALL, dl: '长期坚持', no: '3' },
  { sec: '一、主动公开', cat: ['政策解读'], req: T.forms, units: ALL, dl: '长期坚持', no: '4' },
  { sec: '二、依申请公开', cat: ['办理质效'], req: T.applyCheck, units: ALL, dl: '长期坚持', no: '5' },
  { sec: '二、依申请公开', cat: ['办理质效'], req: T.land, units: '县自然资源局', dl: '长期坚持', no: '6' },
] satisfies Task[];
const SUB_NUMBERS: Record<string, string> = { 决策公开: '（一）', 政策解读: '（二）', 办理质效: '（一）' };

/** Rows with a section row for 「一、」 and one for 「（一）」 above each block, each a single cell. */
function twoLevelSectionRows(): Cell[][] {
  const rows: Cell[][] = [];
  v33.forEach((t, i) => {
    const prev = v33[i - 1];
    if (t.sec !== prev?.sec) rows.push([c(t.sec)]);
    if (t.cat[0] !== prev?.cat[0]) rows.push([c(`${SUB_NUMBERS[t.cat[0]]}${t.cat[0]}`)]);
    rows.push([c(t.no), c(t.req), c(t.units), c(t.dl)]);
  });
  return rows;
}

function v33Text(): string {
  const header = ['序号', '工作任务', '责任单位', '完成时限'].map((h) => c(h));
  return ['附件', '2023年××县政务公开工作任务分解表', '', rowLines([header, ...twoLevelSectionRows()]), ...FOOTER].join('\n');
}

function v34Text(): string {
  return ['### 2023年××县政务公开工作任务分解表', '', pipeTable(['序号', '工作任务', '责任单位', '完成时限'], twoLevelSectionRows()), ''].join('\n');
}

// 35: an Excel sheet saved as 「文本文件（制表符分隔）」: cells with line breaks or quote marks are wrapped in
// double quotes, inner quotes doubled, the line break kept inside the quotes.
const v35 = numbered([
  { cat: ['政策解读'], req: T.sync, units: ALL, dl: '长期坚持' },
  { cat: ['政策解读'], req: T.fullText, units: ALL, dl: '长期坚持' },
  { cat: ['政务公开平台'], req: T.website, units: '县政府办公室', dl: '2023年6月底前' },
]);

function v35Text(): string {
  const quote = (text: string) => (/[\n"\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = [['序号', '工作任务', '具体要求', '责任单位', '完成时限'].join('\t')];
  for (const t of v35) {
    const req = t.req.replace('，', '，\n').replace(/“/g, '"').replace(/”/g, '"');
    lines.push([t.no!, t.cat[0], req, t.units!, t.dl!].map(quote).join('\t'));
  }
  return ['2023年××县政务公开工作任务分解表', ...lines, ''].join('\r\n');
}

// 36: Word's 「另存为网页」 HTML as pasted into a county site's CMS: MsoNormal paragraphs, <o:p>, lang spans,
// conditional comments, a zero-height width row at the end, and a rowspan running past the last row.
const v36 = numbered([
  { cat: ['决策公开'], req: T.decisionList, units: '县司法局', dl: '2023年3月底前' },
  { cat: ['决策公开'], req: T.attend, units: '县政府办公室', dl: '2023年年底前完成' },
  { cat: ['政策解读'], req: T.interpret, units: ALL, dl: '长期坚持' },
  { cat: ['政策解读'], req: T.forms, units: ALL, dl: '长期坚持' },
]);

function v36Html(): string {
  const p = (text: string) => `<p class=MsoNormal align=center style='text-align:center'><span style='font-family:仿宋_GB2312'>${text}<span lang=EN-US><o:p></o:p></span></span></p>`;
  const td = (text: string, extra = '') => `<td width=120 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'${extra}>${p(text)}</td>`;
  const rows = [
    `<tr style='height:20.0pt'>${['序号', '工作任务', '具体要求', '责任单位', '完成时限'].map((h) => td(`<b>${h}</b>`)).join('')}</tr>`,
    ...v36.map((t, i) => {
      const first = i === 0 || v36[i - 1].cat[0] !== t.cat[0];
      const span = i === 2 ? 5 : 2; // the last block's rowspan runs past the end of the table
      return `<tr>${td(`<span lang=EN-US>${t.no}</span>`)}${first ? td(t.cat[0], ` rowspan=${span}`) : ''}${td(t.req.replace('，', '，&nbsp;'))}${td(t.units!)}${td(t.dl!)}</tr>`;
    }),
    `<![if !supportMisalignedColumns]><tr height=0>${Array.from({ length: 5 }, () => "<td width=120 style='border:none'></td>").join('')}</tr><![endif]>`,
  ];
  return [
    "<html xmlns:o='urn:schemas-microsoft-com:office:office'><head><meta charset='utf-8'></head><body>",
    `<p class=MsoNormal><span style='font-family:黑体'>附件<span lang=EN-US>1<o:p></o:p></span></span></p>`,
    `<p class=MsoNormal align=center><b><span style='font-size:18.0pt'>2023年××县政务公开重点任务分解表</span></b></p>`,
    "<div align=center><table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>",
    ...rows,
    '</table></div>', '</body></html>', '',
  ].join('\n');
}

// 37: .docx with the task table as 附件1 and a reporting template as 附件2 (单位名称 / 任务数 / 已完成 /
// 未完成 / 备注, one row per unit, numbers empty). The template holds no tasks.
const v37 = numbered([
  { cat: ['政策解读'], req: T.interpret, units: ALL, dl: '长期坚持' },
  { cat: ['政策解读'], req: T.sync, units: ALL, dl: '长期坚持' },
  { cat: ['政务公开平台'], req: T.domain, units: '县政府办公室', dl: '2023年6月底前' },
]);

function v37Docx(): Promise<Uint8Array> {
  const header = ['序号', '工作任务', '具体要求', '责任单位', '完成时限'].map((h) => c(h));
  const report = [
    ['序号', '单位名称', '任务数', '已完成', '未完成', '备注'].map((h) => c(h)),
    ...['县司法局', '县财政局', '县政府办公室', '县自然资源局'].map((u, i) => [c(String(i + 1)), c(u), c(''), c(''), c(''), c('')]),
  ];
  return renderDocx([
    '附件1', '2023年××县政务公开重点任务分解表', { rows: [header, ...bodyRows(v37, ['no', 'cat0', 'req', 'units', 'dl'], true)], headerRows: 1 },
    { pageBreak: true },
    '附件2', '2023年政务公开重点任务落实情况统计表', '填报单位（盖章）：                填报时间：', { rows: report, headerRows: 1 },
  ]);
}

// 38: .xlsx with two category columns (一级 / 二级 under one 「工作任务」 header merged across both), where a
// block with one level is merged as a rectangle over both columns and several rows, and the narrow
// 一级 column is written one character per line (Alt+Enter), as in vertical writing.
const v38 = numbered([
  { cat: ['政策解读', '解读形式'], req: T.forms, units: ALL, dl: '长期坚持' },
  { cat: ['政策解读', '解读程序'], req: T.sync, units: ALL, dl: '长期坚持' },
  { cat: ['依申请公开'], req: T.applyCheck, units: ALL, dl: '长期坚持' },
  { cat: ['依申请公开'], req: T.land, units: '县自然资源局', dl: '2023年年底前完成' },
  { cat: ['政务公开平台', '政府网站'], req: T.website, units: '县政府办公室', dl: '长期坚持' },
]);

async function v38Xlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'duban-bot fixtures';
  workbook.created = workbook.modified = FIXED_TIME;
  const ws = workbook.addWorksheet('Sheet1');
  ws.getCell(1, 1).value = '2023年××县政务公开工作任务分解表';
  ws.mergeCells(1, 1, 1, 6);
  ['序号', '工作任务', '', '具体要求', '责任单位', '完成时限'].forEach((h, i) => h && (ws.getCell(2, i + 1).value = h));
  ws.mergeCells(2, 2, 2, 3);
  const vertical = (text: string) => [...text].join('\n');
  v38.forEach((t, r) => {
    const row = r + 3;
    ws.getCell(row, 1).value = Number(t.no);
    ws.getCell(row, 4).value = t.req;
    ws.getCell(row, 5).value = t.units!;
    ws.getCell(row, 6).value = t.dl!;
  });
  ws.getCell(3, 2).value = vertical('政策解读');
  ws.mergeCells(3, 2, 4, 2);
  ws.getCell(3, 3).value = '解读形式';
  ws.getCell(4, 3).value = '解读程序';
  ws.getCell(5, 2).value = '依申请公开';
  ws.mergeCells(5, 2, 6, 3); // one level: a rectangle over both category columns and two rows
  ws.getCell(7, 2).value = vertical('政务公开平台');
  ws.getCell(7, 3).value = '政府网站';
  return normalizeZip(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

// 39: a plan without a table whose items are followed by their own 「责任单位：」 / 「牵头单位：」「配合单位：」
// and 「完成时限：」 lines (a 工作方案 with the division of labour written out under each item).
const v39Items: Array<{ text: string; unitLines: string[]; unitsText: string; deadline: string }> = [
  { text: '推进决策公开。制定发布重大行政决策事项目录、标准，做好重大决策预公开工作。', unitLines: ['责任单位：县司法局'], unitsText: '县司法局', deadline: '2023年3月底前' },
  { text: '加强政策解读。严格解读程序，认真落实政策解读“三同步”工作机制。', unitLines: ['牵头单位：县政府办公室', '配合单位：县政府各部门'], unitsText: '牵头单位：县政府办公室；配合单位：县政府各部门', deadline: '长期坚持' },
  { text: '规范依申请公开工作。持续深化完善依申请公开转主动公开常态化审查机制。', unitLines: ['责任单位：县政府办公室、各镇人民政府'], unitsText: '县政府办公室、各镇人民政府', deadline: '长期坚持' },
];

function v39Text(): string {
  const lines = ['××县2023年政务公开工作方案', '', '一、工作目标', '', '进一步提升政务公开标准化、规范化、信息化水平。', '', '二、重点任务', ''];
  v39Items.forEach((item, i) => lines.push(`（${'一二三'[i]}）${item.text}`, ...item.unitLines, `完成时限：${item.deadline}`, ''));
  lines.push(...FOOTER);
  return lines.join('\n');
}

const v39Expected: Expected[] = v39Items.map((item, i) => ({ no: `（${'一二三'[i]}）`, category: ['重点任务'], requirement: item.text, unitsText: item.unitsText, deadlineText: item.deadline }));

// 40: .docx whose single 责任单位 column marks roles in the ways county offices write them: one unit
// per paragraph with 「（牵头）」 after the lead, 「X牵头，县直各部门按职责分工负责」, 「牵头：X；配合：Y」.
const v40 = numbered([
  { cat: ['政策解读'], req: T.interpret, units: '县司法局（牵头）\n县财政局\n县审计局', dl: '长期坚持' },
  { cat: ['政策解读'], req: T.sync, units: '县政府办公室牵头，县直各部门按职责分工负责', dl: '长期坚持' },
  { cat: ['政务公开平台'], req: T.website, units: '牵头：县政府办公室；配合：县大数据中心', dl: '2023年6月底前' },
]);

function v40Docx(): Promise<Uint8Array> {
  const header = ['序号', '工作任务', '具体要求', '责任单位', '完成时限'].map((h) => c(h));
  return renderDocx(['附件', '2023年××县政务公开重点任务分解表', { rows: [header, ...bodyRows(v40, ['no', 'cat0', 'req', 'units', 'dl'], true)], headerRows: 1 }]);
}

// 41/42: .docx where the plan's section headings are paragraphs between the tables: 「一、……」, a table,
// 「二、……」, a table. In 41 each table has its header; in 42 only the first does (the second goes on
// with the same columns).
const v41 = numbered([
  { sec: SEC1, cat: ['稳就业'], req: T.jobs, units: '县人力资源社会保障局', dl: '长期坚持' },
  { sec: SEC1, cat: ['教育'], req: T.school, units: '县教育和体育局', dl: '2023年9月底前' },
  { sec: SEC2, cat: ['政策解读'], req: T.interpret, units: ALL, dl: '长期坚持' },
  { sec: SEC2, cat: ['政策解读'], req: T.forms, units: ALL, dl: '长期坚持' },
]);

function sectionTablesDocx(repeatHeader: boolean): Promise<Uint8Array> {
  const header = ['序号', '工作任务', '具体要求', '责任单位', '完成时限'].map((h) => c(h));
  const cols: Col[] = ['no', 'cat0', 'req', 'units', 'dl'];
  const first = v41.filter((t) => t.sec === SEC1).map(({ sec: _, ...t }) => t);
  const second = v41.filter((t) => t.sec === SEC2).map(({ sec: _, ...t }) => t);
  return renderDocx([
    '附件', '2023年××县政务公开重点任务分解表',
    SEC1, { rows: [header, ...bodyRows(first, cols, true)], headerRows: 1 },
    SEC2, { rows: [...(repeatHeader ? [header] : []), ...bodyRows(second, cols, true)], headerRows: repeatHeader ? 1 : 0 },
  ]);
}

// 43: .xlsx with one sheet per part of the plan (「主动公开」「依申请公开」), the same columns on each, and a
// hidden third sheet holding last year's list, which is not part of this plan.
const v43 = numbered([
  { cat: ['决策公开'], req: T.decisionList, units: '县司法局', dl: '2023年3月底前' },
  { cat: ['政策解读'], req: T.interpret, units: ALL, dl: '长期坚持' },
  { cat: ['办理质效'], req: T.applyCheck, units: ALL, dl: '长期坚持' },
  { cat: ['办理质效'], req: T.land, units: '县自然资源局', dl: '长期坚持' },
]);

async function v43Xlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'duban-bot fixtures';
  workbook.created = workbook.modified = FIXED_TIME;
  const header = ['序号', '工作任务', '具体要求', '责任单位', '完成时限'];
  const sheet = (name: string, tasks: Task[], state: 'visible' | 'hidden' = 'visible') => {
    const ws = workbook.addWorksheet(name, { state });
    header.forEach((h, i) => (ws.getCell(1, i + 1).value = h));
    tasks.forEach((t, r) => [t.no, t.cat[0], t.req, t.units, t.dl].forEach((v, i) => (ws.getCell(r + 2, i + 1).value = v ?? '')));
  };
  sheet('主动公开', v43.slice(0, 2));
  sheet('依申请公开', v43.slice(2));
  sheet('2022年任务（旧）', numbered([{ cat: ['政务公开平台'], req: T.domain, units: '县政府办公室', dl: '2022年6月底前' }, { cat: ['政务公开平台'], req: T.newMedia, units: '县政府办公室', dl: '2022年年底前' }]), 'hidden');
  return normalizeZip(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

// 44: a web table where one numbered task has several requirement rows: the 序号 and 工作任务 cells
// span them (rowspan), each requirement row with its own units and deadline.
const v44 = [
  { cat: ['决策公开'], req: T.decisionList, units: '县司法局', dl: '2023年3月底前', no: '1' },
  { cat: ['政策解读'], req: T.interpret, units: ALL, dl: '长期坚持', no: '2' },
  { cat: ['政策解读'], req: T.sync, units: '县司法局', dl: '长期坚持', no: '2' },
  { cat: ['政策解读'], req: T.forms, units: '县融媒体中心', dl: '2023年年底前完成', no: '2' },
  { cat: ['依申请公开'], req: T.applyCheck, units: ALL, dl: '长期坚持', no: '3' },
] satisfies Task[];

function v44Html(): string {
  const rows = bodyRows(v44, ['no', 'cat0', 'req', 'units', 'dl'], true).map((r, i) =>
    i > 0 && v44[i - 1].no === v44[i].no ? [c('', 1, true), ...r.slice(1)] : r,
  );
  const header = ['序号', '工作任务', '具体要求', '责任单位', '完成时限'].map((h) => c(h));
  return ['<html><head><meta charset="utf-8"></head><body>', '<p>附件</p>', '<p>2023年××县政务公开工作任务分解表</p>', htmlTable([header, ...rows], 1), '</body></html>', ''].join('\n');
}

// 45/46: two category levels (一级 / 二级 columns), where a task without a 二级 category has its
// requirement cell merged leftwards over the empty 二级 column (gridSpan / a merged range), as Word and
// Excel users do. 45 is .docx, 46 is .xlsx.
const v45 = numbered([
  { cat: ['主动公开', '决策公开'], req: T.decisionList, units: '县司法局', dl: '2023年3月底前' },
  { cat: ['主动公开', '决策公开'], req: T.solicit, units: '县发展改革局', dl: '长期坚持' },
  { cat: ['主动公开'], req: T.interpret, units: ALL, dl: '长期坚持' },
  { cat: ['依申请公开'], req: T.applyCheck, units: ALL, dl: '长期坚持' },
  { cat: ['依申请公开', '办理质效'], req: T.land, units: '县自然资源局', dl: '长期坚持' },
]);

/** Rows where a task with one category level has its requirement spanning the 二级 column. */
function spannedRequirementRows(): Cell[][] {
  return bodyRows(v45, ['no', 'cat0', 'cat1', 'req', 'units', 'dl'], true).map((r, i) =>
    v45[i].cat.length === 1 ? [r[0], r[1], c(r[3].text, 2), ...r.slice(4)] : r,
  );
}
const v45Header = () => [c('序号'), c('工作任务', 2), c('具体要求'), c('责任单位'), c('完成时限')];

function v45Docx(): Promise<Uint8Array> {
  return renderDocx(['附件', '2023年××县政务公开重点任务分解表', { rows: [v45Header(), ...spannedRequirementRows()], headerRows: 1 }]);
}

function v46Xlsx(): Promise<Uint8Array> {
  return renderXlsx({ name: 'Sheet1', lines: [{ row: 1, text: '2023年××县政务公开重点任务分解表', span: 6 }], rows: [v45Header(), ...spannedRequirementRows()], firstRow: 2 });
}

// 47: .docx where a short task has no separate requirement: its 工作任务 cell spans the 具体要求 column
// (gridSpan), the way 「编制公开政务公开事项标准目录」 stands alone in seed 000.
const v47 = numbered([
  { cat: ['政策解读'], req: T.interpret, units: ALL, dl: '长期坚持' },
  { cat: [], req: '编制公开政务公开事项标准目录', units: '县政府办公室', dl: '2023年年底前完成' },
  { cat: [], req: '进一步规范政府网站域名管理', units: '县政府办公室', dl: '长期坚持' },
  { cat: ['依申请公开'], req: T.applyCheck, units: ALL, dl: '长期坚持' },
]);

function v47Docx(): Promise<Uint8Array> {
  const rows = bodyRows(v47, ['no', 'cat0', 'req', 'units', 'dl'], false).map((r, i) =>
    v47[i].cat.length === 0 ? [r[0], c(r[2].text, 2), ...r.slice(3)] : r,
  );
  const header = ['序号', '工作任务', '具体要求', '责任单位', '完成时限'].map((h) => c(h));
  return renderDocx(['附件', '2023年××县政务公开重点任务分解表', { rows: [header, ...rows], headerRows: 1 }]);
}

// 48: .xlsx where one 责任单位 range and one 完成时限 range are merged down across a change of category
// (the same office answers for the end of one block and the start of the next).
const v48 = numbered([
  { cat: ['政务公开平台'], req: T.website, units: '县政府办公室', dl: '长期坚持' },
  { cat: ['政务公开平台'], req: T.domain, units: '县政府办公室', dl: '长期坚持' },
  { cat: ['政策解读'], req: T.interpret, units: '县政府办公室', dl: '长期坚持' },
  { cat: ['政策解读'], req: T.forms, units: ALL, dl: '2023年年底前完成' },
]);

async function v48Xlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'duban-bot fixtures';
  workbook.created = workbook.modified = FIXED_TIME;
  const ws = workbook.addWorksheet('Sheet1');
  ['序号', '工作任务', '具体要求', '责任单位', '完成时限'].forEach((h, i) => (ws.getCell(1, i + 1).value = h));
  v48.forEach((t, r) => [t.no, t.cat[0], t.req, t.units, t.dl].forEach((v, i) => (ws.getCell(r + 2, i + 1).value = v ?? '')));
  ws.mergeCells(2, 2, 3, 2);
  ws.mergeCells(4, 2, 5, 2);
  ws.mergeCells(2, 4, 4, 4); // 县政府办公室 for rows 1–3, across the category change
  ws.mergeCells(2, 5, 4, 5); // 长期坚持 likewise
  return normalizeZip(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

const VARIANTS: Variant[] = [
  { file: '01-units-before-requirement.txt', note: '一行一条、制表符分隔；责任单位、完成时限在具体要求之前；工作任务单元格合并（下方为空）；表前附件与标题，表后抄送', tasks: v01, hasNo: true, hasDeadline: true, render: v01Text },
  { file: '02-lead-member-notes.txt', note: 'Word 另存为文本：牵头单位、配合单位分列，时间节点列，备注列（部分为空）', tasks: v02, hasNo: true, hasDeadline: true, render: v02Text },
  { file: '03-section-rows.md', note: 'Markdown 管道表：「一、……」分节行，各节内序号从1重排，单元格内<br>', tasks: v03, hasNo: true, hasDeadline: true, render: v03Text },
  { file: '04-gov-site.html', note: '政府网站 HTML：两行表头（责任单位跨牵头/配合），分节行 colspan，主要任务 rowspan，<p>、&nbsp;、<br>', tasks: v04, hasNo: true, hasDeadline: true, render: v04Html },
  { file: '05-title-row-page-break.docx', note: 'docx：表内标题行（gridSpan 全宽）、重复表头、分页后续表重复表头、类别/单位/时限纵向合并', tasks: v05, hasNo: true, hasDeadline: true, render: v05Docx },
  { file: '06-two-row-header.docx', note: 'docx：两行表头（责任单位 gridSpan 跨牵头/配合，其余 vMerge），表内分节行，部分行配合单位为空（未合并，即无配合单位）', tasks: v06, hasNo: true, hasDeadline: true, render: v06Docx },
  { file: '07-title-merged.xlsx', note: 'xlsx：首行标题合并，第2行表头，时限要求在责任单位之前，类别/单位/时限合并单元格', tasks: v07, hasNo: true, hasDeadline: true, render: v07Xlsx },
  { file: '08-two-row-header.xlsx', note: 'xlsx：第1行附件、第2行标题，第3–4行两行表头（工作任务跨一级/二级，责任单位跨牵头/配合），备注列', tasks: v08, hasNo: true, hasDeadline: true, render: v08Xlsx },
  { file: '09-body-numbered.txt', note: '无表格：一、（一）1. 三级编号，单位写在条目里', tasks: [], hasNo: true, hasDeadline: false, render: v09Text },
  { file: '10-body-yishi-ershi.txt', note: '无表格：（一）段落内「一是……二是……」分句，单位写在分句里', tasks: [], hasNo: true, hasDeadline: false, render: v10Text },
  { file: '12-lead-no-member.txt', note: 'Word 另存为文本：牵头/配合分列，有牵头单位而配合单位为空的行（即无配合单位）', tasks: v12, hasNo: true, hasDeadline: true, render: v12Text },
  { file: '13-inline-roles.md', note: 'Markdown 管道表：一个责任主体单元格内写明牵头/配合（「X牵头，Y配合」「牵头单位：X；配合单位：Y」「X（牵头）」），表头 工作事项/工作标准/责任主体/完成期限', tasks: v13, hasNo: true, hasDeadline: true, render: v13Text },
  { file: '14-body-units-in-brackets.txt', note: '无表格：条目末尾括注「（责任单位：……）」「（牵头单位：……；配合单位：……）」', tasks: [], hasNo: true, hasDeadline: false, render: v14Text },
  { file: '15-numbered-category-rows.txt', note: 'WPS 复制：类别行在序号列写「一」、主要任务列写类别名，其余为空；任务行序号连续', tasks: v15, hasNo: true, hasDeadline: true, render: v15Text },
  { file: '16-numbered-category-rows.docx', note: 'docx：同 15，类别行为独立单元格（未合并）', tasks: v15, hasNo: true, hasDeadline: true, render: v16Docx },
  { file: '17-leader-column.xlsx', note: 'xlsx：先有填报说明工作表；标题合并、第2行填报单位、第3行表头，含责任领导列（人名）和空的完成情况列', tasks: v17.map(({ note: _, ...t }) => t), hasNo: true, hasDeadline: true, render: v17Xlsx },
  { file: '18-wrapped-header.html', note: 'HTML：表头单元格内换行（责任<br>单位）和 &nbsp;，工作任务 colspan=2 覆盖两级类别，只有一级的类别横跨两列', tasks: v18, hasNo: true, hasDeadline: true, render: v18Html },
  { file: '19-two-row-header-cells.txt', note: 'Word 另存为文本的两行表头：第二行合并单元格为空，「责任单位」下分「牵头部门」「协同部门」', tasks: v19, hasNo: true, hasDeadline: true, render: v19Text },
  { file: '20-bold-sections.md', note: 'Markdown：分节行与类别加粗（**一、……**），序号「1.」', tasks: v20, hasNo: true, hasDeadline: true, render: v20Text },
  { file: '21-spanned-category-rows.docx', note: 'docx：类别行「一｜深化……」文字 gridSpan 跨其余列，序号为 Word 自动编号，表尾「注：」行跨全表', tasks: v21, hasNo: true, hasDeadline: true, render: v21Docx },
  { file: '22-excel-dates.xlsx', note: 'xlsx：完成时间为真正的 Excel 日期（显示为 2024年6月30日），表尾「备注：」合并行', tasks: v22, hasNo: true, hasDeadline: true, render: v22Xlsx },
  { file: '23-body-four-levels.txt', note: '无表格：一、>（一）>1.>（1）四级，有下级的「1.」是标题', tasks: [], hasNo: true, hasDeadline: false, render: v23Text },
  { file: '24-body-lead-phrases.txt', note: '无表格：条目写「由X牵头，Y配合」「由X负责」，编号「1．」（全角点）', tasks: [], hasNo: true, hasDeadline: false, render: v24Text },
  { file: '25-disclosure-catalog.xlsx', note: 'xlsx：政务公开事项目录式表头 公开事项/公开内容/公开时限/公开主体/公开渠道', tasks: v25.map(({ note: _, ...t }) => t), hasNo: true, hasDeadline: true, render: v25Xlsx },
  { file: '26-pipes-without-edges.md', note: 'Markdown 表格不写首尾竖线', tasks: v26, hasNo: true, hasDeadline: true, render: v26Text },
  { file: '27-units-per-line.docx', note: 'docx：责任单位单元格一段一个单位（无顿号），表中重复键入表头行', tasks: v27.map((t) => ({ ...t, units: t.units!.replace(/\n/g, '、') })), hasNo: true, hasDeadline: true, render: v27Docx },
  { file: '28-gbk-page.htm', note: '04 的网页按 GB2312/GBK 保存（<meta> 声明 charset=gb2312），县政府网站常见', tasks: v04, hasNo: true, hasDeadline: true, render: v28Html },
  { file: '29-typed-sheet.xlsx', note: 'xlsx：序号为公式 =ROW()-2（数字，带缓存值），表头单元格为富文本，要求内有 Alt+Enter 换行', tasks: v29, hasNo: true, hasDeadline: true, render: v29Xlsx },
  { file: '30-crlf-note-row.txt', note: 'Word 另存为文本（CRLF 换行），表尾一个单元格的「注：」行', tasks: v30, hasNo: true, hasDeadline: true, render: v30Text },
  { file: '31-title-in-table.html', note: 'HTML：表内标题行（colspan）、<th> 表头、表尾「注：」行', tasks: v31, hasNo: true, hasDeadline: true, render: v31Html },
  { file: '32-offset-sheet.xlsx', note: 'xlsx：表格从 B 列开始、表头在第4行、两类之间有一个空行', tasks: v32, hasNo: true, hasDeadline: true, render: v32Xlsx },
  { file: '33-two-section-levels.txt', note: 'WPS 复制（一行一条）：表内两级分节行「一、」「（一）」，单个单元格的分节行复制出来没有制表符', tasks: v33, hasNo: true, hasDeadline: true, render: v33Text },
  { file: '34-two-section-levels.md', note: 'Markdown 管道表：表内两级分节行「一、」「（一）」，无类别列', tasks: v33, hasNo: true, hasDeadline: true, render: v34Text },
  { file: '35-excel-tab-text.txt', note: 'Excel 另存为制表符分隔文本：含换行或引号的单元格加双引号，内部引号成对，换行在引号内', tasks: v35.map((t) => ({ ...t, req: t.req.replace(/“/g, '"').replace(/”/g, '"') })), hasNo: true, hasDeadline: true, render: v35Text },
  { file: '36-word-html.html', note: 'Word 另存为网页后贴进网站：MsoNormal 段落、<o:p>、条件注释、表尾零高宽度行、rowspan 超出表尾', tasks: v36, hasNo: true, hasDeadline: true, render: v36Html },
  { file: '37-report-template-annex.docx', note: 'docx：附件1为任务表，附件2为落实情况统计表模板（单位名称/任务数/已完成/未完成），后者不含任务', tasks: v37, hasNo: true, hasDeadline: true, render: v37Docx },
  { file: '38-block-merge.xlsx', note: 'xlsx：工作任务表头跨两列（一级/二级），只有一级的类别合并成跨两列多行的矩形，一级类别每字一行（Alt+Enter）', tasks: v38, hasNo: true, hasDeadline: true, render: v38Xlsx },
  { file: '39-body-unit-lines.txt', note: '无表格：每条之后单列「责任单位：」或「牵头单位：」「配合单位：」行和「完成时限：」行', tasks: [], hasNo: true, hasDeadline: true, render: v39Text },
  { file: '40-unit-role-marks.docx', note: 'docx：责任单位一列内标注角色：一段一个单位且牵头单位后注「（牵头）」、「X牵头，县直各部门按职责分工负责」、「牵头：X；配合：Y」', tasks: v40.map((t) => ({ ...t, units: t.units!.replace(/\n/g, '、') })), hasNo: true, hasDeadline: true, render: v40Docx },
  { file: '41-section-paragraphs.docx', note: 'docx：分节标题「一、」「二、」是表格之间的段落，各表有表头', tasks: v41, hasNo: true, hasDeadline: true, render: () => sectionTablesDocx(true) },
  { file: '42-section-paragraphs-no-header.docx', note: 'docx：同 41，但第二个表格没有表头（沿用第一个表的列）', tasks: v41, hasNo: true, hasDeadline: true, render: () => sectionTablesDocx(false) },
  { file: '43-sheets-and-hidden-sheet.xlsx', note: 'xlsx：每部分一个工作表（主动公开/依申请公开，列相同），另有一个隐藏的去年任务表（不属于本计划）', tasks: v43, hasNo: true, hasDeadline: true, render: v43Xlsx },
  { file: '44-shared-number.html', note: 'HTML：一个序号下有多行具体要求（序号、工作任务 rowspan），每行有自己的责任单位和时限', tasks: v44, hasNo: true, hasDeadline: true, render: v44Html },
  { file: '45-requirement-spans-level2.docx', note: 'docx：两级类别列，没有二级类别的任务其具体要求单元格向左合并覆盖二级列（gridSpan）', tasks: v45, hasNo: true, hasDeadline: true, render: v45Docx },
  { file: '46-requirement-spans-level2.xlsx', note: 'xlsx：同 45，具体要求合并区域覆盖二级列', tasks: v45, hasNo: true, hasDeadline: true, render: v46Xlsx },
  { file: '47-task-spans-requirement.docx', note: 'docx：没有具体要求的短任务，工作任务单元格向右合并覆盖具体要求列（gridSpan）', tasks: v47, hasNo: true, hasDeadline: true, render: v47Docx },
  { file: '48-merge-across-categories.xlsx', note: 'xlsx：责任单位、完成时限的合并区域跨过类别变化', tasks: v48, hasNo: true, hasDeadline: true, render: v48Xlsx },
  { file: '11-section-rows-cells.txt', note: 'Word 另存为文本：分节行（单个单元格），序号为「（一）」，时间节点在责任科室之前', tasks: v11, hasNo: true, hasDeadline: true, render: v11Text },
];

const EXPECTED_OVERRIDE: Record<string, Expected[]> = { '09-body-numbered.txt': v09Expected, '10-body-yishi-ershi.txt': v10Expected, '14-body-units-in-brackets.txt': v14Expected, '23-body-four-levels.txt': v23Expected, '24-body-lead-phrases.txt': v24Expected, '39-body-unit-lines.txt': v39Expected };

async function main(): Promise<void> {
  process.env.TZ = 'UTC'; // zip entry times are written in local time
  mkdirSync(OUT, { recursive: true });
  for (const v of VARIANTS) {
    const body = await v.render();
    writeFileSync(join(OUT, v.file), body);
    const tasks = EXPECTED_OVERRIDE[v.file] ?? expectedOf(v.tasks, v);
    const base = v.file.replace(/\.[^.]+$/, '');
    writeFileSync(join(OUT, `${base}.expected.json`), `${JSON.stringify({ source: v.file, layout: v.note, tasks }, null, 1)}\n`);
    console.log(`已生成 ${v.file}（${tasks.length} 条任务）`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();

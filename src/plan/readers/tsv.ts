// One record of tab-separated text as spreadsheets copy it: a cell holding a line break or a quote
// is quoted (「"第一行\n第二行"」, 「""」 for a quote), so a record can run over several lines.

const MAX_RECORD_LINES = 30;

export function readTsvRecord(lines: string[], start: number): { cells: string[]; next: number } {
  const quoted = readQuoted(lines, start);
  // A quote that never closes was text, not quoting: read the line as it is.
  return quoted && quoted.next - start <= MAX_RECORD_LINES ? quoted : { cells: lines[start].split('\t'), next: start + 1 };
}

function readQuoted(lines: string[], start: number): { cells: string[]; next: number } | null {
  const cells: string[] = [];
  let line = start;
  let text = lines[line];
  let pos = 0;
  for (;;) {
    if (text[pos] === '"') {
      let value = '';
      pos++;
      for (;;) {
        const quote = text.indexOf('"', pos);
        if (quote < 0) {
          if (line + 1 >= lines.length || line + 1 - start > MAX_RECORD_LINES) return null;
          value += `${text.slice(pos)}\n`;
          text = lines[++line];
          pos = 0;
        } else if (text[quote + 1] === '"') {
          value += `${text.slice(pos, quote)}"`;
          pos = quote + 2;
        } else {
          value += text.slice(pos, quote);
          pos = quote + 1;
          break;
        }
      }
      const tab = text.indexOf('\t', pos);
      cells.push(value + (tab < 0 ? text.slice(pos) : text.slice(pos, tab)));
      if (tab < 0) return { cells, next: line + 1 };
      pos = tab + 1;
    } else {
      const tab = text.indexOf('\t', pos);
      if (tab < 0) return { cells: [...cells, text.slice(pos)], next: line + 1 };
      cells.push(text.slice(pos, tab));
      pos = tab + 1;
    }
  }
}

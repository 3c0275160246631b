export type DelimitedRows = { ok: true; rows: string[][] } | { ok: false; line: number };

/**
 * RFC 4180 parsing with the delimiter chosen by the caller: quoted fields may hold delimiters,
 * doubled quotes and line breaks; CRLF and LF both end a record. An unterminated quote is an
 * error at the line where its field began.
 */
export function parseDelimited(text: string, delimiter: string): DelimitedRows {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let fieldLine = 1;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line += 1;
        field += char;
      }
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
      fieldLine = line;
    } else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      line += 1;
    } else {
      field += char;
    }
  }
  if (quoted) return { ok: false, line: fieldLine };
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { ok: true, rows: rows.filter((cells) => cells.some((cell) => cell.trim() !== '')) };
}

export function formatDelimited(rows: readonly (readonly string[])[], delimiter: string): string {
  const quote = (cell: string) =>
    /[",\t\r\n;]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
  return rows.map((cells) => cells.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}

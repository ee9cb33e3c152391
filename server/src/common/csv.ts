import { stringify } from 'csv-stringify/sync';

/** Cells starting with = + - @ would run as formulas in a spreadsheet: quote them. */
const safe = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/** Rows as CSV (the settlement recommendations, the admin audit log): cells that would run as formulas are quoted; a
 * leading BOM makes Excel read UTF-8 (æøå) correctly. */
export function csv(rows: string[][]): string {
  return '\ufeff' + stringify(rows.map((r) => r.map(safe)));
}

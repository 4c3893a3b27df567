import { describe, expect, it } from 'vitest';
import { EXCEL_CSV, parseCsv, writeCsv } from '../src/reports/csv.js';
import { ERROR_CODES } from '../src/errors/cdto-kpi-error.js';

describe('parseCsv (RFC 4180)', () => {
  it.each([
    ['plain, comma, CRLF', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['LF line ends, no final newline', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['a byte-order mark is dropped', '\uFEFFa;b\r\n1;2\r\n', [['a', 'b'], ['1', '2']]],
    ['semicolon found from the header', 'a;b;c\r\n"1,5";2;\r\n', [['a', 'b', 'c'], ['1,5', '2', '']]],
    ['quoted delimiter, quote and line end', 'a,b\r\n"x, ""y""","line 1\nline 2"\r\n', [['a', 'b'], ['x, "y"', 'line 1\nline 2']]],
    ['empty cells and an empty quoted cell', 'a,b,c\r\n,"",\r\n', [['a', 'b', 'c'], ['', '', '']]],
    ['tab', 'a\tb\r\n1\t2\r\n', [['a', 'b'], ['1', '2']]],
    ['Cyrillic kept', 'name\r\nДоля услуг\r\n', [['name'], ['Доля услуг']]],
  ])('%s', (_, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it.each([
    ['an unclosed quote', 'a,b\r\n"1,2\r\n'],
    ['text after a closing quote', 'a,b\r\n"1"x,2\r\n'],
    ['a quote inside an unquoted cell', 'a,b\r\n1"2,3\r\n'],
  ])('refuses %s, naming the line', (_, text) => {
    let caught: unknown;
    try {
      parseCsv(text);
    } catch (error) {
      caught = error;
    }
    expect((caught as { code: string }).code).toBe(ERROR_CODES.MALFORMED_CSV);
    expect((caught as Error).message).toContain('line 2');
  });

  it('reads back what it writes, with any delimiter and a byte-order mark', () => {
    const rows = [['id', 'name'], ['common.1', 'Жоба; "1", 2\r\nдалее'], ['x', '']];
    for (const options of [{}, EXCEL_CSV, { delimiter: '\t' as const }]) {
      expect(parseCsv(writeCsv(rows, options), 'delimiter' in options ? { delimiter: options.delimiter } : {})).toEqual(rows);
    }
    expect(writeCsv([['a']], EXCEL_CSV).startsWith('\uFEFF')).toBe(true);
    expect(writeCsv([['1,5', '2']], EXCEL_CSV)).toBe('\uFEFF1,5;2\r\n');
  });
});

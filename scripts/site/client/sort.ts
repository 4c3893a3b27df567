/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Sortable tables (`table[data-sortable]`): a button in a column's header sorts the rows by the
 * row's `data-<key>` value, first in the order the button names (`data-sort-first`), then the other
 * way; the header carries `aria-sort`, and a status line says how the table is sorted. A row's note
 * (`tr[data-note-for=<row id>]`) moves with its row.
 */
interface SortLabels {
  readonly sorted: string;
  readonly ascending: string;
  readonly descending: string;
}

/** Compares two plain decimal strings of zero or more (`96.4`, `65`) exactly, without floats. */
function compareDecimal(a: string, b: string): number {
  const [ai = '', af = ''] = a.split('.');
  const [bi = '', bf = ''] = b.split('.');
  const ia = ai.replace(/^0+(?=\d)/u, '');
  const ib = bi.replace(/^0+(?=\d)/u, '');
  if (ia.length !== ib.length) return ia.length - ib.length;
  if (ia !== ib) return ia < ib ? -1 : 1;
  const width = Math.max(af.length, bf.length);
  const fa = af.padEnd(width, '0');
  const fb = bf.padEnd(width, '0');
  return fa === fb ? 0 : fa < fb ? -1 : 1;
}

const labels = JSON.parse(document.getElementById('sort-labels')?.textContent ?? '{}') as SortLabels;
const status = document.getElementById('sort-status');

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
  const body = table.tBodies[0];
  if (body === undefined) continue;
  for (const button of table.querySelectorAll<HTMLButtonElement>('button[data-sort-key]')) {
    button.addEventListener('click', () => {
      const header = button.closest('th');
      const key = button.dataset.sortKey ?? '';
      const now = header?.getAttribute('aria-sort');
      const order = now === 'ascending' ? 'descending' : now === 'descending' ? 'ascending' : button.dataset.sortFirst === 'descending' ? 'descending' : 'ascending';
      for (const other of table.querySelectorAll('th[aria-sort]')) other.removeAttribute('aria-sort');
      header?.setAttribute('aria-sort', order);
      const rows = [...body.rows].filter((row) => row.dataset.noteFor === undefined);
      const notes = new Map([...body.rows].filter((row) => row.dataset.noteFor !== undefined).map((row) => [row.dataset.noteFor, row]));
      const value = (row: HTMLTableRowElement, name: string): string => row.getAttribute(`data-${name}`) ?? '0';
      rows.sort((a, b) => {
        const by = compareDecimal(value(a, key), value(b, key));
        // Ties keep the published order.
        return (order === 'ascending' ? by : -by) || compareDecimal(value(a, 'published-rank'), value(b, 'published-rank'));
      });
      for (const row of rows) {
        body.append(row);
        const note = notes.get(row.id);
        if (note !== undefined) body.append(note);
      }
      if (status !== null) status.textContent = labels.sorted.replace('{column}', button.dataset.sortLabel ?? key).replace('{order}', order === 'ascending' ? labels.ascending : labels.descending);
    });
  }
}

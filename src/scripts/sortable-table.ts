/**
 * Sortable tables, as an enhancement: in a `table[data-sortable]`, each `th[data-sort-type]`
 * ("number" or "text") gets a button that sorts the body by that column, read from each cell's
 * `data-sort`, and says so with aria-sort. Pressing again reverses. Empty values go last either way;
 * ties keep the table's first order. Without this script the table keeps its built order.
 */
const collator = new Intl.Collator(document.documentElement.lang || undefined, { numeric: true, sensitivity: 'base' });

function enhance(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort-type]')];
  if (!body || headers.length === 0) return;
  const original = [...body.rows];
  original.forEach((row, k) => (row.dataset.sortOriginal = String(k)));

  for (const th of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', direction);
      sortBy(body, th.cellIndex, th.dataset.sortType === 'number', direction === 'ascending' ? 1 : -1);
    });
  }
  table.parentElement?.parentElement?.querySelector<HTMLElement>('[data-sort-hint]')?.removeAttribute('hidden');
}

function sortBy(body: HTMLTableSectionElement, column: number, numeric: boolean, sign: 1 | -1): void {
  const key = (row: HTMLTableRowElement) => row.cells[column]?.dataset.sort ?? '';
  const rows = [...body.rows].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    if (x === '' || y === '') return x === y ? order(a, b) : x === '' ? 1 : -1;
    const c = numeric ? Number(x) - Number(y) : collator.compare(x, y);
    return c === 0 ? order(a, b) : sign * c;
  });
  body.append(...rows);
}

const order = (a: HTMLTableRowElement, b: HTMLTableRowElement) => Number(a.dataset.sortOriginal) - Number(b.dataset.sortOriginal);

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) enhance(table);

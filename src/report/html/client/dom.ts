// Small DOM helpers: every text goes in through textContent, never as HTML (titles and paths come
// from the repository and may hold anything).

type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | undefined>;

export function h(tag: string, attributes: Attributes = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export function link(href: string, ...children: Child[]): HTMLElement {
  return h('a', { href }, ...children);
}

export interface Column<Row> {
  label: string;
  /** Right-aligned, for numbers. */
  numeric?: boolean;
  cell(row: Row): Child;
}

/** A table with a caption; `data-rows` carries its row count for readers and tests. */
export function table<Row>(caption: string, columns: readonly Column<Row>[], rows: readonly Row[]): HTMLElement {
  const head = h(
    'tr',
    {},
    ...columns.map((column) => h('th', { scope: 'col', class: column.numeric ? 'num' : undefined }, column.label)),
  );
  const body = h('tbody');
  for (const row of rows)
    body.appendChild(
      h('tr', {}, ...columns.map((column) => h('td', { class: column.numeric ? 'num' : undefined }, column.cell(row)))),
    );
  return h('table', { 'data-rows': rows.length }, h('caption', {}, caption), h('thead', {}, head), body);
}

/** The table behind a chart, folded under it. */
export function behind(summary: string, content: Node): HTMLElement {
  return h('details', { class: 'behind' }, h('summary', {}, summary), content);
}

export function section(id: string, title: string, lead: string, ...children: Child[]): HTMLElement {
  return h(
    'section',
    { id, 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, title),
    h('p', { class: 'lead' }, lead),
    ...children,
  );
}

export function figure(caption: string, chart: Node): HTMLElement {
  return h('figure', {}, chart, h('figcaption', {}, caption));
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

export function formatCount(value: number): string {
  return integer.format(value);
}

export function formatHours(value: number): string {
  return `${oneDecimal.format(value)} h`;
}

export function formatPercent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${oneDecimal.format((100 * part) / whole)} %`;
}

export function formatScore(value: number): string {
  return value.toFixed(1);
}

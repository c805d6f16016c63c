import { formatCount, formatHours, formatScore, h, link, section } from './dom.js';
import { itemsHref, matches, parseItemsHash, type ItemFilter } from './filters.js';
import type { Item, Report } from './model.js';

export const PAGE_SIZE = 50;

/**
 * Every open and allowed item, 50 rows at a time: the page holds 20,000 items as data and only ever
 * builds the rows shown. Filters live in the URL's hash, so chart marks and table numbers link here.
 */
export function renderItemsTable(report: Report): { element: HTMLElement; show(filter: ItemFilter): void } {
  const { enums } = report.data;
  let filter: ItemFilter = {};
  let page = 0;
  let shown: Item[] = [];
  const count = h('p', { class: 'count', 'aria-live': 'polite' });
  const body = h('tbody');
  const pager = h('nav', { class: 'pager', 'aria-label': 'pages of items' });
  const select = (
    key: keyof ItemFilter,
    label: string,
    values: readonly string[],
    labelOf: (value: string) => string = (value) => value,
  ) => {
    const control = h(
      'select',
      { name: key, 'aria-label': label },
      h('option', { value: '' }, `${label}: all`),
      ...values.map((value) => h('option', { value }, labelOf(value))),
    );
    control.addEventListener('change', () =>
      go({ ...filter, [key]: (control as HTMLSelectElement).value || undefined }),
    );
    return control as HTMLSelectElement;
  };
  const controls = {
    category: select('category', 'category', enums.categories, report.categoryLabel),
    severity: select('severity', 'severity', enums.severities),
    context: select('context', 'context', enums.contexts),
    status: select('status', 'status', ['allowed', 'any']),
  };
  controls.status.options[0]!.textContent = 'status: open';
  const search = h('input', {
    type: 'search',
    name: 'q',
    placeholder: 'id, file, rule or title',
    'aria-label': 'search items',
  }) as HTMLInputElement;
  search.addEventListener('change', () => go({ ...filter, q: search.value || undefined }));
  const clear = link('#items', 'clear filters');
  const go = (next: ItemFilter) => {
    location.hash = itemsHref(next).slice(1);
  };

  const renderPage = () => {
    const rows = shown.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    body.replaceChildren(...rows.map((item) => row(report, item)));
    const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
    const button = (label: string, target: number, disabled: boolean) => {
      const element = h('button', { type: 'button', disabled }, label);
      element.addEventListener('click', () => {
        page = target;
        renderPage();
      });
      return element;
    };
    pager.replaceChildren(
      button('← previous', page - 1, page === 0),
      h('span', {}, ` page ${page + 1} of ${pages} `),
      button('next →', page + 1, page + 1 >= pages),
    );
  };

  const show = (next: ItemFilter) => {
    filter = next;
    page = 0;
    shown = report.items.filter((item) => matches(item, filter));
    for (const [key, control] of Object.entries(controls)) control.value = filter[key as keyof ItemFilter] ?? '';
    search.value = filter.q ?? '';
    const scope = [filter.path && `in ${filter.path}`, filter.dir && `in folder ${filter.dir}`]
      .filter(Boolean)
      .join(' ');
    count.textContent =
      `${formatCount(shown.length)} ${filter.status === 'allowed' ? 'allowed' : filter.status === 'any' ? '' : 'open'} ${shown.length === 1 ? 'item' : 'items'} ${scope}`
        .replace(/\s+/g, ' ')
        .trim();
    renderPage();
  };

  const head = ['#', 'Id', 'Score', 'Category', 'Severity', 'Context', 'File', 'Title', 'Effort'];
  const element = section(
    'items',
    'All items',
    'Open items in rank order (allowed items under the status filter). Every count in the views above links here with its filter.',
    h(
      'div',
      { class: 'filters' },
      controls.category,
      controls.severity,
      controls.context,
      controls.status,
      search,
      clear,
    ),
    count,
    h(
      'table',
      { class: 'items' },
      h('caption', {}, 'Items matching the filters'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...head.map((label, index) =>
            h('th', { scope: 'col', class: [0, 2, 8].includes(index) ? 'num' : undefined }, label),
          ),
        ),
      ),
      body,
    ),
    pager,
  );
  show(parseItemsHash(location.hash) ?? {});
  return { element, show };
}

function row(report: Report, item: Item): HTMLElement {
  return h(
    'tr',
    { id: `row-${item.id}` },
    h('td', { class: 'num' }, item.rank || '–'),
    h('td', {}, h('code', {}, item.id)),
    h('td', { class: 'num' }, formatScore(item.composite)),
    h('td', {}, report.categoryLabel(item.category)),
    h('td', {}, item.severity),
    h('td', {}, item.context),
    h('td', {}, link(report.fileHref(item.path, item.line), `${item.path}:${item.line}`)),
    h('td', {}, item.title, h('span', { class: 'rule' }, ` ${item.rule}`)),
    h('td', { class: 'num' }, formatHours(item.effortHours)),
  );
}

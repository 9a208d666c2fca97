import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { COLUMN_VIEWS, type ColumnContext } from './register-columns';
import { rt } from './register-messages';
import type { RegisterColumn } from './register-query';
import type { RegisterRow } from './register-rows';

/** Fixed row height (px): the window of rendered rows follows from the scroll position alone. */
export const ROW_HEIGHT = 32;
const HEADER_HEIGHT = 44;
/** Rows rendered above and below the visible window, so fast scrolling shows no gap. */
const OVERSCAN = 8;

interface Props {
  rows: readonly RegisterRow[];
  /** Row indices in display order. */
  order: Uint32Array;
  context: ColumnContext;
  sort: RegisterColumn | null;
  desc: boolean;
  onSort: (column: RegisterColumn) => void;
  selectedId: string | null;
  onOpen: (row: RegisterRow) => void;
}

/**
 * The register as a WAI-ARIA grid, virtualised: only the rows in view (plus a margin, plus the row
 * holding the keyboard focus) are in the DOM, so 30,000 rows scroll like 30. Row 0 is the header.
 * Keys: arrows, Home/End (row ends), Ctrl+Home/End (first/last row), PageUp/PageDown, Enter opens.
 */
export function RegisterGrid({ rows, order, context, sort, desc, onSort, selectedId, onOpen }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(400);
  // Focus position: r = 0 header, r ≥ 1 data row r − 1 of `order`; c = column.
  const [active, setActive] = useState({ r: 0, c: 0 });
  const wantFocus = useRef(false);
  const count = order.length;
  const cols = COLUMN_VIEWS.length;

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setViewport(element.clientHeight));
    observer.observe(element);
    setViewport(element.clientHeight);
    return () => observer.disconnect();
  }, []);

  // A new filter or sort: keep the focus inside the rows that exist.
  useEffect(() => {
    setActive((a) => (a.r > count ? { r: count, c: a.c } : a));
  }, [count]);

  // Layout effect: the focus moves in the same task as the key press, before the next frame.
  useLayoutEffect(() => {
    if (!wantFocus.current) return;
    wantFocus.current = false;
    scroller.current?.querySelector<HTMLElement>(`[data-cell="${active.r}-${active.c}"]`)?.focus();
  }, [active]);

  const bodyHeight = Math.max(0, viewport - HEADER_HEIGHT);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + bodyHeight) / ROW_HEIGHT) + OVERSCAN);
  const pageRows = Math.max(1, Math.floor(bodyHeight / ROW_HEIGHT) - 1);

  const moveTo = (r: number, c: number) => {
    const next = { r: Math.max(0, Math.min(count, r)), c: Math.max(0, Math.min(cols - 1, c)) };
    const element = scroller.current;
    if (element && next.r >= 1) {
      const top = (next.r - 1) * ROW_HEIGHT;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + ROW_HEIGHT > element.scrollTop + bodyHeight) element.scrollTop = top + ROW_HEIGHT - bodyHeight;
      setScrollTop(element.scrollTop);
    } else if (element && next.r === 0) {
      element.scrollTop = 0;
      setScrollTop(0);
    }
    wantFocus.current = true;
    setActive(next);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const { r, c } = active;
    const ctrl = event.ctrlKey || event.metaKey;
    const moves: Record<string, () => void> = {
      ArrowDown: () => moveTo(r + 1, c),
      ArrowUp: () => moveTo(r - 1, c),
      ArrowRight: () => moveTo(r, c + 1),
      ArrowLeft: () => moveTo(r, c - 1),
      Home: () => (ctrl ? moveTo(1, 0) : moveTo(r, 0)),
      End: () => (ctrl ? moveTo(count, cols - 1) : moveTo(r, cols - 1)),
      PageDown: () => moveTo(r + pageRows, c),
      PageUp: () => moveTo(Math.max(r > 0 ? 1 : 0, r - pageRows), c),
      Enter: () => {
        if (r === 0) onSort(COLUMN_VIEWS[c]!.id);
        else {
          const row = rows[order[r - 1]!];
          if (row) onOpen(row);
        }
      },
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };

  const template = COLUMN_VIEWS.map((col) => `${col.width}px`).join(' ');
  const rendered: number[] = [];
  for (let k = first; k < last; k++) rendered.push(k);
  if (active.r >= 1 && (active.r - 1 < first || active.r - 1 >= last) && active.r - 1 < count) rendered.push(active.r - 1);

  return (
    <div
      class="reg-grid"
      role="grid"
      aria-label={rt('register.gridLabel')}
      aria-describedby="register-grid-help"
      aria-rowcount={count + 1}
      aria-colcount={cols}
      ref={scroller}
      onScroll={(event) => setScrollTop((event.currentTarget as HTMLDivElement).scrollTop)}
      onKeyDown={onKeyDown}
      data-testid="register-grid"
    >
      <div role="rowgroup" class="reg-grid__head">
        <div role="row" aria-rowindex={1} class="reg-grid__row reg-grid__row--head" style={{ gridTemplateColumns: template }}>
          {COLUMN_VIEWS.map((col, c) => {
            const sorted = sort === col.id;
            return (
              <div
                key={col.id}
                role="columnheader"
                aria-colindex={c + 1}
                aria-sort={sorted ? (desc ? 'descending' : 'ascending') : 'none'}
                class={`reg-grid__cell reg-grid__cell--head${col.numeric ? ' reg-grid__cell--num' : ''}${c === 0 ? ' reg-grid__cell--sticky' : ''}`}
              >
                <button
                  type="button"
                  data-cell={`0-${c}`}
                  data-column={col.id}
                  tabIndex={active.r === 0 && active.c === c ? 0 : -1}
                  title={col.tip?.(context)}
                  onClick={() => {
                    setActive({ r: 0, c });
                    onSort(col.id);
                  }}
                >
                  {col.label(context)}
                  <span aria-hidden="true" class="reg-grid__sort">
                    {sorted ? (desc ? '▼' : '▲') : ''}
                  </span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" class="reg-grid__body" style={{ height: `${count * ROW_HEIGHT}px` }}>
        {rendered.map((k) => {
          const row = rows[order[k]!]!;
          const r = k + 1;
          return (
            <div
              key={row.id}
              role="row"
              aria-rowindex={r + 1}
              aria-selected={row.id === selectedId}
              class={`reg-grid__row${row.id === selectedId ? ' reg-grid__row--selected' : ''}`}
              style={{ gridTemplateColumns: template, transform: `translateY(${k * ROW_HEIGHT}px)` }}
              data-project-id={row.id}
              onClick={(event) => {
                const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-cell]');
                const c = cell ? Number(cell.dataset['cell']!.split('-')[1]) : 0;
                setActive({ r, c });
                onOpen(row);
              }}
            >
              {COLUMN_VIEWS.map((col, c) => (
                <div
                  key={col.id}
                  role="gridcell"
                  aria-colindex={c + 1}
                  data-cell={`${r}-${c}`}
                  tabIndex={active.r === r && active.c === c ? 0 : -1}
                  class={`reg-grid__cell${col.numeric ? ' reg-grid__cell--num' : ''}${c === 0 ? ' reg-grid__cell--sticky' : ''}${col.id === 'flag' ? ` reg-flag reg-flag--${row.flag}` : ''}`}
                >
                  {col.text(row, context)}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}

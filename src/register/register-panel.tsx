import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { localText, lang } from '../i18n/i18n';
import { downloadBlob } from '../shared/download';
import { dataset } from '../state/data-state';
import { expectedResult, scenarioParams, shownResult } from '../state/scenario-state';
import type { BuiltinData } from '../data/builtin-data';
import { MilestonesView } from './milestones-view';
import { ProjectPanel } from './project-panel';
import type { ColumnContext } from './register-columns';
import { COLUMN_VIEWS } from './register-columns';
import { RegisterGrid } from './register-grid';
import { bindRegisterHighlight } from './register-map';
import { rt } from './register-messages';
import {
  codePointOrder,
  codePointRanks,
  isFiltered,
  PROJECT_TYPES,
  queryRegister,
  REPORT_STATES,
  SCHEDULE_FLAGS,
  searchHaystack,
  sortOrder,
  type RegisterColumn,
  type RegisterFilter,
} from './register-query';
import { buildRegisterRows, type RegisterRow } from './register-rows';
import { selectedProjectId } from './register-state';
import { readRegisterFilter, withRegisterFilter } from './register-url';
import './register.css';

type View = 'register' | 'milestones';

/** Names turned into pinyin per slice before the page gets a frame. */
const PINYIN_SLICE = 1000;
/** Above this many rows, names sort by code point of pinyin / lower-case keys instead of a collator. */
const COLLATOR_MAX_ROWS = 2000;

/** The project register tab (项目库): filters, the virtualised grid, exports, milestones, project panel. */
export function RegisterPanel() {
  const data = dataset.value;
  if (!data) return null;
  return <RegisterFor data={data} />;
}

function RegisterFor({ data }: { data: BuiltinData }) {
  const result = shownResult.value;
  const params = scenarioParams.value;
  const language = lang.value;
  const [view, setView] = useState<View>('register');
  const [filter, setFilter] = useState<RegisterFilter>(() =>
    readRegisterFilter(location.search, {
      siteIds: new Set(data.sites.map((s) => s.properties.id)),
      clusterIds: new Set(data.clusters.map((c) => c.id)),
    }),
  );
  const [haystacks, setHaystacks] = useState<{
    for: BuiltinData;
    list: string[];
    sortKeys: string[];
    rankZh: Float64Array;
  } | null>(null);
  const [exportError, setExportError] = useState(false);

  useEffect(() => bindRegisterHighlight(), []);
  useEffect(() => {
    const href = withRegisterFilter(location.href, filter);
    if (href !== location.href) history.replaceState(history.state, '', href);
  }, [filter]);

  const reporting = useMemo(
    () => ({
      firstDate: `${data.targets.progress_reporting.first_month}-01`,
      intervalDays: data.targets.progress_reporting.interval_days,
    }),
    [data],
  );
  const rows = useMemo(
    () => buildRegisterRows({ projects: data.projects, progressReports: data.progressReports, result, params, reporting }),
    [data, result, params, reporting],
  );

  // Pinyin comes in its own chunk once the register is open, and is computed in slices between
  // tasks (30,000 names take seconds); until then search matches names and ids.
  useEffect(() => {
    let alive = true;
    void import('./pinyin-names').then(async ({ namePinyin }) => {
      const list: string[] = [];
      const sortKeys: string[] = [];
      const projects = data.projects;
      for (let start = 0; start < projects.length; start += PINYIN_SLICE) {
        if (!alive) return;
        for (const project of projects.slice(start, start + PINYIN_SLICE)) {
          const pinyin = namePinyin(project.name_zh);
          list.push(searchHaystack({ nameZh: project.name_zh, nameEn: project.name_en, id: project.id }, pinyin));
          sortKeys.push(`${pinyin.full}\u0000${project.name_zh}`);
        }
        if (start + PINYIN_SLICE < projects.length) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      if (alive) setHaystacks({ for: data, list, sortKeys, rankZh: codePointRanks(sortKeys) });
    });
    return () => {
      alive = false;
    };
  }, [data]);

  const sites = useMemo(() => new Map(data.sites.map((s) => [s.properties.id, s.properties])), [data]);
  const clusters = useMemo(() => new Map(data.clusters.map((c) => [c.id, c])), [data]);
  const siteName = (id: string) => {
    const site = sites.get(id);
    return site ? localText(site.name, language) : id;
  };
  const clusterName = (id: string) => {
    const cluster = clusters.get(id);
    return cluster ? localText(cluster.name, language) : id;
  };
  const year = result ? result.firstYear + result.targetYearIndex : data.targets.year;
  const context: ColumnContext = { lang: language, startMonth: result?.startMonth ?? null, siteName, clusterName, year };

  const order = useMemo(() => {
    if (!filter.sort) return null;
    // Chinese names sort by their pinyin (code-point order of the pinyin keys) once pinyin is ready,
    // English names by code point of their lower case: exact and ~20× faster than a collator on
    // 30,000 names. Small sets and the short site and cluster lists use the collator.
    const keys = haystacks?.for === data ? haystacks.sortKeys : null;
    const large = rows.length > COLLATOR_MAX_ROWS;
    const collator =
      large && (language === 'en' || keys)
        ? codePointOrder
        : new Intl.Collator(language === 'en' ? 'en' : 'zh-u-co-pinyin', { numeric: true });
    return sortOrder(rows, filter.sort, filter.desc, {
      name: (r) => (language === 'en' ? (large ? r.nameEn.toLowerCase() : r.nameEn) : large && keys ? keys[r.index]! : r.nameZh),
      site: (r) => siteName(r.siteId),
      cluster: (r) => clusterName(r.clusterId),
      collator,
      nameRank: large && language !== 'en' && haystacks?.for === data ? haystacks.rankZh : null,
    });
  }, [rows, filter.sort, filter.desc, language, haystacks]);
  // One more character typed with the same facets: search only the previous answer.
  const previous = useRef<{ key: unknown[]; q: string; shown: Uint32Array } | null>(null);
  const shown = useMemo(() => {
    const search = haystacks?.for === data ? haystacks.list : null;
    const key = [rows, search, order, filter.site, filter.cluster, filter.type, filter.status, filter.flag, filter.overdue];
    const last = previous.current;
    const q = filter.q.trim().toLowerCase();
    const narrowing = last && last.q !== '' && q.startsWith(last.q) && last.key.every((k, i) => k === key[i]);
    const result = queryRegister({ rows, haystacks: search, order, candidates: narrowing ? last.shown : null }, filter);
    previous.current = { key, q, shown: result };
    return result;
  }, [rows, haystacks, order, filter, data]);

  const selectedId = selectedProjectId.value;
  const selectedRow = selectedId ? rows.find((r) => r.id === selectedId) : undefined;
  const open = (row: RegisterRow) => (selectedProjectId.value = row.id);
  const update = (patch: Partial<RegisterFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const onSort = (column: RegisterColumn) =>
    setFilter((f) =>
      f.sort !== column ? { ...f, sort: column, desc: false } : f.desc ? { ...f, sort: null, desc: false } : { ...f, desc: true },
    );

  const summary = (() => {
    const parts: string[] = [];
    if (filter.q.trim()) parts.push(rt('register.search.summary', { q: filter.q.trim() }));
    if (filter.site.length) parts.push(`${rt('register.filter.site')}: ${filter.site.map(siteName).join('、')}`);
    if (filter.cluster.length) parts.push(`${rt('register.filter.cluster')}: ${filter.cluster.map(clusterName).join('、')}`);
    if (filter.type.length)
      parts.push(`${rt('register.filter.type')}: ${filter.type.map((v) => rt(`register.type.${v}`)).join('、')}`);
    if (filter.status.length)
      parts.push(`${rt('register.filter.status')}: ${filter.status.map((v) => rt(`register.status.${v}`)).join('、')}`);
    if (filter.flag.length)
      parts.push(`${rt('register.filter.flag')}: ${filter.flag.map((v) => rt(`register.flag.${v}`)).join('、')}`);
    if (filter.overdue) parts.push(rt('register.filter.overdue'));
    const counts = { total: rows.length, shown: shown.length };
    let text = isFiltered(filter)
      ? rt('register.summaryFiltered', { ...counts, filters: parts.join(language === 'en' ? '; ' : '；') })
      : rt('register.summary', counts);
    if (filter.sort) {
      const column = COLUMN_VIEWS.find((c) => c.id === filter.sort);
      text += language === 'en' ? '; ' : '；';
      text += rt('register.summarySorted', {
        column: column ? column.label(context) : filter.sort,
        direction: rt(filter.desc ? 'register.sortDesc' : 'register.sortAsc'),
      });
    }
    return text;
  })();

  const exportAs = async (kind: 'csv' | 'xlsx') => {
    setExportError(false);
    try {
      const exporter = await import('./register-export');
      const start = result?.startMonth ?? null;
      const name = rt('register.export.fileName');
      if (kind === 'csv') {
        downloadBlob(new Blob([exporter.registerCsv(rows, shown, start)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
      } else {
        downloadBlob(await exporter.registerXlsx(rows, shown, start), `${name}.xlsx`);
      }
    } catch {
      setExportError(true);
    }
  };

  const facet = <V extends string>(
    id: string,
    label: string,
    values: readonly V[],
    current: readonly V[],
    text: (v: V) => string,
    set: (v: V[]) => void,
  ) => (
    <label class="reg-filter" for={id}>
      <span>{label}</span>
      <select
        id={id}
        value={current.length === 1 ? current[0] : ''}
        onChange={(event) => {
          const value = (event.currentTarget as HTMLSelectElement).value as V | '';
          set(value === '' ? [] : [value]);
        }}
      >
        <option value="">{rt('register.filter.all')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {text(v)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div class="register" data-testid="register-panel">
      <div class="reg-toolbar">
        <div role="group" aria-label={rt('register.viewsLabel')} class="reg-views">
          {(['register', 'milestones'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)} data-testid={`register-view-${v}`}>
              {rt(`register.view.${v}`)}
            </button>
          ))}
        </div>
        <button type="button" onClick={() => void exportAs('csv')} data-testid="register-export-csv">
          {rt('register.export.csv')}
        </button>
        <button type="button" onClick={() => void exportAs('xlsx')} data-testid="register-export-xlsx">
          {rt('register.export.xlsx')}
        </button>
      </div>
      {exportError && <p role="alert">{rt('register.export.failed')}</p>}
      {!result && <p class="reg-note">{rt('register.noResult')}</p>}
      {selectedRow && (
        <ProjectPanel
          row={selectedRow}
          result={result}
          expected={expectedResult.value?.params === params ? expectedResult.value.result : null}
          params={params}
          siteName={siteName(selectedRow.siteId)}
          clusterName={clusterName(selectedRow.clusterId)}
          onClose={() => {
            selectedProjectId.value = null;
            document.querySelector<HTMLElement>(`[data-project-id="${CSS.escape(selectedRow.id)}"] [tabindex="0"]`)?.focus();
          }}
        />
      )}
      {view === 'milestones' ? (
        <MilestonesView rows={rows} year={year} onOpen={open} />
      ) : (
        <>
          <div class="reg-filters">
            <label class="reg-filter reg-filter--search" for="register-search">
              <span>{rt('register.search')}</span>
              <input
                id="register-search"
                type="search"
                value={filter.q}
                placeholder={rt('register.searchHint')}
                maxLength={100}
                onInput={(event) => update({ q: (event.currentTarget as HTMLInputElement).value })}
                data-testid="register-search"
              />
            </label>
            {facet(
              'register-site',
              rt('register.filter.site'),
              data.sites.map((s) => s.properties.id),
              filter.site,
              siteName,
              (site) => update({ site }),
            )}
            {facet(
              'register-cluster',
              rt('register.filter.cluster'),
              data.clusters.map((c) => c.id),
              filter.cluster,
              clusterName,
              (cluster) => update({ cluster }),
            )}
            {facet(
              'register-type',
              rt('register.filter.type'),
              PROJECT_TYPES,
              filter.type,
              (v) => rt(`register.type.${v}`),
              (type) => update({ type }),
            )}
            {facet(
              'register-status',
              rt('register.filter.status'),
              REPORT_STATES,
              filter.status,
              (v) => rt(`register.status.${v}`),
              (status) => update({ status }),
            )}
            {facet(
              'register-flag',
              rt('register.filter.flag'),
              SCHEDULE_FLAGS,
              filter.flag,
              (v) => rt(`register.flag.${v}Long`),
              (flag) => update({ flag }),
            )}
            <label class="reg-filter reg-filter--check">
              <input
                type="checkbox"
                checked={filter.overdue}
                onChange={(event) => update({ overdue: (event.currentTarget as HTMLInputElement).checked })}
              />
              <span>{rt('register.filter.overdue')}</span>
            </label>
            {isFiltered(filter) && (
              <button
                type="button"
                onClick={() => update({ q: '', site: [], cluster: [], type: [], status: [], flag: [], overdue: false })}
              >
                {rt('register.filter.clear')}
              </button>
            )}
          </div>
          <p role="status" aria-live="polite" class="reg-summary" data-testid="register-summary">
            {summary}
          </p>
          <p id="register-grid-help" class="reg-help">
            {rt('register.gridHelp')}
          </p>
          {shown.length === 0 ? <p class="reg-note">{rt('register.noRows')}</p> : null}
          <RegisterGrid
            rows={rows}
            order={shown}
            context={context}
            sort={filter.sort}
            desc={filter.desc}
            onSort={onSort}
            selectedId={selectedId}
            onOpen={open}
          />
          <details class="reg-rules">
            <summary>{rt('register.col.flag')}</summary>
            <ul class="reg-flag-legend">
              {SCHEDULE_FLAGS.map((f) => (
                <li key={f}>
                  <span class={`reg-flag reg-flag--${f}`}>{rt(`register.flag.${f}`)}</span> {rt(`register.flag.${f}Long`)}
                </li>
              ))}
            </ul>
            <p>{rt('register.flagRule')}</p>
            <p>{rt('register.calendarRule', { first: reporting.firstDate, days: reporting.intervalDays })}</p>
          </details>
        </>
      )}
    </div>
  );
}

/**
 * The register's filter in the page URL (`?rq=…&rsite=a,b&rsort=total&rdesc=1`), so a reload or a
 * share link (which keeps the query string and replaces only the hash) opens the same view. Every
 * value is checked against the dataset in use; anything unknown is dropped quietly, as for the app's
 * other URL parameters.
 */
import type { ProjectType } from '../../workers/model/input/projects-csv';
import {
  EMPTY_FILTER,
  PROJECT_TYPES,
  REGISTER_COLUMNS,
  REPORT_STATES,
  SCHEDULE_FLAGS,
  type RegisterColumn,
  type RegisterFilter,
} from './register-query';
import type { ReportState } from './register-rows';
import { REGISTER_URL_KEYS } from './register-url-keys';
import type { ScheduleFlag } from './schedule-flag';

/** Longest search text kept from a URL. */
export const QUERY_MAX_CHARS = 100;

const list = <T extends string>(value: string | null, allowed: ReadonlySet<string>): T[] =>
  value === null ? [] : [...new Set(value.split(',').filter((v) => allowed.has(v)))].map((v) => v as T);

/**
 * @example readRegisterFilter('?rq=rs&rtype=new,bogus', { siteIds: new Set(), clusterIds: new Set() }) // { ...EMPTY_FILTER, q: 'rs', type: ['new'] }
 */
export function readRegisterFilter(
  search: string,
  known: { siteIds: ReadonlySet<string>; clusterIds: ReadonlySet<string> },
): RegisterFilter {
  const params = new URLSearchParams(search);
  const rawSort = params.get('rsort');
  const sort = (REGISTER_COLUMNS as readonly (string | null)[]).includes(rawSort) ? (rawSort as RegisterColumn) : null;
  return {
    q: (params.get('rq') ?? '').slice(0, QUERY_MAX_CHARS),
    site: list<string>(params.get('rsite'), known.siteIds),
    cluster: list<string>(params.get('rcluster'), known.clusterIds),
    type: list<ProjectType>(params.get('rtype'), new Set(PROJECT_TYPES)),
    status: list<ReportState>(params.get('rstatus'), new Set(REPORT_STATES)),
    flag: list<ScheduleFlag>(params.get('rflag'), new Set(SCHEDULE_FLAGS)),
    overdue: params.get('roverdue') === '1',
    sort,
    desc: params.get('rdesc') === '1' && sort !== null,
  };
}

/**
 * `href` with the register's parameters set from the filter (defaults removed), every other
 * parameter and the hash kept.
 */
export function withRegisterFilter(href: string, filter: RegisterFilter): string {
  const url = new URL(href);
  for (const key of REGISTER_URL_KEYS) url.searchParams.delete(key);
  const set = (key: string, value: string) => value && url.searchParams.set(key, value);
  set('rq', filter.q.slice(0, QUERY_MAX_CHARS));
  set('rsite', filter.site.join(','));
  set('rcluster', filter.cluster.join(','));
  set('rtype', filter.type.join(','));
  set('rstatus', filter.status.join(','));
  set('rflag', filter.flag.join(','));
  if (filter.overdue) set('roverdue', '1');
  if (filter.sort !== EMPTY_FILTER.sort && filter.sort) {
    set('rsort', filter.sort);
    if (filter.desc) set('rdesc', '1');
  }
  return url.toString();
}

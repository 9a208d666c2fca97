/**
 * The register as it is filtered and sorted, as CSV (UTF-8 BOM, CRLF, formula-like text guarded)
 * and XLSX, with bilingual header cells `<中文> <column>`. The file writers are those of the data
 * export (src/import/dataset-export.ts), so both downloads follow the same spreadsheet rules.
 */
import { toCsv, toXlsx } from '../import/dataset-export';
import { monthAt as monthLabel } from '../../workers/model/calendar';
import type { RegisterRow } from './register-rows';

/** Export columns: machine name, Chinese and English label, and the cell of a row. */
export const REGISTER_EXPORT_COLUMNS: readonly {
  column: string;
  zh: string;
  en: string;
  cell: (row: RegisterRow, startMonth: string | null) => string | number;
}[] = [
  { column: 'id', zh: '项目编号', en: 'Project ID', cell: (r) => r.id },
  { column: 'name_zh', zh: '项目名称（中文）', en: 'Name (Chinese)', cell: (r) => r.nameZh },
  { column: 'name_en', zh: '项目名称（英文）', en: 'Name (English)', cell: (r) => r.nameEn },
  { column: 'type', zh: '项目类型', en: 'Type', cell: (r) => r.type },
  { column: 'site_id', zh: '园区编号', en: 'Site ID', cell: (r) => r.siteId },
  { column: 'cluster_id', zh: '产业集群编号', en: 'Cluster ID', cell: (r) => r.clusterId },
  { column: 'total_investment_wan', zh: '总投资（万元）', en: 'Total investment (10k yuan)', cell: (r) => r.totalWan },
  { column: 'remaining_investment_wan', zh: '剩余投资（万元）', en: 'Remaining (10k yuan)', cell: (r) => r.remainingWan },
  { column: 'planned_start', zh: '计划开（复）工月份', en: 'Planned (re)start month', cell: (r) => r.plannedStart },
  { column: 'construction_months', zh: '建设工期（月）', en: 'Construction months', cell: (r) => r.constructionMonths },
  { column: 'full_output_wan', zh: '达产年产值（万元）', en: 'Full annual output (10k yuan)', cell: (r) => r.fullOutputWan },
  { column: 'expected_start', zh: '预期开工月（中位）', en: 'Expected start (median)', cell: (r, s) => month(r.startMedian, s) },
  { column: 'start_p10', zh: '开工 P10', en: 'Start P10', cell: (r, s) => month(r.startP10, s) },
  { column: 'start_p90', zh: '开工 P90', en: 'Start P90', cell: (r, s) => month(r.startP90, s) },
  {
    column: 'expected_completion',
    zh: '预期竣工月（中位）',
    en: 'Expected completion (median)',
    cell: (r, s) => month(r.completionMedian, s),
  },
  { column: 'completion_p10', zh: '竣工 P10', en: 'Completion P10', cell: (r, s) => month(r.completionP10, s) },
  { column: 'completion_p90', zh: '竣工 P90', en: 'Completion P90', cell: (r, s) => month(r.completionP90, s) },
  { column: 'p_started_by_milestone', zh: '节点前开工概率', en: 'P(started by milestone)', cell: (r) => num(r.pMilestone) },
  {
    column: 'p_completed_target_year',
    zh: '目标年竣工概率',
    en: 'P(completed in target year)',
    cell: (r) => num(r.pCompletedTargetYear),
  },
  {
    column: 'investment_target_year_wan',
    zh: '目标年投资（万元）',
    en: 'Target-year investment (10k yuan)',
    cell: (r) => num(r.investmentTargetYearWan),
  },
  {
    column: 'share_target_year_investment',
    zh: '占目标年投资比重',
    en: 'Share of target-year investment',
    cell: (r) => num(r.shareTargetYear),
  },
  {
    column: 'growth_contribution_investment_pp',
    zh: '投资拉动增速（百分点）',
    en: 'Growth contribution, investment (pp)',
    cell: (r) => num(r.growthInvestmentPp),
  },
  { column: 'latest_report_date', zh: '最近报告日期', en: 'Latest report date', cell: (r) => r.reportDate },
  { column: 'status', zh: '进度状态', en: 'Status', cell: (r) => r.reportStatus },
  {
    column: 'invested_to_date_wan',
    zh: '累计完成投资（万元）',
    en: 'Invested to date (10k yuan)',
    cell: (r) => num(r.reportInvestedWan),
  },
  { column: 'schedule_flag', zh: '进度预警', en: 'Schedule flag', cell: (r) => r.flag },
  { column: 'report_overdue', zh: '逾期未报', en: 'Report overdue', cell: (r) => (r.overdue ? 'yes' : 'no') },
];

function month(index: number, start: string | null): string {
  return start === null || Number.isNaN(index) ? '' : monthLabel(start, index);
}
/** Empty cell for "no value" rather than the text NaN. */
const num = (value: number): number | string => (Number.isNaN(value) ? '' : value);

export const registerExportHeader = (): string[] => REGISTER_EXPORT_COLUMNS.map((c) => `${c.zh} ${c.column}`);

function cells(rows: readonly RegisterRow[], order: ArrayLike<number>, startMonth: string | null): (string | number)[][] {
  const out: (string | number)[][] = [];
  for (let k = 0; k < order.length; k++) {
    const row = rows[order[k]!]!;
    out.push(REGISTER_EXPORT_COLUMNS.map((c) => c.cell(row, startMonth)));
  }
  return out;
}

/**
 * @example new Blob([registerCsv(rows, order, '2017-01')], { type: 'text/csv;charset=utf-8' })
 */
export function registerCsv(rows: readonly RegisterRow[], order: ArrayLike<number>, startMonth: string | null): string {
  return toCsv(registerExportHeader(), cells(rows, order, startMonth));
}

export function registerXlsx(rows: readonly RegisterRow[], order: ArrayLike<number>, startMonth: string | null): Promise<Blob> {
  return toXlsx(registerExportHeader(), cells(rows, order, startMonth), 'register');
}

/**
 * Scenario parameters of the simulator: the type, the table the UI renders as sliders (with range,
 * step, default and source of each default, in English and Chinese), the defaults and the three presets.
 * workers/README.md explains how each parameter enters the equations.
 */
import type { LocalizedText } from './localized-text';

/** Per-cluster replacement of baseline.json values; any field left out keeps the baseline value. */
export interface ClusterOverride {
  /** Base-year gross output, 万元. */
  baselineOutputWan?: number;
  /** Organic growth per year, percent. */
  organicGrowthPct?: number;
  /** Value added as a share of gross output, percent. */
  valueAddedRatePct?: number;
}

export interface ScenarioParams {
  /** Share of continuing (续建) projects resumed by the May milestone, %. */
  resumedByMayPct: number;
  /** Share of new (新建) projects started by the August milestone, %. */
  startedByAugustPct: number;
  /** Months after the milestone month at which a project that missed it starts, months. */
  missDelayMonths: number;
  /** Construction takes this much longer than planned, % of planned construction months. */
  durationOverrunPct: number;
  /** Share of the planned remaining investment actually spent, %. */
  realisationPct: number;
  /** Capacity utilisation once ramp-up is over, % of full-capacity output. */
  utilisationPct: number;
  /** Multiplies every project's ramp-up months (1 = as in the dataset). */
  rampUpFactor: number;
  /** Share of reserve (储备) projects signed, %. */
  reserveSignedPct: number;
  /** Months from signing to the start of construction of a reserve project. */
  reserveLagMonths: number;
  /** First month of the outdoor construction season (1 = January). */
  seasonStartMonth: number;
  /** Last month of the construction season (inclusive). */
  seasonEndMonth: number;
  /** Added to the organic growth of every cluster and of the rest of the economy, percentage points. */
  organicGrowthShiftPp: number;
  /** County value added created per 万元 of project investment (construction, materials, services), %. */
  constructionValueAddedPct: number;
  /** GDP of the base year (2016), 万元. */
  baselineGdpWan: number;
  /** Monte Carlo: coefficient of variation of the county-wide realisation factor, %. */
  realisationSpreadPct: number;
  /** Monte Carlo: coefficient of variation of the county-wide utilisation factor, %. */
  utilisationSpreadPct: number;
  /** Monte Carlo: standard deviation of the common shock to organic growth, percentage points. */
  growthSpreadPp: number;
  /** Months simulated from the start month (whole years). */
  horizonMonths: number;
  /** Monte Carlo runs. */
  runs: number;
  /** Seed of the Monte Carlo generator (unsigned 32-bit integer). */
  seed: number;
  /** Extra delay (months) of every project at a site, by site id; missing sites have none. */
  siteDelayMonths: Record<string, number>;
  /** Per-cluster replacements of baseline.json values, by cluster id. */
  clusterOverrides: Record<string, ClusterOverride>;
}

export type NumericParamId = Exclude<keyof ScenarioParams, 'siteDelayMonths' | 'clusterOverrides'>;

export type ParameterGroup = 'milestones' | 'construction' | 'output' | 'reserve' | 'economy' | 'uncertainty' | 'run';

export type ParameterUnit = '%' | 'pp' | 'months' | 'month-of-year' | 'factor' | '万元' | 'runs' | 'seed';

/** One row of the parameter table: what a slider needs, plus the source of the default. */
export interface ParameterSpec {
  id: NumericParamId;
  group: ParameterGroup;
  label: LocalizedText;
  unit: ParameterUnit;
  min: number;
  max: number;
  /**
   * Slider step (the UI's granularity). The validator accepts any value in [min, max] for a
   * non-integer parameter; an integer parameter must be whole and, when its step is above 1, a
   * multiple of the step (horizonMonths: whole years).
   */
  step: number;
  /** The model needs a whole number (months, month of year, runs, seed). */
  integer: boolean;
  default: number;
  /** Step used by the sensitivity analysis (moved down and up by this much); null = not analysed. */
  sensitivityStep: number | null;
  /** Where the default comes from; in English "source article", "public source: …" or "assumption: …",
   *  in Chinese "原文：…", "公开资料：…" or "假设：…". */
  source: LocalizedText;
}

/** Every numeric parameter, in the order the UI shows them. */
export const PARAMETER_TABLE: readonly ParameterSpec[] = [
  {
    id: 'resumedByMayPct',
    group: 'milestones',
    label: { 'zh-CN': '续建项目5月复工率', en: 'Continuing projects resumed by May' },
    unit: '%',
    min: 0,
    max: 100,
    step: 1,
    integer: false,
    default: 100,
    sensitivityStep: 10,
    source: { 'zh-CN': '原文：续建项目5月份复工率达到100%', en: 'source article: 续建项目5月份复工率达到100%' },
  },
  {
    id: 'startedByAugustPct',
    group: 'milestones',
    label: { 'zh-CN': '新建项目8月开工率', en: 'New projects started by August' },
    unit: '%',
    min: 0,
    max: 100,
    step: 1,
    integer: false,
    default: 100,
    sensitivityStep: 10,
    source: { 'zh-CN': '原文：新建项目8月份开工率达到100%', en: 'source article: 新建项目8月份开工率达到100%' },
  },
  {
    id: 'missDelayMonths',
    group: 'milestones',
    label: { 'zh-CN': '未按期项目延后', en: 'Delay after a missed milestone' },
    unit: 'months',
    min: 1,
    max: 24,
    step: 1,
    integer: true,
    default: 3,
    sensitivityStep: 2,
    source: {
      'zh-CN': '假设：春季未能按期开工的项目，通常顺延一个季度',
      en: 'assumption: a missed spring start typically slips by one quarter',
    },
  },
  {
    id: 'durationOverrunPct',
    group: 'construction',
    label: { 'zh-CN': '工期延长', en: 'Construction duration overrun' },
    unit: '%',
    min: 0,
    max: 100,
    step: 5,
    integer: false,
    default: 0,
    sensitivityStep: 20,
    source: {
      'zh-CN': '假设：按倒排的工期如期完成（原文：倒排工期）',
      en: 'assumption: schedules worked back from deadlines are kept (source article: 倒排工期)',
    },
  },
  {
    id: 'realisationPct',
    group: 'construction',
    label: { 'zh-CN': '投资完成率', en: 'Investment realisation' },
    unit: '%',
    min: 50,
    max: 120,
    step: 1,
    integer: false,
    default: 100,
    sensitivityStep: 10,
    source: { 'zh-CN': '假设：计划投资全额完成', en: 'assumption: planned investment is spent in full' },
  },
  {
    id: 'seasonStartMonth',
    group: 'construction',
    label: { 'zh-CN': '施工季开始月份', en: 'Construction season starts (month)' },
    unit: 'month-of-year',
    min: 1,
    max: 12,
    step: 1,
    integer: true,
    default: 4,
    sensitivityStep: 1,
    source: {
      'zh-CN': '假设：吉林冬季冻土，室外施工停工；施工季为4月至11月',
      en: 'assumption: outdoor construction in Jilin stops in winter (frozen ground); April to November',
    },
  },
  {
    id: 'seasonEndMonth',
    group: 'construction',
    label: { 'zh-CN': '施工季结束月份', en: 'Construction season ends (month)' },
    unit: 'month-of-year',
    min: 1,
    max: 12,
    step: 1,
    integer: true,
    default: 11,
    sensitivityStep: 1,
    source: {
      'zh-CN': '假设：吉林冬季冻土，室外施工停工；施工季为4月至11月',
      en: 'assumption: outdoor construction in Jilin stops in winter (frozen ground); April to November',
    },
  },
  {
    id: 'utilisationPct',
    group: 'output',
    label: { 'zh-CN': '达产后产能利用率', en: 'Capacity utilisation after ramp-up' },
    unit: '%',
    min: 30,
    max: 100,
    step: 1,
    integer: false,
    default: 80,
    sensitivityStep: 10,
    source: {
      'zh-CN': '假设：取2016—2017年我国制造业产能利用率的一般水平（约75%—80%）',
      en: 'assumption: typical utilisation of Chinese manufacturing in 2016–2017 (about 75–80%)',
    },
  },
  {
    id: 'rampUpFactor',
    group: 'output',
    label: { 'zh-CN': '达产期倍数', en: 'Ramp-up duration factor' },
    unit: 'factor',
    min: 0.5,
    max: 3,
    step: 0.1,
    integer: false,
    default: 1,
    sensitivityStep: 0.5,
    source: {
      'zh-CN': '假设：达产期按 data/projects.csv 所列月数（示意数据）',
      en: 'assumption: ramp-up months as in data/projects.csv (illustrative)',
    },
  },
  {
    id: 'reserveSignedPct',
    group: 'reserve',
    label: { 'zh-CN': '储备项目签约率', en: 'Reserve projects signed' },
    unit: '%',
    min: 0,
    max: 100,
    step: 1,
    integer: false,
    default: 50,
    sensitivityStep: 10,
    source: {
      'zh-CN': '假设：原文提出60个储备项目中“一批”实现签约',
      en: 'assumption: the article aims to have "a batch" (一批) of the 60 reserve projects signed',
    },
  },
  {
    id: 'reserveLagMonths',
    group: 'reserve',
    label: { 'zh-CN': '签约至开工间隔', en: 'Lag from signing to start' },
    unit: 'months',
    min: 0,
    max: 36,
    step: 1,
    integer: true,
    default: 6,
    sensitivityStep: 3,
    source: { 'zh-CN': '假设：用地、审批和设计约需半年', en: 'assumption: land, approvals and design take about half a year' },
  },
  {
    id: 'organicGrowthShiftPp',
    group: 'economy',
    label: { 'zh-CN': '既有经济增速调整', en: 'Organic growth shift' },
    unit: 'pp',
    min: -5,
    max: 5,
    step: 0.1,
    integer: false,
    default: 0,
    sensitivityStep: 1,
    source: {
      'zh-CN': '假设：取0，即沿用 data/baseline.json 中的既有经济增速',
      en: 'assumption: 0 keeps the organic growth rates of data/baseline.json',
    },
  },
  {
    id: 'constructionValueAddedPct',
    group: 'economy',
    label: { 'zh-CN': '投资带动增加值率', en: 'Value added per unit of investment' },
    unit: '%',
    min: 0,
    max: 50,
    step: 1,
    integer: false,
    default: 20,
    sensitivityStep: 5,
    source: {
      'zh-CN': '假设：项目投资中转化为本县增加值的比例（本地施工、建材、服务）',
      en: 'assumption: share of project spending that becomes county value added (local construction, materials, services)',
    },
  },
  {
    id: 'baselineGdpWan',
    group: 'economy',
    label: { 'zh-CN': '2016年地区生产总值', en: 'GDP of the base year (2016)' },
    unit: '万元',
    min: 500000,
    max: 5000000,
    step: 10000,
    integer: false,
    default: 1500000,
    sensitivityStep: 100000,
    source: {
      'zh-CN': '假设：约150亿元，由2013年的126亿元（公开资料：et97.com）按年均增长约6%推算（data/baseline.json）',
      en: "assumption: about 150亿元, 2013's 126亿元 (public source: et97.com) grown about 6% a year (data/baseline.json)",
    },
  },
  {
    id: 'realisationSpreadPct',
    group: 'uncertainty',
    label: { 'zh-CN': '投资完成率波动', en: 'Realisation spread (Monte Carlo)' },
    unit: '%',
    min: 0,
    max: 50,
    step: 1,
    integer: false,
    default: 10,
    sensitivityStep: null,
    source: { 'zh-CN': '假设', en: 'assumption' },
  },
  {
    id: 'utilisationSpreadPct',
    group: 'uncertainty',
    label: { 'zh-CN': '产能利用率波动', en: 'Utilisation spread (Monte Carlo)' },
    unit: '%',
    min: 0,
    max: 50,
    step: 1,
    integer: false,
    default: 10,
    sensitivityStep: null,
    source: { 'zh-CN': '假设', en: 'assumption' },
  },
  {
    id: 'growthSpreadPp',
    group: 'uncertainty',
    label: { 'zh-CN': '增速波动', en: 'Organic growth spread (Monte Carlo)' },
    unit: 'pp',
    min: 0,
    max: 5,
    step: 0.1,
    integer: false,
    default: 1.5,
    sensitivityStep: null,
    source: {
      'zh-CN': '假设：县域经济增速年际波动约±1.5个百分点',
      en: 'assumption: year-to-year swings of county growth rates of about ±1.5 pp',
    },
  },
  {
    id: 'horizonMonths',
    group: 'run',
    label: { 'zh-CN': '模拟月数', en: 'Horizon' },
    unit: 'months',
    min: 12,
    max: 120,
    step: 12,
    integer: true,
    default: 60,
    sensitivityStep: null,
    source: {
      'zh-CN': '假设：五年可覆盖2017年项目的建成与达产',
      en: 'assumption: five years covers completion and ramp-up of the 2017 projects',
    },
  },
  {
    id: 'runs',
    group: 'run',
    label: { 'zh-CN': '蒙特卡洛次数', en: 'Monte Carlo runs' },
    unit: 'runs',
    min: 1,
    max: 100000,
    step: 1,
    integer: true,
    default: 2000,
    sensitivityStep: null,
    source: {
      'zh-CN': '假设：足以使P10/P90结果稳定（分位数的标准误约为模拟次数的1%）',
      en: 'assumption: enough for stable P10/P90 (standard error of a percentile about 1% of runs)',
    },
  },
  {
    id: 'seed',
    group: 'run',
    label: { 'zh-CN': '随机种子', en: 'Random seed' },
    unit: 'seed',
    min: 0,
    max: 4294967295,
    step: 1,
    integer: true,
    default: 2017,
    sensitivityStep: null,
    source: {
      'zh-CN': '假设：可取任意固定值；种子相同，结果可复现',
      en: 'assumption: any fixed value; results are reproducible for a given seed',
    },
  },
];

const specById = new Map(PARAMETER_TABLE.map((s) => [s.id, s]));

/** The table row of a parameter. @example parameterSpec('runs').max === 100000 */
export function parameterSpec(id: NumericParamId): ParameterSpec {
  const spec = specById.get(id);
  if (!spec) throw new Error(`unknown parameter ${id}`);
  return spec;
}

function defaultsFromTable(): ScenarioParams {
  const values = Object.fromEntries(PARAMETER_TABLE.map((s) => [s.id, s.default])) as Record<NumericParamId, number>;
  return { ...values, siteDelayMonths: {}, clusterOverrides: {} };
}

/** Defaults of every parameter (the on-plan scenario). */
export const DEFAULT_PARAMS: Readonly<ScenarioParams> = Object.freeze(defaultsFromTable());

export type PresetId = 'on-plan' | 'conservative' | 'optimistic';

export interface Preset {
  id: PresetId;
  label: LocalizedText;
  /** Only the parameters that differ from DEFAULT_PARAMS. */
  params: Partial<ScenarioParams>;
  /** Why the values were chosen (all assumptions except the on-plan milestones). */
  rationale: LocalizedText;
}

/** The three presets; the CLI examples in data/scenarios/ use the same values. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'on-plan',
    label: { 'zh-CN': '按计划', en: 'On plan' },
    params: {},
    rationale: {
      'zh-CN': '实现原文提出的节点目标（续建项目5月份复工率100%、新建项目8月份开工率100%）；其余参数取默认值。',
      en: "The article's milestones are met (100% resumed by May, 100% started by August); other values are the defaults.",
    },
  },
  {
    id: 'conservative',
    label: { 'zh-CN': '保守', en: 'Conservative' },
    params: {
      resumedByMayPct: 90,
      startedByAugustPct: 80,
      missDelayMonths: 3,
      durationOverrunPct: 15,
      realisationPct: 90,
      utilisationPct: 75,
      rampUpFactor: 1.25,
      reserveSignedPct: 35,
      reserveLagMonths: 8,
      organicGrowthShiftPp: -0.5,
    },
    rationale: {
      'zh-CN':
        '假设：10%的续建项目和20%的新建项目未按期复工、开工，工期延长15%，10%的计划投资未完成，达产放缓，储备项目签约减少，既有经济增速下调0.5个百分点。',
      en: 'assumption: 10% of continuing and 20% of new projects miss their milestone, construction takes 15% longer, 10% of planned investment is not spent, slower ramp-up, fewer reserve signings, organic growth 0.5 pp lower.',
    },
  },
  {
    id: 'optimistic',
    label: { 'zh-CN': '乐观', en: 'Optimistic' },
    params: {
      reserveSignedPct: 70,
      reserveLagMonths: 4,
      realisationPct: 105,
      utilisationPct: 85,
      rampUpFactor: 0.8,
      organicGrowthShiftPp: 0.5,
    },
    rationale: {
      'zh-CN': '假设：按期实现节点目标，投资略超计划，达产加快，储备项目签约更多、更早。',
      en: 'assumption: milestones met, investment slightly above plan, faster ramp-up and more reserve projects signed sooner.',
    },
  },
];

/**
 * Full parameters of a preset, optionally with further changes on top.
 * @example presetParams('conservative', { runs: 10000 }).resumedByMayPct === 80
 */
export function presetParams(id: PresetId, changes: Partial<ScenarioParams> = {}): ScenarioParams {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`unknown preset ${id}`);
  return { ...DEFAULT_PARAMS, ...preset.params, ...changes };
}

/**
 * The slider's range and step for a parameter. Monte Carlo runs go up to 100,000 on the command line;
 * the slider offers the useful interactive range.
 * @example sliderRange(PARAMETER_TABLE[0]) // { min: 0, max: 100, step: 1 }
 */
export function sliderRange(spec: ParameterSpec): { min: number; max: number; step: number } {
  if (spec.id === 'runs') return { min: 500, max: 20_000, step: 500 };
  return { min: spec.min, max: spec.max, step: spec.step };
}

/**
 * Register benchmark (`npm run bench:register`): 30,000 synthetic projects (the built-in pipeline
 * cloned with seeded changes, names made distinct) with a real expected-mode result. Reports the
 * median time of building the rows, the pinyin index, sorting, filtering and one search keystroke.
 * Reported, not asserted: the figures to reach are sort/filter ≤ 100 ms, keystroke ≤ 50 ms.
 */
import { availableParallelism, loadavg } from 'node:os';
import { DEFAULT_PARAMS } from '../../workers/model/parameters';
import { prepareData } from '../../workers/model/model-data';
import { runScenario } from '../../workers/model/simulate';
import { loadSimulatorData } from '../../workers/cli/load-data';
import { syntheticProjects } from '../../workers/bench/synthetic-projects';
import { buildRegisterRows } from '../../src/register/register-rows';
import {
  codePointOrder,
  codePointRanks,
  EMPTY_FILTER,
  queryRegister,
  searchHaystacks,
  sortOrder,
} from '../../src/register/register-query';
import { namePinyin } from '../../src/register/pinyin-names';

const COUNT = 30_000;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function time<T>(repeats: number, fn: () => T): number {
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

const base = loadSimulatorData();
const projects = syntheticProjects(base.projects, COUNT, 1).map((p, i) => ({
  ...p,
  name_zh: `${p.name_zh}${i}号`,
  name_en: `${p.name_en} ${i}`,
}));
const prepared = prepareData({ ...base, projects });
if (!prepared.ok) throw new Error('synthetic data invalid');
const result = runScenario(prepared.value, 'expected', DEFAULT_PARAMS);
if (!result.ok) throw new Error('scenario failed');
const reporting = { firstDate: '2017-03-01', intervalDays: 20 };
const input = { projects, result: result.value, params: DEFAULT_PARAMS, reporting };

const out: [string, number, string][] = [];
const rows = buildRegisterRows(input);
out.push(['build rows (with result)', time(5, () => buildRegisterRows(input)), '']);
out.push(['pinyin index (pinyin-pro), once per dataset', time(3, () => searchHaystacks(rows, namePinyin)), '']);
const haystacks = searchHaystacks(rows, namePinyin);
const collator = new Intl.Collator('zh-u-co-pinyin', { numeric: true });
const labels = {
  name: (r: (typeof rows)[number]) => r.nameZh,
  site: (r: (typeof rows)[number]) => r.siteId,
  cluster: (r: (typeof rows)[number]) => r.clusterId,
  collator,
};
for (const column of ['total', 'start', 'site'] as const) {
  out.push([`sort by ${column}`, time(5, () => sortOrder(rows, column, true, labels)), '≤ 100']);
}
out.push(['sort by Chinese name, Intl.Collator zh-u-co-pinyin', time(3, () => sortOrder(rows, 'name', true, labels)), '≤ 100']);
const pinyinKeys = rows.map((r) => `${namePinyin(r.nameZh).full}\u0000${r.nameZh}`);
const nameRank = codePointRanks(pinyinKeys);
out.push([
  'sort by Chinese name, ranks of pinyin keys precomputed once (used above 2,000 rows)',
  time(5, () => sortOrder(rows, 'name', true, { ...labels, nameRank })),
  '≤ 100',
]);
out.push(['  (the ranks, once per dataset with the pinyin index)', time(3, () => codePointRanks(pinyinKeys)), '']);
out.push([
  'sort by Chinese name, pinyin keys compared directly',
  time(5, () => sortOrder(rows, 'name', true, { ...labels, name: (r) => pinyinKeys[r.index]!, collator: codePointOrder })),
  '≤ 100',
]);
const order = sortOrder(rows, 'total', true, labels);
out.push([
  'filter type + site (sorted)',
  time(20, () => queryRegister({ rows, haystacks, order }, { ...EMPTY_FILTER, type: ['new'], site: [rows[0]!.siteId] })),
  '≤ 100',
]);
for (const q of ['r', 'rs', 'rsj', '人参', 'ginseng']) {
  out.push([
    `search "${q}" over all rows (sorted)`,
    time(20, () => queryRegister({ rows, haystacks, order }, { ...EMPTY_FILTER, q })),
    '≤ 50',
  ]);
}
// Typing: each keystroke narrows the previous answer (what the panel does).
for (const [before, q] of [
  ['r', 'rs'],
  ['rs', 'rsj'],
  ['人', '人参'],
] as const) {
  const candidates = queryRegister({ rows, haystacks, order }, { ...EMPTY_FILTER, q: before });
  out.push([
    `keystroke "${before}" → "${q}" (narrowing ${candidates.length} rows)`,
    time(20, () => queryRegister({ rows, haystacks, order, candidates }, { ...EMPTY_FILTER, q })),
    '≤ 50',
  ]);
}

console.log(
  `register benchmark, ${COUNT} projects, node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
);
console.log('case | median ms | figure to reach ms');
for (const [name, ms, budget] of out) console.log(`${name} | ${ms.toFixed(2)} | ${budget}`);

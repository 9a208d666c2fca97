import type { ScenarioParams } from '../../workers/model/parameters';
import type { SimulationResult } from '../../workers/model/result-types';
import { lang } from '../i18n/i18n';
import { monthIndex } from '../state/url-state';
import { monthAt as monthLabel } from '../../workers/model/calendar';
import { rt } from './register-messages';
import type { RegisterRow } from './register-rows';
import { expectedProjectOutput, plannedCompletion } from './project-output';

interface Props {
  row: RegisterRow;
  /** The result shown (Monte Carlo when there is one). */
  result: SimulationResult | null;
  /** The expected-mode result of the same inputs, for the output ramp (exact there). */
  expected: SimulationResult | null;
  params: ScenarioParams;
  siteName: string;
  clusterName: string;
  onClose: () => void;
}

/** Months drawn on the panel's time axes, from the simulation's first month. */
const AXIS_MONTHS = 36;
const W = 320;
const LABEL_W = 0;

const x = (m: number) => LABEL_W + (Math.max(0, Math.min(AXIS_MONTHS, m)) / AXIS_MONTHS) * (W - LABEL_W);

function Bars({
  values,
  color,
  label,
  firstYear,
}: {
  values: ArrayLike<number>;
  color: string;
  label: string;
  firstYear: number;
}) {
  let max = 0;
  for (let m = 0; m < AXIS_MONTHS; m++) max = Math.max(max, values[m] ?? 0);
  const h = 56;
  const bw = (W - LABEL_W) / AXIS_MONTHS;
  return (
    <svg class="reg-panel__chart" viewBox={`0 0 ${W} ${h + 14}`} role="img" aria-label={label}>
      {Array.from({ length: AXIS_MONTHS }, (_, m) => {
        const v = values[m] ?? 0;
        const bh = max > 0 ? (v / max) * h : 0;
        return <rect key={m} x={x(m) + 0.5} y={h - bh} width={Math.max(1, bw - 1)} height={bh} fill={color} />;
      })}
      <YearTicks y={h + 12} firstYear={firstYear} />
    </svg>
  );
}

function YearTicks({ y, firstYear }: { y: number; firstYear: number }) {
  const ticks = [];
  for (let m = 0; m <= AXIS_MONTHS; m += 12) ticks.push(m);
  return (
    <g class="reg-panel__ticks">
      {ticks.map((m) => (
        <text key={m} x={Math.min(x(m), W - 24)} y={y} font-size="10">
          {m < AXIS_MONTHS ? `${firstYear + m / 12}` : ''}
        </text>
      ))}
    </g>
  );
}

/** The project panel: schedule bar (planned, expected with P10–P90, actual), investment, output, contribution. */
export function ProjectPanel({ row, result, expected, params, siteName, clusterName, onClose }: Props) {
  const language = lang.value;
  const name = language === 'en' ? row.nameEn : row.nameZh;
  const start = result?.startMonth ?? null;
  const year = result ? result.firstYear + result.targetYearIndex : 2017;
  const p = result ? result.projectIds.indexOf(row.id) : -1;
  const H = result?.months ?? 0;
  const plannedIndex = start ? monthIndex(start, row.plannedStart) : 0;
  const plannedEnd = start
    ? plannedCompletion(
        plannedIndex,
        row.constructionMonths,
        Number(start.slice(5, 7)),
        { start: params.seasonStartMonth, end: params.seasonEndMonth },
        plannedIndex + 240,
      )
    : null;
  const label = (m: number) => (start && !Number.isNaN(m) ? monthLabel(start, m) : '—');
  const investment = result && p >= 0 ? result.projectInvestmentMonth.subarray(p * H, p * H + H) : new Float64Array(0);
  const ep = expected ? expected.projectIds.indexOf(row.id) : -1;
  const output =
    expected && ep >= 0
      ? expectedProjectOutput(expected.projectCompletedProbMonth, ep, expected.months, row, params)
      : new Float64Array(0);
  const reportIndex = start && row.reportDate ? monthIndex(start, row.reportDate.slice(0, 7)) : null;
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const fmtP = (v: number) => (Number.isNaN(v) ? '—' : percent.format(v));

  const laneY = { planned: 6, expected: 30, actual: 54 };
  return (
    <section class="reg-panel" aria-labelledby="reg-panel-title" data-testid="project-panel">
      <header class="reg-panel__header">
        <h3 id="reg-panel-title">{name}</h3>
        <button type="button" class="reg-panel__close" onClick={onClose} aria-label={rt('register.panel.close')}>
          ×
        </button>
      </header>
      <p class="reg-panel__meta">
        {row.id} · {rt(`register.type.${row.type}`)} · {siteName} · {clusterName}
      </p>
      <div class="reg-panel__body">
        <div class="reg-panel__block">
          <h4>{rt('register.panel.schedule')}</h4>
          <svg
            class="reg-panel__chart"
            viewBox={`0 0 ${W} 88`}
            role="img"
            data-testid="schedule-bar"
            aria-label={rt('register.panel.scheduleLabel', {
              name,
              planned: `${row.plannedStart}–${plannedEnd === null ? '—' : label(plannedEnd)}`,
              start: `${label(row.startMedian)} (${label(row.startP10)}–${label(row.startP90)})`,
              end: `${label(row.completionMedian)} (${label(row.completionP10)}–${label(row.completionP90)})`,
            })}
          >
            <rect
              x={x(plannedIndex)}
              y={laneY.planned}
              width={Math.max(2, x((plannedEnd ?? AXIS_MONTHS) + 1) - x(plannedIndex))}
              height={12}
              class="reg-bar reg-bar--planned"
            />
            {!Number.isNaN(row.startMedian) && (
              <>
                <line
                  x1={x(row.startP10)}
                  x2={x(Number.isNaN(row.startP90) ? AXIS_MONTHS : row.startP90)}
                  y1={laneY.expected + 6}
                  y2={laneY.expected + 6}
                  class="reg-whisker"
                />
                <line
                  x1={x(Number.isNaN(row.completionP10) ? AXIS_MONTHS : row.completionP10)}
                  x2={x(Number.isNaN(row.completionP90) ? AXIS_MONTHS : row.completionP90 + 1)}
                  y1={laneY.expected + 6}
                  y2={laneY.expected + 6}
                  class="reg-whisker"
                />
                <rect
                  x={x(row.startMedian)}
                  y={laneY.expected}
                  width={Math.max(
                    2,
                    x((Number.isNaN(row.completionMedian) ? AXIS_MONTHS : row.completionMedian) + 1) - x(row.startMedian),
                  )}
                  height={12}
                  class="reg-bar reg-bar--expected"
                />
              </>
            )}
            {reportIndex !== null && row.reportStatus !== 'not-started' && (
              <rect
                x={x(Math.min(plannedIndex, reportIndex))}
                y={laneY.actual}
                width={Math.max(2, x(reportIndex + 1) - x(Math.min(plannedIndex, reportIndex)))}
                height={12}
                class={`reg-bar reg-bar--actual reg-bar--${row.reportStatus}`}
              />
            )}
            {reportIndex !== null && (
              <line
                x1={x(reportIndex + 1)}
                x2={x(reportIndex + 1)}
                y1={laneY.actual - 2}
                y2={laneY.actual + 14}
                class="reg-report-mark"
              />
            )}
            <YearTicks y={84} firstYear={result?.firstYear ?? 2017} />
          </svg>
          <ul class="reg-panel__legend">
            <li>
              <span class="reg-swatch reg-bar--planned" aria-hidden="true" />
              {rt('register.panel.planned')}: {row.plannedStart} – {plannedEnd === null ? '—' : label(plannedEnd)}
            </li>
            <li>
              <span class="reg-swatch reg-bar--expected" aria-hidden="true" />
              {rt('register.panel.expected')}: {label(row.startMedian)} – {label(row.completionMedian)} (
              {rt('register.panel.range')} {label(row.startP10)}–{label(row.startP90)} / {label(row.completionP10)}–
              {label(row.completionP90)})
            </li>
            <li>
              <span class="reg-swatch reg-bar--actual" aria-hidden="true" />
              {rt('register.panel.actual')}:{' '}
              {row.reportDate
                ? rt('register.panel.reportLine', {
                    date: row.reportDate,
                    status: rt(`register.status.${row.reportStatus}`),
                    invested: number.format(row.reportInvestedWan),
                  })
                : rt('register.panel.noReport')}
            </li>
          </ul>
        </div>
        <div class="reg-panel__block">
          <h4>{rt('register.panel.investment')}</h4>
          <Bars
            firstYear={result?.firstYear ?? 2017}
            values={investment}
            color="#E69F00"
            label={rt('register.panel.investment')}
          />
          <h4>{rt('register.panel.output')}</h4>
          <Bars firstYear={result?.firstYear ?? 2017} values={output} color="#009E73" label={rt('register.panel.output')} />
          <p class="reg-note">{rt('register.panel.outputNote')}</p>
        </div>
        <div class="reg-panel__block">
          <h4>{rt('register.panel.contribution')}</h4>
          <dl class="reg-panel__figures">
            <dt>{rt('register.panel.investmentYear', { year })}</dt>
            <dd>{Number.isNaN(row.investmentTargetYearWan) ? '—' : number.format(row.investmentTargetYearWan)}</dd>
            <dt>{rt('register.col.share', { year })}</dt>
            <dd>{fmtP(row.shareTargetYear)}</dd>
            <dt>{rt('register.col.growth', { year })}</dt>
            <dd>{Number.isNaN(row.growthInvestmentPp) ? '—' : row.growthInvestmentPp.toFixed(3)}</dd>
            <dt>{rt('register.col.pMilestone')}</dt>
            <dd>{fmtP(row.pMilestone)}</dd>
            <dt>{rt('register.col.pCompleted', { year })}</dt>
            <dd>{fmtP(row.pCompletedTargetYear)}</dd>
          </dl>
        </div>
      </div>
    </section>
  );
}

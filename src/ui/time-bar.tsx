import { useEffect, useState } from 'preact/hooks';
import { STATUS_COLORS } from '../map/layers/project-layers';
import { bubbleReferences, legendStatuses } from '../map/legend-model';
import { formatMoney } from '../shared/money-format';
import { lang, t } from '../i18n/i18n';
import { drawnOnMap } from '../state/map-legend-state';
import { currentMonthIndex, shownResult } from '../state/scenario-state';
import { dataset } from '../state/data-state';
import { monthPosition, reportingDates } from '../register/reporting-calendar';
import { monthAt } from '../../workers/model/calendar';

/** Months shown per second while playing. */
const PLAY_INTERVAL_MS = 600;

/**
 * 'YYYY-MM' of month index `m` counted from `start` ('YYYY-MM').
 * @example monthLabel('2017-01', 13) // '2018-02'
 */
export function monthLabel(start: string, m: number): string {
  return monthAt(start, m);
}

/** The month slider with play/pause that drives project status and site progress on the map. */
export function TimeBar() {
  const result = shownResult.value;
  const [playing, setPlaying] = useState(false);
  const months = result?.months ?? 60;
  const index = Math.min(currentMonthIndex.value, months - 1);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      if (currentMonthIndex.peek() >= months - 1) {
        setPlaying(false);
        return;
      }
      currentMonthIndex.value = currentMonthIndex.peek() + 1;
    }, PLAY_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [playing, months]);

  const label = result ? monthLabel(result.startMonth, index) : '—';
  // The article's 20-day progress reports, drawn under the slider for the target year.
  const reporting = dataset.value?.targets.progress_reporting;
  const reportTicks =
    result && reporting
      ? reportingDates(reporting.first_month, reporting.interval_days, `${result.firstYear + result.targetYearIndex}-12-31`).map(
          (date) => ({ date, at: monthPosition(result.startMonth, date) / Math.max(1, months - 1) }),
        )
      : [];
  return (
    <div class="time-bar" data-testid="time-bar">
      <button
        type="button"
        class="time-bar__play"
        aria-pressed={playing}
        aria-label={playing ? t('time.pauseLabel') : t('time.playLabel')}
        onClick={() => {
          if (!playing && currentMonthIndex.peek() >= months - 1) currentMonthIndex.value = 0;
          setPlaying(!playing);
        }}
        disabled={!result}
      >
        {playing ? '❚❚' : '▶'}
      </button>
      <label class="time-bar__label" for="month-slider">
        {t('time.month')} <strong data-testid="month-label">{label}</strong>
      </label>
      <div class="time-bar__track">
        <input
          id="month-slider"
          type="range"
          min={0}
          max={months - 1}
          step={1}
          value={index}
          aria-valuetext={label}
          disabled={!result}
          onInput={(event) => (currentMonthIndex.value = Number((event.currentTarget as HTMLInputElement).value))}
          aria-describedby={reportTicks.length > 0 ? 'report-dates' : undefined}
        />
        {reportTicks.length > 0 && (
          <div class="time-bar__reports" data-testid="report-ticks" title={reportTicks.map((r) => r.date).join(' ')}>
            {reportTicks.map((r) => (
              <span
                key={r.date}
                class="time-bar__report"
                style={{ left: `calc(8px + ${r.at} * (100% - 16px))` }}
                data-date={r.date}
              />
            ))}
            <span id="report-dates" class="visually-hidden">
              {t('time.reportDates', { dates: reportTicks.map((r) => r.date.slice(5)).join(', ') })}
            </span>
          </div>
        )}
      </div>
      <TimeLegend reportDays={reportTicks.length > 0 ? (reporting?.interval_days ?? 20) : null} />
    </div>
  );
}

/**
 * The key to what the month changes on the map, listing only what is drawn: project statuses while
 * project points are in view (they appear from zoom 8.5), and the investment bubbles with two
 * reference circles drawn at the radii the bubble layer gives those amounts.
 */
/** `reportDays`: the reporting cycle in days while report dates are drawn on the month bar, else null. */
function TimeLegend({ reportDays }: { reportDays: number | null }) {
  const drawn = drawnOnMap.value;
  const statuses = legendStatuses(drawn);
  const references = drawn.bubbleMaxWan ? bubbleReferences(drawn.bubbleMaxWan) : [];
  // Always rendered, one row high: a legend that appears or wraps would resize the map above it.
  return (
    <ul class="time-bar__legend" aria-label={t('time.heading')} data-testid="time-legend">
      {statuses.map((status) => (
        <li key={status} data-legend-item={`status:${status}`}>
          <span class="dot" style={{ backgroundColor: STATUS_COLORS[status] }} aria-hidden="true" />
          {t(`time.status.${status}`)}
        </li>
      ))}
      {references.length > 0 && (
        <li data-legend-item="bubble">
          {t('time.bubble')}
          {references.map((ref) => (
            <span key={ref.wan} class="bubble-ref" data-wan={ref.wan} data-radius={ref.radius}>
              <span class="bubble" style={{ width: `${2 * ref.radius}px`, height: `${2 * ref.radius}px` }} aria-hidden="true" />
              {formatMoney(ref.wan, lang.value)}
            </span>
          ))}
        </li>
      )}
      {reportDays !== null && (
        <li data-legend-item="report-tick">
          <span class="report-tick" aria-hidden="true" />
          {t('time.reportTick', { days: reportDays })}
        </li>
      )}
    </ul>
  );
}

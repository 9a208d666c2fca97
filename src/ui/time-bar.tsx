import { useEffect, useState } from 'preact/hooks';
import { PROJECT_STATUSES, STATUS_COLORS } from '../map/layers/project-layers';
import { t } from '../i18n/i18n';
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
      <ul class="time-bar__legend" aria-label={t('time.heading')}>
        {PROJECT_STATUSES.map((status) => (
          <li key={status}>
            <span class="dot" style={{ backgroundColor: STATUS_COLORS[status] }} aria-hidden="true" />
            {t(`time.status.${status}`)}
          </li>
        ))}
        {reportTicks.length > 0 && (
          <li>
            <span class="report-tick" aria-hidden="true" />
            {t('time.reportTick', { days: reporting?.interval_days ?? 20 })}
          </li>
        )}
        <li>
          <span class="bubble" aria-hidden="true" />
          {t('time.bubble')}
        </li>
      </ul>
    </div>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { STATUS_COLORS } from '../map/layers/project-layers';
import { bubbleReferences, legendStatuses } from '../map/legend-model';
import { formatMoney } from '../shared/money-format';
import { lang, t } from '../i18n/i18n';
import { drawnOnMap } from '../state/map-legend-state';
import { currentMonthIndex, shownResult } from '../state/scenario-state';
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
      />
      <TimeLegend />
    </div>
  );
}

/**
 * The key to what the month changes on the map, listing only what is drawn: project statuses while
 * project points are in view (they appear from zoom 8.5), and the investment bubbles with two
 * reference circles drawn at the radii the bubble layer gives those amounts.
 */
function TimeLegend() {
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
    </ul>
  );
}

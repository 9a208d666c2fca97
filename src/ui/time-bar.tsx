import { useEffect, useState } from 'preact/hooks';
import { PROJECT_STATUSES, STATUS_COLORS } from '../map/layers/project-layers';
import { t } from '../i18n/i18n';
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
      <ul class="time-bar__legend" aria-label={t('time.heading')}>
        {PROJECT_STATUSES.map((status) => (
          <li key={status}>
            <span class="dot" style={{ backgroundColor: STATUS_COLORS[status] }} aria-hidden="true" />
            {t(`time.status.${status}`)}
          </li>
        ))}
        <li>
          <span class="bubble" aria-hidden="true" />
          {t('time.bubble')}
        </li>
      </ul>
    </div>
  );
}

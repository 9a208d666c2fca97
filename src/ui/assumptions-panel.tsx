import { useState } from 'preact/hooks';
import {
  DEFAULT_PARAMS,
  PARAMETER_TABLE,
  PRESETS,
  presetParams,
  sliderRange,
  type NumericParamId,
  type ParameterGroup,
  type ParameterSpec,
  type ParameterUnit,
} from '../../workers/model/parameters';
import { lang, localText, t, type MessageKey } from '../i18n/i18n';
import { monteCarloProgress, scenarioName, scenarioParams, simulatorError } from '../state/scenario-state';

const MAIN_GROUPS: ParameterGroup[] = ['milestones', 'construction', 'output', 'reserve', 'economy'];
const ADVANCED_GROUPS: ParameterGroup[] = ['uncertainty', 'run'];

const UNIT_KEYS: Record<ParameterUnit, MessageKey | null> = {
  '%': 'unit.percent',
  pp: 'unit.pp',
  months: 'unit.months',
  'month-of-year': 'unit.monthOfYear',
  factor: 'unit.factor',
  万元: 'unit.yi',
  runs: 'unit.runs',
  seed: null,
};

/** Money parameters are stored in 万元 and shown in 亿元 (1 亿元 = 10,000 万元), as county reports do. */
function displayValue(spec: ParameterSpec, value: number): string {
  const shown = spec.unit === '万元' ? value / 10_000 : value;
  const digits = spec.unit === '万元' ? 0 : spec.step < 1 ? 1 : 0;
  // A value between slider steps (from a file or a link, e.g. 33.3 %) is shown as it is, not rounded.
  const decimals = (String(Math.round(shown * 1e4) / 1e4).split('.')[1] ?? '').length;
  return new Intl.NumberFormat(lang.value, {
    maximumFractionDigits: Math.max(digits, decimals),
    minimumFractionDigits: digits,
    useGrouping: spec.unit !== 'seed',
  }).format(shown);
}

const label = (spec: ParameterSpec) => localText(spec.label);
const source = (spec: ParameterSpec) => localText(spec.source);

function setParam(id: NumericParamId, value: number) {
  if (!Number.isFinite(value)) return;
  scenarioParams.value = { ...scenarioParams.value, [id]: value };
}

function ParameterSlider({ spec }: { spec: ParameterSpec }) {
  const [showSource, setShowSource] = useState(false);
  const value = scenarioParams.value[spec.id];
  const inputId = `param-${spec.id}`;
  const sourceId = `${inputId}-source`;
  const unitKey = UNIT_KEYS[spec.unit];
  const unit = unitKey ? t(unitKey) : '';
  const changed = value !== DEFAULT_PARAMS[spec.id];
  return (
    <div class={`param${changed ? ' param--changed' : ''}`} data-param={spec.id}>
      <div class="param__head">
        <label for={inputId} title={source(spec)}>
          {label(spec)}
        </label>
        <output for={inputId} class="param__value" data-testid={`param-value-${spec.id}`}>
          {displayValue(spec, value)}
          {unit && <span class="param__unit"> {unit}</span>}
        </output>
        <button
          type="button"
          class="param__info"
          aria-expanded={showSource}
          aria-controls={sourceId}
          aria-label={t('assumptions.showSource', { label: label(spec) })}
          onClick={() => setShowSource(!showSource)}
        >
          i
        </button>
      </div>
      {spec.id === 'seed' ? (
        <input
          id={inputId}
          type="number"
          min={spec.min}
          max={spec.max}
          step={1}
          value={value}
          onChange={(event) => {
            const next = Number((event.currentTarget as HTMLInputElement).value);
            if (Number.isInteger(next) && next >= spec.min && next <= spec.max) setParam(spec.id, next);
          }}
        />
      ) : (
        <input
          id={inputId}
          type="range"
          {...sliderRange(spec)}
          value={value}
          aria-describedby={showSource ? sourceId : undefined}
          aria-valuetext={`${displayValue(spec, value)} ${unit}`}
          onInput={(event) => setParam(spec.id, Number((event.currentTarget as HTMLInputElement).value))}
        />
      )}
      {showSource && (
        <p id={sourceId} class="param__source">
          {t('assumptions.sourceIs', { source: source(spec) })} ·{' '}
          {t('assumptions.default', { value: `${displayValue(spec, DEFAULT_PARAMS[spec.id])} ${unit}` })}
        </p>
      )}
    </div>
  );
}

function Group({ group }: { group: ParameterGroup }) {
  return (
    <fieldset class="param-group">
      <legend>{t(`assumptions.group.${group}`)}</legend>
      {PARAMETER_TABLE.filter((spec) => spec.group === group).map((spec) => (
        <ParameterSlider key={spec.id} spec={spec} />
      ))}
    </fieldset>
  );
}

/**
 * Every scenario parameter as a labelled slider with unit and the source of its default; presets and
 * reset. Each move updates `scenarioParams`, which the simulator client answers at once in expected
 * mode and then refines with Monte Carlo.
 */
export function AssumptionsPanel() {
  const progress = monteCarloProgress.value;
  const error = simulatorError.value;
  return (
    <section class="assumptions" aria-labelledby="assumptions-title" data-testid="scenario-panel">
      <h2 id="assumptions-title" class="panel-heading">
        {t('assumptions.heading')}
      </h2>
      <p class="hint">{t('assumptions.illustrative')}</p>
      <div class="presets" role="group" aria-label={t('assumptions.presets')}>
        {PRESETS.map((preset) => (
          <button
            key={preset.id}
            type="button"
            class="preset"
            data-preset={preset.id}
            title={localText(preset.rationale)}
            onClick={() => {
              scenarioParams.value = presetParams(preset.id, {
                runs: scenarioParams.value.runs,
                seed: scenarioParams.value.seed,
              });
              scenarioName.value = localText(preset.label);
            }}
          >
            {localText(preset.label)}
          </button>
        ))}
        <button
          type="button"
          class="preset preset--reset"
          data-testid="scenario-reset"
          title={t('assumptions.resetLabel')}
          onClick={() => {
            scenarioParams.value = { ...DEFAULT_PARAMS };
            scenarioName.value = '';
          }}
        >
          {t('assumptions.reset')}
        </button>
      </div>
      <p class="sim-status" role="status" aria-live="polite">
        {error !== null
          ? t('sim.error', { message: error })
          : progress !== null
            ? t('sim.monteCarlo', { percent: Math.round(progress * 100) })
            : ''}
      </p>
      {progress !== null && <progress class="sim-progress" max={1} value={progress} aria-hidden="true" />}
      {MAIN_GROUPS.map((group) => (
        <Group key={group} group={group} />
      ))}
      <details class="advanced">
        <summary>{t('assumptions.advanced')}</summary>
        {ADVANCED_GROUPS.map((group) => (
          <Group key={group} group={group} />
        ))}
      </details>
    </section>
  );
}

import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ChartBuild, ChartComparison, ChartContext, ChartSite } from '../charts/chart-context';
import { localize } from '../../workers/model/localized-text';
import { ChartCanvas } from '../charts/chart-canvas';
import { buildGrowthChart } from '../charts/growth-chart';
import { headlineFigures } from '../charts/headline-figures';
import { buildInvestmentChart } from '../charts/investment-chart';
import { ARTICLE_MILESTONE_TARGETS, buildMilestoneChart } from '../charts/milestone-chart';
import { buildOutputChart } from '../charts/output-chart';
import { buildSiteChart } from '../charts/site-chart';
import { buildTornadoChart } from '../charts/tornado-chart';
import type { Cluster } from '../data/cluster-schema';
import { lang, t } from '../i18n/i18n';
import { selectedSiteId } from '../state/app-state';
import { dataset } from '../state/data-state';
import {
  currentMonthIndex,
  monteCarloProgress,
  resultIsStale,
  scenarioName,
  shownResult,
  shownSensitivity,
} from '../state/scenario-state';
import './charts-dock.css';

export interface ChartsDockProps {
  /** From `loadBuiltinData().clusters`: names and the map's colours for the stacked output chart. */
  clusters: readonly Cluster[];
  /** Site names for the per-site chart (`data.sites.map((s) => s.properties)` will do); ids otherwise. */
  sites?: readonly ChartSite[];
  /**
   * A second result to overlay on the investment and output charts. When left out, the dock offers
   * its own "pin this result" button, so two scenarios can be compared without any other panel.
   */
  comparison?: ChartComparison | null;
}

function ChartFigure({ id, title, build, wide }: { id: string; title: string; build: ChartBuild; wide?: boolean }) {
  return (
    <figure class={`chart-figure${wide ? ' chart-figure--wide' : ''}`} data-testid={`chart-${id}`}>
      <figcaption class="chart-figure__title">{title}</figcaption>
      <ChartCanvas option={build.option} />
      <p class="visually-hidden" data-testid={`chart-${id}-summary`}>
        {build.summary}
      </p>
    </figure>
  );
}

/**
 * The scenario charts: headline figures of the target year and the charts of the shown result,
 * redrawn when the result, the language, the map's month or the selected site change.
 * @example <ChartsDock clusters={data.clusters} sites={data.sites.map((s) => s.properties)} />
 */
export function ChartsDock({ clusters, sites, comparison }: ChartsDockProps) {
  const result = shownResult.value;
  const stale = resultIsStale.value;
  const progress = monteCarloProgress.value;
  const language = lang.value;
  const monthIndex = currentMonthIndex.value;
  const siteId = selectedSiteId.value;
  const sensitivity = shownSensitivity.value;
  const name = scenarioName.value;
  const [pinned, setPinned] = useState<ChartComparison | null>(null);
  const overlay = comparison === undefined ? pinned : comparison;

  // Counts drawn results so browser tests can wait for "the charts show the new numbers".
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (result) setVersion((v) => v + 1);
  }, [result]);

  const ctx = useMemo<ChartContext>(
    () => ({
      lang: language,
      clusters,
      sites,
      monthIndex,
      selectedSiteId: siteId,
      comparison: overlay,
      resultName: name || undefined,
    }),
    [language, clusters, sites, monthIndex, siteId, overlay, name],
  );
  // The milestone targets of the dataset in use (data/targets.json, or an import), not a copy of them.
  const targets = dataset.value?.targets;
  const milestoneTargets = useMemo(
    () =>
      targets
        ? { resumedPct: targets.milestones.continuing_resumed.share_pct, startedPct: targets.milestones.new_started.share_pct }
        : ARTICLE_MILESTONE_TARGETS,
    [targets],
  );
  const builds = useMemo(() => {
    if (!result) return null;
    return {
      investment: buildInvestmentChart(result, ctx),
      output: buildOutputChart(result, ctx),
      growth: buildGrowthChart(result, ctx),
      milestones: buildMilestoneChart(result, ctx, milestoneTargets),
      site: buildSiteChart(result, ctx),
      figures: headlineFigures(result, ctx),
    };
  }, [result, ctx, milestoneTargets]);
  const tornado = useMemo(() => (sensitivity ? buildTornadoChart(sensitivity, ctx) : null), [sensitivity, ctx]);

  const status =
    progress !== null ? t('sim.monteCarlo', { percent: Math.round(progress * 100) }) : stale ? t('chart.updating') : '';
  const pin = () => {
    if (!result) return;
    const time = new Date().toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' });
    setPinned({ name: name || t('chart.pinnedName', { time }), result });
  };

  return (
    <section
      class={`charts-dock${stale ? ' charts-dock--stale' : ''}`}
      data-testid="charts"
      data-results-version={version}
      aria-labelledby="charts-dock-heading"
      aria-busy={stale}
    >
      <header class="charts-dock__header">
        <h2 id="charts-dock-heading" class="charts-dock__heading">
          {t('chart.heading')}
        </h2>
        <span class="charts-dock__status" role="status" data-testid="charts-status">
          {status}
        </span>
        {comparison === undefined && result && (
          <div class="charts-dock__compare">
            {pinned && <span class="charts-dock__compare-name">{t('chart.comparingWith', { name: pinned.name })}</span>}
            {pinned ? (
              <button
                type="button"
                class="charts-dock__button"
                onClick={() => setPinned(null)}
                data-testid="charts-clear-comparison"
              >
                {t('chart.clearComparison')}
              </button>
            ) : (
              <button type="button" class="charts-dock__button" onClick={pin} data-testid="charts-pin-comparison">
                {t('chart.pinComparison')}
              </button>
            )}
          </div>
        )}
      </header>
      {!builds ? (
        <p class="charts-dock__empty">{t('chart.empty')}</p>
      ) : (
        <>
          <ul class="charts-dock__figures" aria-label={t('chart.figuresLabel')}>
            {builds.figures.map((f) => (
              <li
                key={f.id}
                class={`headline${f.meetsTarget === false ? ' headline--below' : ''}${f.meetsTarget ? ' headline--met' : ''}`}
                data-testid={`headline-${f.id}`}
              >
                <span class="headline__label">{f.label}</span>
                <strong class="headline__value">{f.value}</strong>
                {f.detail && <span class="headline__detail">{f.detail}</span>}
              </li>
            ))}
          </ul>
          <div class="charts-dock__grid">
            <ChartFigure id="investment" title={t('chart.title.investment')} build={builds.investment} wide />
            {builds.site && siteId && (
              <ChartFigure
                key={`site-${siteId}`}
                id="site"
                title={t('chart.title.site', { site: siteLabel(sites, siteId, language) })}
                build={builds.site}
              />
            )}
            <ChartFigure id="output" title={t('chart.title.output')} build={builds.output} />
            <ChartFigure
              id="growth"
              title={t('chart.title.growth', { target: result?.targetGrowthPct ?? 8 })}
              build={builds.growth}
            />
            <ChartFigure id="milestones" title={t('chart.title.milestones')} build={builds.milestones} />
            {tornado ? (
              <ChartFigure id="tornado" title={t('chart.title.tornado')} build={tornado} wide />
            ) : (
              <figure class="chart-figure chart-figure--wide chart-figure--pending" data-testid="chart-tornado">
                <figcaption class="chart-figure__title">{t('chart.title.tornado')}</figcaption>
                <p class="charts-dock__empty">{t('chart.tornadoPending')}</p>
              </figure>
            )}
          </div>
        </>
      )}
    </section>
  );
}

function siteLabel(sites: readonly ChartSite[] | undefined, siteId: string, language: string): string {
  const site = sites?.find((s) => s.id === siteId);
  if (!site) return siteId;
  return localize(site.name, language);
}

import { computed } from '@preact/signals';
import { centroid } from '@turf/turf';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import tourJson from '../../data/tour.json';
import { formatMoney } from '../shared/money-format';
import type { BuiltinData } from '../data/builtin-data';
import type { Cluster } from '../data/cluster-schema';
import { projectName } from '../../workers/model/input/projects-csv';
import { SOURCE_LANGUAGE } from '../../workers/model/localized-text';
import { lang, localText, t, translate, type Lang, type MessageKey } from '../i18n/i18n';
import { mapInstance, selectedSiteId } from '../state/app-state';
import { dataset } from '../state/data-state';
import { expectedResult, scenarioName, scenarioParams } from '../state/scenario-state';
import { PRESETS, presetParams } from '../../workers/model/parameters';
import { sameParams } from '../../workers/model/same-params';
import type { SimulationResult } from '../../workers/model/result-types';
import {
  chapterFigures,
  clusterFigures,
  reserveOpportunities,
  siteColumnValues,
  type ChapterFigure,
  type FigureData,
} from './chapter-figures';
import type { ColumnsLayer } from './columns-layer';
import { fullscreenState, leavePresentation, requestFullscreen } from './present-entry';
import { chapterDuration, parseTour, type Tour, type TourChapter } from './tour-schema';
import { chapterProgress, initialTourState, keyAction, reduceTour, type TourEvent, type TourTiming } from './tour-controller';
import './presentation.css';

/** Chinese, English, or both side by side (for foreign investors with Chinese hosts). */
type ShowLang = Lang | 'both';
const SHOW_LANGS: readonly ShowLang[] = ['zh-CN', 'en', 'both'];
const langsOf = (show: ShowLang): Lang[] => (show === 'both' ? ['zh-CN', 'en'] : [show]);

const CLOCK_MS = 250;
const FLIGHT_MS = 3200;
/** Pointer movement counts as someone present at most this often (it fires on every pixel). */
const ACTIVITY_THROTTLE_MS = 1000;

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The presentation shows expected-mode results: deterministic, so the figures on the screen can be
 * recomputed by anyone from the scenario, and stable while Monte Carlo refines the explorer's charts.
 * `current` is false while a newer scenario is being computed (the last figures stay up meanwhile).
 */
const presentedResult = computed(() => {
  const expected = expectedResult.value;
  return expected ? { result: expected.result, current: expected.params === scenarioParams.value } : null;
});

/** The scenario's name as the explorer shows it, else the preset it equals, else "custom". */
function scenarioLabel(language: Lang): string {
  const named = scenarioName.value.trim();
  const preset = PRESETS.find((p) => sameParams(presetParams(p.id), scenarioParams.value));
  const name = named || (preset ? localText(preset.label, language) : translate(language, 'present.scenarioCustom'));
  return translate(language, 'present.scenario', { name });
}

const numberText = (value: number, language: Lang, digits = 0) =>
  value.toLocaleString(language, { minimumFractionDigits: digits, maximumFractionDigits: digits });

function figureLabel(figure: ChapterFigure, language: Lang): string {
  const years = figure.years ?? { from: 0, to: 0 };
  return translate(language, `present.figure.${figure.id}` as MessageKey, { year: years.to, from: years.from, to: years.to });
}

function figureValue(figure: ChapterFigure, language: Lang): { main: string; sub: string | null } {
  switch (figure.unit) {
    case 'money-wan':
      return { main: formatMoney(figure.value, language), sub: null };
    case 'count':
      return { main: translate(language, 'present.count', { n: numberText(figure.value, language) }), sub: null };
    case 'area-ha': {
      const digits = figure.value >= 100 ? 0 : 1;
      return {
        main: translate(language, 'present.areaValue', { ha: numberText(figure.value, language, digits) }),
        sub: translate(language, 'present.areaMu', { mu: numberText(figure.value * 15, language) }),
      };
    }
  }
}

/** The chapter's source line in a language; a language the tour leaves out shows the English line. */
const chapterSource = (chapter: TourChapter, language: Lang) => chapter.source[language] ?? localText(chapter.source, 'en');

/** Text in each language shown, each marked with its `lang` for screen readers and fonts. */
function Bi({
  show,
  text,
  as = 'p',
  class: className,
}: {
  show: ShowLang;
  text: (l: Lang) => string;
  as?: 'p' | 'h2' | 'span' | 'div';
  class?: string;
}) {
  const Tag = as;
  return (
    <>
      {langsOf(show).map((l) => (
        <Tag key={l} lang={l} class={`${className ?? ''} is-${l}`}>
          {text(l)}
        </Tag>
      ))}
    </>
  );
}

/** Presentation mode overlay (tour, controls, 3D). Rendered over the full-screen map. */
export function PresentationMode({ data }: { data: BuiltinData }) {
  const parsed = useMemo(() => parseTour(tourJson, new Set(data.sites.map((s) => s.properties.id))), [data]);
  if (!parsed.ok) {
    return (
      <div class="present-invalid" role="alert" data-testid="tour-invalid">
        <p>{t('present.tourInvalid')}</p>
        <ul>
          {parsed.issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
        <button type="button" class="present-button" onClick={leavePresentation}>
          {t('present.exit')}
        </button>
      </div>
    );
  }
  return <Presenter tour={parsed.tour} data={data} />;
}

function Presenter({ tour, data: builtin }: { tour: Tour; data: BuiltinData }) {
  // The dataset in use (the user may have imported projects); the tour's site ids were checked against the built-in one.
  const data: FigureData = dataset.value ?? builtin;
  const timing = useMemo<TourTiming>(
    () => ({ durations: tour.chapters.map((_, i) => chapterDuration(tour, i)), attractIdleSeconds: tour.attractIdleSeconds }),
    [tour],
  );
  const [state, setState] = useState(() => initialTourState(performance.now()));
  const [now, setNow] = useState(() => performance.now());
  const [show, setShow] = useState<ShowLang>(() => lang.peek());
  const [noticeDismissed, setNoticeDismissed] = useState(false);
  const stage = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLElement>(null);
  const lastActivity = useRef(0);

  const dispatch = (event: TourEvent) => setState((s) => reduceTour(s, event, performance.now(), timing));
  const cycleLanguage = () => setShow((s) => SHOW_LANGS[(SHOW_LANGS.indexOf(s) + 1) % SHOW_LANGS.length]!);

  const chapter = tour.chapters[state.index]!;
  const map = mapInstance.value;

  // The map's labels and the controls follow a single chosen language; "both" keeps Chinese labels.
  useEffect(() => {
    lang.value = show === 'both' ? 'zh-CN' : show;
  }, [show]);

  // Keys: arrows, PageUp/PageDown and Space come from presentation clickers.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const action = keyAction(event.key, event.shiftKey);
      if (!action) return;
      event.preventDefault();
      if (action.type === 'exit') leavePresentation();
      else if (action.type === 'cycleLanguage') {
        cycleLanguage();
        dispatch({ type: 'activity' });
      } else dispatch(action);
    };
    const onPointer = () => {
      const at = performance.now();
      if (at - lastActivity.current < ACTIVITY_THROTTLE_MS) return;
      lastActivity.current = at;
      dispatch({ type: 'activity' });
    };
    // In full screen the browser takes Esc for itself and leaves full screen: that means "leave" here too.
    const onFullscreen = () => {
      if (document.fullscreenElement) fullscreenState.value = 'full';
      else if (fullscreenState.peek() === 'full') leavePresentation();
    };
    const clock = setInterval(() => {
      dispatch({ type: 'tick' });
      setNow(performance.now());
    }, CLOCK_MS);
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointermove', onPointer, { passive: true });
    document.addEventListener('pointerdown', onPointer, { passive: true });
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      clearInterval(clock);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointermove', onPointer);
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
    // The handlers only use state setters and refs; `timing` is fixed for the tour.
  }, [timing]);

  useCameraTour(map, tour, state.index, stage, panel, show);
  const columns = useColumns(map, builtin);

  const presented = presentedResult.value;
  const result = presented?.result ?? null;

  useEffect(() => {
    if (columns && result) columns.setValues(siteColumnValues(result), chapter.site ?? null);
  }, [columns, result, chapter.site]);

  // Leaving the tour removes its highlight; explore mode starts without a selection.
  useEffect(() => () => void (selectedSiteId.value = null), []);

  const progress = chapterProgress(state, timing, now);
  // Side by side, a chapter without a Chinese source line shows its one source line once, not twice.
  const sourceShow: ShowLang = show === 'both' && chapter.source[SOURCE_LANGUAGE] === undefined ? lang.value : show;

  return (
    <div
      ref={stage}
      class={`present-overlay present-overlay--${chapter.kind}${show === 'both' ? ' is-bilingual' : ''}`}
      data-testid="presentation"
      data-chapter-id={chapter.id}
      data-chapter-index={state.index}
      data-paused={String(state.paused)}
      data-blank={String(state.blank)}
      data-attract={String(state.attract)}
      data-show-lang={show}
      data-columns={columns ? 'ready' : 'off'}
    >
      <section
        ref={panel}
        class={`present-panel present-panel--${chapter.kind}`}
        aria-labelledby="present-title"
        data-testid="present-panel"
      >
        <p class="present-scenario" data-testid="present-scenario">
          <Bi show={show} as="span" text={scenarioLabel} />
          {presented === null && <span class="present-status"> · {t('present.waiting')}</span>}
          {presented !== null && !presented.current && <span class="present-status"> · {t('present.updating')}</span>}
        </p>
        <div class="present-bi-row" id="present-title">
          <Bi show={show} as="h2" class="present-title" text={(l) => localText(chapter.title, l)} />
        </div>
        <div class="present-bi-row">
          <Bi show={show} class="present-text" text={(l) => localText(chapter.text, l)} />
        </div>
        <ChapterBody chapter={chapter} data={data} result={result} show={show} />
        <p class="present-source" data-testid="present-source">
          <Bi show={sourceShow} as="span" text={(l) => translate(l, 'present.source', { source: chapterSource(chapter, l) })} />
        </p>
      </section>

      <Toolbar show={show} onShow={setShow} noticeDismissed={noticeDismissed} onDismiss={() => setNoticeDismissed(true)} />

      {result && columns && (
        <p class="present-columns-caption">
          <Bi
            show={show}
            as="span"
            text={(l) => translate(l, 'present.columns', { year: result.firstYear + result.years - 1 })}
          />
        </p>
      )}

      <nav class="present-progress" aria-label={t('present.progress')}>
        <ol>
          {tour.chapters.map((c, i) => (
            <li key={c.id}>
              <button
                type="button"
                class={`present-step${i === state.index ? ' is-current' : ''}${i < state.index ? ' is-done' : ''}`}
                aria-current={i === state.index ? 'step' : undefined}
                aria-label={t('present.gotoChapter', {
                  n: i + 1,
                  title: localText(c.title),
                })}
                onClick={() => dispatch({ type: 'goto', index: i })}
              >
                <span
                  class="present-step__fill"
                  style={{ width: `${i < state.index ? 100 : i === state.index ? progress * 100 : 0}%` }}
                />
                <span class="present-step__n">{i + 1}</span>
              </button>
            </li>
          ))}
        </ol>
        <p class="present-state" role="status">
          {t('present.chapterOf', { n: state.index + 1, total: tour.chapters.length })}
          {state.paused && ` · ${t('present.paused')}`}
          {state.attract && ` · ${t('present.attract')}`}
        </p>
        <p class="present-keys">{t('present.keys')}</p>
      </nav>

      {state.blank && (
        <div class="present-blank" data-testid="present-blank">
          <span class="visually-hidden" role="status">
            {t('present.blanked')}
          </span>
        </div>
      )}
    </div>
  );
}

function Toolbar({
  show,
  onShow,
  noticeDismissed,
  onDismiss,
}: {
  show: ShowLang;
  onShow: (s: ShowLang) => void;
  noticeDismissed: boolean;
  onDismiss: () => void;
}) {
  const full = fullscreenState.value;
  return (
    <div class="present-toolbar" role="toolbar" aria-label={t('present.toolbar')}>
      <div class="present-langs" role="group" aria-label={t('present.language')}>
        {SHOW_LANGS.map((l) => (
          <button
            key={l}
            type="button"
            class="present-button"
            aria-pressed={show === l}
            onClick={() => onShow(l)}
            data-testid={`present-lang-${l}`}
          >
            {t(l === 'both' ? 'present.language.both' : l === 'en' ? 'present.language.en' : 'present.language.zh')}
          </button>
        ))}
      </div>
      {full !== 'full' && (
        <button type="button" class="present-button" onClick={() => void requestFullscreen()} data-testid="present-fullscreen">
          {t('present.fullscreen')}
        </button>
      )}
      <button
        type="button"
        class="present-button present-button--exit"
        onClick={leavePresentation}
        data-testid="exit-presentation"
      >
        {t('present.exit')}
      </button>
      {full === 'refused' && !noticeDismissed && (
        <p class="present-notice" role="alert" data-testid="fullscreen-notice">
          {t('present.fullscreenRefused')}
          <button type="button" class="present-button" onClick={onDismiss}>
            {t('present.dismiss')}
          </button>
        </p>
      )}
    </div>
  );
}

function ChapterBody({
  chapter,
  data,
  result,
  show,
}: {
  chapter: TourChapter;
  data: FigureData;
  result: SimulationResult | null;
  show: ShowLang;
}) {
  if (chapter.kind === 'clusters') return <ClustersBody data={data} result={result} show={show} />;
  if (chapter.kind === 'opportunities') return <OpportunitiesBody data={data} show={show} />;
  const site = chapter.site === undefined ? undefined : data.sites.find((s) => s.properties.id === chapter.site);
  const figures = result ? chapterFigures(chapter, result, data) : null;
  return (
    <>
      {site?.properties.provenance === 'indicative' && (
        <p class="present-badge">
          <Bi show={show} as="span" text={(l) => translate(l, 'present.indicative')} />
        </p>
      )}
      <dl class="present-figures" data-testid="present-figures">
        {(figures ?? chapter.figures.map((id) => ({ id, value: Number.NaN, unit: 'count' as const, years: null }))).map(
          (figure) => (
            <div
              key={figure.id}
              class="present-figure"
              data-figure-id={figure.id}
              data-value={figures ? String(figure.value) : undefined}
            >
              <dt>
                <Bi
                  show={show}
                  as="span"
                  class="present-figure__label"
                  text={(l) =>
                    figures
                      ? figureLabel(figure, l)
                      : translate(l, `present.figure.${figure.id}` as MessageKey, { year: '', from: '', to: '' })
                  }
                />
              </dt>
              <dd>
                {figures ? (
                  // Side by side, only money needs a second line: 万元/亿元 and CNY m/bn are different units.
                  langsOf(show)
                    .filter((_, i) => i === 0 || figure.unit === 'money-wan')
                    .map((l, i) => {
                      const value = figureValue(figure, l);
                      return (
                        <span key={l} lang={l} class={i === 0 ? 'present-figure__value' : 'present-figure__value2'}>
                          {value.main}
                          {value.sub !== null && <small class="present-figure__sub">{value.sub}</small>}
                        </span>
                      );
                    })
                ) : (
                  <span class="present-figure__value">…</span>
                )}
              </dd>
            </div>
          ),
        )}
      </dl>
      {figures?.some((f) => f.unit === 'money-wan') && (
        <p class="present-note">
          <Bi
            show={show}
            as="span"
            text={(l) => `${translate(l, 'present.simulated')} · ${translate(l, 'present.illustrative')}`}
          />
        </p>
      )}
    </>
  );
}

const GROUPS: Cluster['group'][] = ['pillar', 'advantage', 'services'];

function ClustersBody({ data, result, show }: { data: FigureData; result: SimulationResult | null; show: ShowLang }) {
  if (!result) return <p class="present-status">{t('present.waiting')}</p>;
  const figures = clusterFigures(result, data.clusters);
  const max = Math.max(1, ...figures.map((f) => f.outputFinalYear));
  const year = result.firstYear + result.years - 1;
  return (
    <div class="present-clusters" data-testid="present-clusters">
      <p class="present-clusters__caption">
        <Bi
          show={show}
          as="span"
          text={(l) => `${translate(l, 'present.cluster.output', { year })} · ${translate(l, 'present.simulated')}`}
        />
      </p>
      {GROUPS.map((group) => (
        <div key={group} class="present-cluster-group">
          <h3>
            <Bi show={show} as="span" text={(l) => translate(l, `present.group.${group}` as MessageKey)} />
          </h3>
          <ul>
            {figures
              .filter((f) => f.cluster.group === group)
              .map((f) => (
                <li
                  key={f.cluster.id}
                  class="present-cluster"
                  data-cluster-id={f.cluster.id}
                  data-value={String(f.outputFinalYear)}
                >
                  <span class="present-cluster__name">
                    <span class="present-swatch" style={{ background: f.cluster.color }} />
                    <Bi show={show} as="span" text={(l) => localText(f.cluster.name, l)} />
                  </span>
                  <span class="present-cluster__bar" aria-hidden="true">
                    <span style={{ width: `${(f.outputFinalYear / max) * 100}%`, background: f.cluster.color }} />
                  </span>
                  <span class="present-cluster__value">{formatMoney(f.outputFinalYear, show === 'en' ? 'en' : 'zh-CN')}</span>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** How many project names each site card lists; the rest are counted. */
const NAMES_PER_SITE = 2;

function OpportunitiesBody({ data, show }: { data: FigureData; show: ShowLang }) {
  const groups = reserveOpportunities(data);
  const clusters = new Map(data.clusters.map((c) => [c.id, c]));
  const total = groups.reduce((n, g) => n + g.projects.length, 0);
  const totalWan = groups.reduce((n, g) => n + g.totalWan, 0);
  const moneyLang: Lang = show === 'en' ? 'en' : 'zh-CN';
  return (
    <div class="present-opportunities" data-testid="present-opportunities">
      <p class="present-opportunities__total" data-count={total} data-value={String(totalWan)}>
        <Bi
          show={show}
          as="span"
          text={(l) => translate(l, 'present.opportunities.total', { n: total, total: formatMoney(totalWan, l) })}
        />
      </p>
      <ul class="present-opportunity-grid">
        {groups.map((g) => (
          <li
            key={g.site.properties.id}
            class="present-opportunity"
            data-site-id={g.site.properties.id}
            data-count={g.projects.length}
          >
            <h3>
              <Bi show={show} as="span" text={(l) => localText(g.site.properties.name, l)} />
            </h3>
            <p class="present-opportunity__sum">
              {translate(moneyLang, 'present.opportunities.site', {
                n: g.projects.length,
                total: formatMoney(g.totalWan, moneyLang),
              })}
            </p>
            <p class="present-opportunity__clusters">
              {g.byCluster.map((c) => {
                const cluster = clusters.get(c.clusterId);
                return (
                  <span key={c.clusterId} class="present-chip">
                    <span class="present-swatch" style={{ background: cluster?.color ?? '#777' }} />
                    {cluster ? localText(cluster.name, moneyLang) : c.clusterId} × {c.count}
                  </span>
                );
              })}
            </p>
            <ul class="present-opportunity__projects">
              {g.projects.slice(0, NAMES_PER_SITE).map((p) => (
                <li key={p.id}>
                  <Bi show={show === 'both' ? 'zh-CN' : show} as="span" text={(l) => localText(projectName(p), l)} />{' '}
                  <span class="present-money">{formatMoney(p.total_investment_wan, moneyLang)}</span>
                </li>
              ))}
              {g.projects.length > NAMES_PER_SITE && (
                <li class="present-more">
                  {translate(moneyLang, 'present.opportunities.more', { n: g.projects.length - NAMES_PER_SITE })}
                </li>
              )}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Flies the camera to each chapter's view, leaving room for the text panel, and writes where the
 * camera came to rest onto the stage (data-camera-*), for the people checking a tour and for tests.
 */
function useCameraTour(
  map: MapLibreMap | null,
  tour: Tour,
  index: number,
  stage: { current: HTMLElement | null },
  panel: { current: HTMLElement | null },
  show: ShowLang,
): void {
  const target = useRef<string | null>(null);

  useEffect(() => {
    if (!map) return;
    const record = () => recordCamera(map, stage.current, target.current);
    map.on('moveend', record);
    return () => void map.off('moveend', record);
  }, [map, stage]);

  useEffect(() => {
    if (!map) return;
    const chapter = tour.chapters[index];
    if (!chapter) return;
    // The highlight first: the explorer's selection also moves the camera, and the flight below replaces that move.
    selectedSiteId.value = chapter.site ?? null;
    const panelRight = panel.current ? panel.current.getBoundingClientRect().right : 0;
    const left = Math.min(Math.max(0, panelRight), map.getCanvas().clientWidth * 0.7);
    const camera = {
      center: chapter.camera.center,
      zoom: chapter.camera.zoom,
      pitch: chapter.camera.pitch,
      bearing: chapter.camera.bearing,
      padding: { left, top: 0, right: 0, bottom: 0 },
    };
    if (stage.current) delete stage.current.dataset['cameraFor'];
    // The previous flight, interrupted here, reports its end during the call: the new target is set after.
    if (reducedMotion()) map.jumpTo(camera);
    else map.flyTo({ ...camera, duration: FLIGHT_MS, essential: true });
    target.current = chapter.id;
    recordCamera(map, stage.current, target.current);
  }, [map, tour, index, panel, stage, show]);
}

/** Writes the camera at rest onto the stage element, once it has stopped moving. */
function recordCamera(map: MapLibreMap, element: HTMLElement | null, chapterId: string | null): void {
  if (!element || chapterId === null || map.isMoving()) return;
  const c = map.getCenter();
  element.dataset['cameraFor'] = chapterId;
  element.dataset['cameraCenter'] = `${c.lng.toFixed(5)},${c.lat.toFixed(5)}`;
  element.dataset['cameraZoom'] = map.getZoom().toFixed(3);
  element.dataset['cameraPitch'] = map.getPitch().toFixed(2);
  element.dataset['cameraBearing'] = map.getBearing().toFixed(2);
}

/** Loads three.js and adds the columns layer once the map exists; removes it (freeing its GPU resources) on exit. */
function useColumns(map: MapLibreMap | null, data: BuiltinData): ColumnsLayer | null {
  const [layer, setLayer] = useState<ColumnsLayer | null>(null);
  useEffect(() => {
    if (!map) return;
    let added: ColumnsLayer | null = null;
    let cancelled = false;
    const colors = new Map(data.clusters.map((c) => [c.id, c.color]));
    const sites = data.sites.map((site) => ({
      id: site.properties.id,
      lngLat: centroid(site).geometry.coordinates as [number, number],
      color: colors.get(site.properties.clusters[0] ?? '') ?? '#777777',
    }));
    void import('./columns-layer').then(({ ColumnsLayer }) => {
      if (cancelled) return;
      added = new ColumnsLayer(sites, { animationMs: reducedMotion() ? 0 : 1600 });
      // Under the site labels, so names stay readable in front of the columns.
      map.addLayer(added, map.getLayer('sites-label') ? 'sites-label' : undefined);
      setLayer(added);
    });
    return () => {
      cancelled = true;
      setLayer(null);
      if (!added) return;
      try {
        if (map.getLayer(added.id)) map.removeLayer(added.id);
      } catch {
        // The map was removed first (leaving the mode unmounts both); removing it already called onRemove.
      }
    };
  }, [map, data]);
  return layer;
}

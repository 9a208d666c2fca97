/**
 * Start-up and navigation handling of share links: a page opened with "#s=…" (or a hash pasted into
 * an open page) loads that scenario into the editor. A bad link is ignored with a notice; the current
 * scenario stays as it was.
 */
import type { ParamsContext } from '../../workers/model/validate-params';
import { dataset } from '../state/data-state';
import { scenarioName, scenarioParams } from '../state/scenario-state';
import { decodeShareHash, hashWithoutShare, shareToken, type ShareDecodeResult } from './share-link';
import { scenarioNotice } from './scenario-notice';
import { datasetIds } from '../data/dataset-ids';

export interface LocationLike {
  hash: string;
  href: string;
}

export interface HistoryLike {
  replaceState(data: unknown, unused: string, url?: string | URL | null): void;
  readonly state: unknown;
}

/**
 * Applies the scenario of `location.hash`, if any, and then takes the share fragment out of the
 * address bar: from then on the editor, not the link, holds the scenario, so a reload after edits
 * does not silently fall back to the link's values.
 * @example void restoreScenarioFromLocation(location, { siteIds, clusterIds }, history);
 */
export async function restoreScenarioFromLocation(
  location: LocationLike,
  context: ParamsContext,
  history?: HistoryLike,
): Promise<ShareDecodeResult['status']> {
  if (shareToken(location.hash) === null) return 'absent';
  const decoded = await decodeShareHash(location.hash, context);
  if (decoded.status === 'ok') {
    scenarioParams.value = decoded.scenario.params;
    scenarioName.value = decoded.scenario.name;
    scenarioNotice.value = {
      tone: 'info',
      message: decoded.scenario.name
        ? { key: 'scenarios.notice.linkLoaded', values: { name: decoded.scenario.name } }
        : { key: 'scenarios.notice.linkLoadedUnnamed' },
    };
  } else if (decoded.status === 'invalid') {
    scenarioNotice.value = { tone: 'error', message: { key: 'scenarios.notice.linkIgnored' }, details: decoded.issues };
  }
  if (history) {
    const url = new URL(location.href);
    url.hash = hashWithoutShare(url.hash);
    history.replaceState(history.state, '', url.toString());
  }
  return decoded.status;
}

/** Site and cluster ids of the dataset in use (the shared `dataset` signal). */
function datasetContext(): ParamsContext {
  return datasetIds(dataset.peek());
}

/**
 * Restores from the current location now and whenever the hash changes (a link pasted into an open
 * tab only changes the hash; the page does not reload). Call it after `dataset` is set: links are
 * validated against the dataset's site and cluster ids. Returns the function that stops listening.
 * @example const stop = startScenarioLinks(window);
 */
export function startScenarioLinks(
  win: Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>,
  context: () => ParamsContext = datasetContext,
): () => void {
  const restore = () => void restoreScenarioFromLocation(win.location, context(), win.history);
  restore();
  win.addEventListener('hashchange', restore);
  return () => win.removeEventListener('hashchange', restore);
}

import { effect } from '@preact/signals';
import type { Map } from 'maplibre-gl';
import type { SimulationResult } from '../../workers/model/result-types';
import { dataset } from '../state/data-state';
import { currentMonthIndex, shownResult } from '../state/scenario-state';
import { PROJECTS_SOURCE, PROJECT_STATUSES, SITE_PROGRESS_SOURCE, type ProjectStatus } from './layers/project-layers';

/**
 * Status of a project at the end of month `m`, from the probabilities the simulator gives: a project
 * counts as started or completed once that is more likely than not.
 * @example projectStatus(0.9, 0.2, true) // 'construction'
 */
export function projectStatus(startedProb: number, completedProb: number, producesOutput: boolean): ProjectStatus {
  if (completedProb >= 0.5) return producesOutput ? 'producing' : 'completed';
  if (startedProb >= 0.5) return 'construction';
  return 'planned';
}

/**
 * Cumulative investment per site at each month, as a share of the largest site's total over the
 * horizon: `[s * H + m]`, 0–1. Bubbles then grow over time and are comparable between months.
 */
export function siteInvestmentShares(result: SimulationResult): Float64Array {
  const { months: H, siteIds } = result;
  const shares = new Float64Array(siteIds.length * H);
  let largest = 0;
  for (let s = 0; s < siteIds.length; s++) {
    let running = 0;
    for (let m = 0; m < H; m++) {
      running += result.investmentBySiteMonth[s * H + m] ?? 0;
      shares[s * H + m] = running;
    }
    largest = Math.max(largest, running);
  }
  if (largest > 0) for (let i = 0; i < shares.length; i++) shares[i] = shares[i]! / largest;
  return shares;
}

/**
 * The largest cumulative investment of any site over the horizon (万元): the amount a bubble of
 * full size stands for (siteInvestmentShares divides by it).
 */
export function largestSiteTotal(result: SimulationResult): number {
  const { months: H, siteIds } = result;
  let largest = 0;
  for (let s = 0; s < siteIds.length; s++) {
    let total = 0;
    for (let m = 0; m < H; m++) total += result.investmentBySiteMonth[s * H + m] ?? 0;
    largest = Math.max(largest, total);
  }
  return largest;
}

/**
 * Drives the time view: on a new result or month, writes each project's status and each site's
 * investment share into feature-state. No source data is reloaded.
 */
export function bindTimeView(map: Map): () => void {
  let sharesFor: SimulationResult | null = null;
  let shares: Float64Array = new Float64Array(0);
  let producesOutput = new Set<string>();
  return effect(() => {
    const result = shownResult.value;
    if (!result) return;
    const H = result.months;
    const m = Math.min(Math.max(currentMonthIndex.value, 0), H - 1);
    if (sharesFor !== result) {
      shares = siteInvestmentShares(result);
      sharesFor = result;
      producesOutput = new Set(
        dataset
          .peek()
          ?.projects.filter((p) => p.full_output_wan > 0)
          .map((p) => p.id),
      );
    }
    result.siteIds.forEach((id, s) =>
      map.setFeatureState({ source: SITE_PROGRESS_SOURCE, id }, { share: shares[s * H + m] ?? 0 }),
    );
    result.projectIds.forEach((id, p) => {
      const status = projectStatus(
        result.projectStartedProbMonth[p * H + m] ?? 0,
        result.projectCompletedProbMonth[p * H + m] ?? 0,
        producesOutput.has(id),
      );
      map.setFeatureState({ source: PROJECTS_SOURCE, id }, { status: PROJECT_STATUSES.indexOf(status) });
    });
  });
}

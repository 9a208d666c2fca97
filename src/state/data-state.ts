import { signal } from '@preact/signals';
import type { BuiltinData } from '../data/builtin-data';
import type { SimulatorData } from '../../workers/model/model-data';
import { datasetIds } from '../data/dataset-ids';

/**
 * The dataset in use: the built-in illustrative data until the user imports their own. The map
 * sources, the site list and the simulator all follow this one signal.
 */
export const dataset = signal<BuiltinData | null>(null);

/** What the simulator needs from a dataset. */
export function simulatorDataOf(data: BuiltinData): SimulatorData {
  return {
    projects: data.projects,
    baseline: data.baseline,
    targets: data.targets,
    ...datasetIds(data),
    ...(data.progressReports && data.progressReports.length > 0 ? { progressReports: data.progressReports } : {}),
  };
}

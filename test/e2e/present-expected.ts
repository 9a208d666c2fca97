/**
 * What the tour should show, computed in Node from the same data files and the same model the app
 * runs in its worker: the presentation's figures must equal these.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseClusters } from '../../src/data/clusters';
import { parseProjectsCsv } from '../../workers/model/input/projects-csv';
import { parseSites } from '../../src/data/sites';
import { chapterFigures, clusterFigures, type ChapterFigure, type FigureData } from '../../src/present/chapter-figures';
import { parseTour, type Tour } from '../../src/present/tour-schema';
import { loadSimulatorData } from '../../workers/cli/load-data';
import { prepareData } from '../../workers/model/model-data';
import { presetParams, type PresetId } from '../../workers/model/parameters';
import type { SimulationResult } from '../../workers/model/result-types';
import { runScenario } from '../../workers/model/simulate';

const dataFile = (name: string) => fileURLToPath(new URL(`../../data/${name}`, import.meta.url));
const readJson = (name: string): unknown => JSON.parse(readFileSync(dataFile(name), 'utf8'));

export function figureData(): FigureData {
  const clusters = parseClusters(readJson('clusters.json'));
  const sites = parseSites(readJson('parks.geojson'), new Set(clusters.map((c) => c.id)));
  const parsed = parseProjectsCsv(readFileSync(dataFile('projects.csv'), 'utf8'));
  if (!parsed.ok) throw new Error('data/projects.csv is invalid');
  return { clusters, sites, projects: parsed.projects };
}

export function tour(): Tour {
  const parsed = parseTour(readJson('tour.json'), new Set(figureData().sites.map((s) => s.properties.id)));
  if (!parsed.ok) throw new Error(parsed.issues.join('\n'));
  return parsed.tour;
}

/** The expected-mode result of a preset, as the app's worker computes it. */
export function expectedResult(preset: PresetId): SimulationResult {
  const prepared = prepareData(loadSimulatorData());
  if (!prepared.ok) throw new Error('data/ is invalid');
  const run = runScenario(prepared.value, 'expected', presetParams(preset));
  if (!run.ok) throw new Error('scenario invalid');
  return run.value;
}

export function expectedChapterFigures(chapterId: string, result: SimulationResult): ChapterFigure[] {
  const chapter = tour().chapters.find((c) => c.id === chapterId);
  if (!chapter) throw new Error(`no chapter ${chapterId}`);
  return chapterFigures(chapter, result, figureData());
}

export function expectedClusterOutputs(result: SimulationResult): Map<string, number> {
  return new Map(clusterFigures(result, figureData().clusters).map((f) => [f.cluster.id, f.outputFinalYear]));
}

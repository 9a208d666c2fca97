import { signal } from '@preact/signals';
import type { ScenarioIssue } from './scenario-issues';

/**
 * A message for the scenarios panel. Kept as keys, translated when shown. 'error' notices are
 * announced assertively (role=alert), 'info' politely (role=status).
 */
export interface ScenarioNotice {
  tone: 'info' | 'error';
  message: ScenarioIssue;
  details?: ScenarioIssue[];
}

/** The panel's current notice; start-up code (share link) writes it before the panel mounts. */
export const scenarioNotice = signal<ScenarioNotice | null>(null);

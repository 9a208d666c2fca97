/**
 * The host developers' type file (public/tonghua-parks-embed-api.d.ts) is written by hand so it can
 * stand alone; these checks keep it equal to the app's protocol. The type assertions fail `npm run
 * typecheck`; the name checks fail the unit tests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type * as Dts from '../../../public/tonghua-parks-embed-api';
import { DEFAULT_PARAMS, type ScenarioParams } from '../../../workers/model/parameters';
import type { ScenarioSummary } from '../../../workers/model/summary';
import {
  APP_EVENTS,
  EMBED_ERROR_CODES,
  HOST_COMMANDS,
  type AppEventPayloads,
  type EmbedErrorCode,
  type EmbedState,
  type HostCommandPayloads,
} from '../../../src/embed/embed-protocol';

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): T | undefined {
  return undefined;
}
assertType<Equals<Dts.ScenarioParams, ScenarioParams>>();
assertType<Equals<Dts.ScenarioSummary, ScenarioSummary>>();
assertType<Equals<Dts.EmbedState, EmbedState>>();
assertType<Equals<Dts.HostCommandPayloads, HostCommandPayloads>>();
assertType<Equals<Dts.AppEventPayloads, AppEventPayloads>>();
assertType<Equals<Dts.ErrorCode, EmbedErrorCode>>();

const dts = readFileSync(new URL('../../../public/tonghua-parks-embed-api.d.ts', import.meta.url), 'utf8');

/** Member names of `interface <name> { … }` in the .d.ts (top-level members only). */
function interfaceKeys(name: string): string[] {
  const start = dts.indexOf(`export interface ${name} {`);
  if (start < 0) throw new Error(`interface ${name} not found`);
  const keys: string[] = [];
  let depth = 0;
  for (const line of dts.slice(dts.indexOf('{', start)).split('\n')) {
    if (depth === 1) {
      const key = /^\s*(\w+)\??:/.exec(line)?.[1];
      if (key) keys.push(key);
    }
    depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
    if (depth === 0) break;
  }
  return keys;
}

describe('the host type file agrees with the protocol', () => {
  it('lists the same host commands', () => {
    expect(interfaceKeys('HostCommandPayloads').sort()).toEqual([...HOST_COMMANDS].sort());
  });

  it('lists the same app events', () => {
    expect(interfaceKeys('AppEventPayloads').sort()).toEqual([...APP_EVENTS].sort());
  });

  it('lists the same error codes', () => {
    const union = /export type ErrorCode =([^;]+);/.exec(dts)?.[1] ?? '';
    expect([...union.matchAll(/'([\w-]+)'/g)].map((m) => m[1]).sort()).toEqual([...EMBED_ERROR_CODES].sort());
  });

  it('lists every scenario parameter', () => {
    expect(interfaceKeys('ScenarioParams').sort()).toEqual(Object.keys(DEFAULT_PARAMS).sort());
  });
});

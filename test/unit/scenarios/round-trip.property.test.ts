import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARAMETER_TABLE, type ScenarioParams } from '../../../workers/model/parameters';
import { BUILTIN_CLUSTER_IDS as CLUSTER_IDS, BUILTIN_SITE_IDS as SITE_IDS } from '../builtin-ids';
import { parseScenarioText, scenarioFileJson } from '../../../src/scenarios/scenario-file';
import { decodeShareHash, encodeShareHash } from '../../../src/scenarios/share-link';
import { CONTEXT } from './helpers';

// Any value the validator accepts: whole numbers (multiples of the step where it is > 1) or any
// finite double in range. `+ 0` turns -0 into 0, which JSON cannot carry anyway.
const numericParams = fc.record(
  Object.fromEntries(
    PARAMETER_TABLE.map((spec) => [
      spec.id,
      spec.integer
        ? fc.integer({ min: Math.ceil(spec.min / spec.step), max: Math.floor(spec.max / spec.step) }).map((k) => k * spec.step)
        : fc.double({ min: spec.min, max: spec.max, noNaN: true }).map((x) => x + 0),
    ]),
  ),
);

const validParams: fc.Arbitrary<ScenarioParams> = fc
  .tuple(
    numericParams,
    fc.dictionary(fc.constantFrom(...SITE_IDS), fc.integer({ min: 0, max: 24 })),
    fc.dictionary(
      fc.constantFrom(...CLUSTER_IDS),
      fc.record(
        {
          baselineOutputWan: fc.double({ min: 0, max: 1e8, noNaN: true }).map((x) => x + 0),
          organicGrowthPct: fc.double({ min: -50, max: 100, noNaN: true }).map((x) => x + 0),
          valueAddedRatePct: fc.double({ min: 0, max: 100, noNaN: true }).map((x) => x + 0),
        },
        { requiredKeys: [] },
      ),
    ),
  )
  .map(([numbers, siteDelayMonths, clusterOverrides]) => ({
    ...(numbers as Omit<ScenarioParams, 'siteDelayMonths' | 'clusterOverrides'>),
    siteDelayMonths,
    clusterOverrides,
  }));

const names = fc
  .string({ minLength: 1, maxLength: 60, unit: 'grapheme' })
  .filter((s) => s.trim().length > 0 && s.trim().length <= 80);

describe('round trips of any valid scenario', () => {
  it('through the share link', async () => {
    await fc.assert(
      fc.asyncProperty(validParams, names, async (params, name) => {
        const decoded = await decodeShareHash(`#${await encodeShareHash(params, name)}`, CONTEXT);
        expect(decoded).toEqual({ status: 'ok', scenario: { params, name: name.trim() } });
      }),
      { numRuns: 150 },
    );
  });

  it('through the scenario file', () => {
    fc.assert(
      fc.property(
        validParams,
        names,
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (params, name, date) => {
          const parsed = parseScenarioText(scenarioFileJson(name, params, date), CONTEXT);
          expect(parsed).toEqual({
            ok: true,
            scenario: { format: 'tonghua-parks-scenario', version: 1, name: name.trim(), createdAt: date.toISOString(), params },
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

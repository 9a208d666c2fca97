/** Investment chart with progress reports: actual part solid, projected part dashed. */
import { describe, expect, it } from 'vitest';
import { buildInvestmentChart } from '../../../src/charts/investment-chart';
import { fixtureContext, fixtureResult, seriesById, seriesOf } from './fixture-result';

/** The fixture result with 500万元 of reported actuals in each of April–June 2017 (months 3–5). */
function withActuals() {
  const result = fixtureResult();
  const actual = new Float64Array(result.months);
  for (const m of [3, 4, 5]) actual[m] = 500;
  return { ...result, actualInvestmentMonth: actual, actualUntilMonth: 5 };
}

describe('investment chart with reported actuals', () => {
  it('draws the running total solid up to the last report month and dashed after it', () => {
    const { option } = buildInvestmentChart(withActuals(), fixtureContext());
    const solid = seriesById(option, 'cumulative-actual');
    const dashed = seriesById(option, 'cumulative');
    expect((solid.lineStyle as { type: string }).type).toBe('solid');
    expect((dashed.lineStyle as { type: string }).type).toBe('dashed');
    const solidData = solid.data as (number | null)[];
    const dashedData = dashed.data as (number | null)[];
    expect(solidData.slice(0, 6).every((v) => v !== null)).toBe(true);
    expect(solidData.slice(6).every((v) => v === null)).toBe(true);
    // The two parts meet at the report month, so the line is continuous.
    expect(dashedData[5]).toBe(solidData[5]);
    expect(dashedData.slice(0, 5).every((v) => v === null)).toBe(true);
  });

  it('stacks the actual part of each month under the projected part, adding up to the month total', () => {
    const result = withActuals();
    const { option } = buildInvestmentChart(result, fixtureContext());
    const actual = seriesById(option, 'monthly-actual').data as number[];
    const projected = seriesById(option, 'monthly').data as number[];
    expect(seriesById(option, 'monthly-actual').stack).toBe(seriesById(option, 'monthly').stack);
    expect(actual[4]).toBe(500);
    expect(actual[4]! + projected[4]!).toBe(result.investmentMonth[4]);
  });

  it('says in the text summary up to when the figures are actual', () => {
    const { summary } = buildInvestmentChart(withActuals(), fixtureContext());
    expect(summary).toContain('截至 2017-06');
    expect(summary).toContain('1,500万元');
  });

  it('without reports draws one solid line and no actual series', () => {
    const ids = seriesOf(buildInvestmentChart(fixtureResult(), fixtureContext()).option).map((s) => s.id);
    expect(ids).not.toContain('cumulative-actual');
    expect(ids).not.toContain('monthly-actual');
  });
});

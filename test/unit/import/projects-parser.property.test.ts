/** Property-based tests of the projects parser: it never throws, and valid rows survive a round trip. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PROJECT_CATEGORIES,
  PROJECT_PROVENANCES,
  PROJECT_TYPES,
  readProjectsCsvTable,
  validateProjectTable,
  type Project,
} from '../../../workers/model/input/projects-csv';
import { projectsCsv } from '../../../src/import/dataset-export';

const SITES = ['a-park', 'b-park'];
const CLUSTERS = ['food', 'pharma'];
const options = { siteIds: SITES, clusterIds: CLUSTERS, maxIssues: 10_000 };

// Text as a planner might type it: any Unicode, quotes, commas, newlines; no surrounding space (the
// parser trims, so " x" and "x" are the same value by design).
const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.length > 0);
const money = fc
  .double({ min: 0.01, max: 1e8, noNaN: true })
  .map((v) => Math.round(v * 100) / 100)
  .filter((v) => v >= 0.01);

const project: fc.Arbitrary<Project> = fc
  .record({
    id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,11}$/),
    name_zh: text,
    name_en: text,
    site_id: fc.constantFrom(...SITES),
    cluster_id: fc.constantFrom(...CLUSTERS),
    type: fc.constantFrom(...PROJECT_TYPES),
    category: fc.constantFrom(...PROJECT_CATEGORIES),
    total_investment_wan: money,
    before: fc.double({ min: 0, max: 1, noNaN: true }),
    planned_start: fc
      .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    construction_months: fc.integer({ min: 1, max: 120 }),
    full_output_wan: fc.oneof(fc.constant(0), money),
    rampup_months: fc.integer({ min: 0, max: 120 }),
    provenance: fc.constantFrom(...PROJECT_PROVENANCES),
  })
  .map(({ before, ...p }) => ({
    ...p,
    invested_before_wan: p.type === 'continuing' ? Math.floor(before * p.total_investment_wan * 100) / 100 : 0,
  }));

const uniqueProjects = fc.uniqueArray(project, { minLength: 1, maxLength: 20, selector: (p) => p.id });

describe('projects parser (property-based)', () => {
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (input) => {
        const table = readProjectsCsvTable(input);
        const v = validateProjectTable(table, options);
        return v.projects.length <= v.rowCount && v.issues.every((i) => i.row >= 0 && i.row <= v.rowCount);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on near-valid files: a valid file with one cell replaced by anything', () => {
    fc.assert(
      fc.property(
        uniqueProjects,
        fc.nat(),
        fc.nat(13),
        fc.string({ unit: 'grapheme', maxLength: 20 }),
        (projects, row, column, junk) => {
          const csv = projectsCsv(projects);
          const lines = csv.split('\r\n');
          const r = 1 + (row % projects.length);
          const cells = lines[r]!.split(',');
          if (column < cells.length) cells[column] = junk;
          lines[r] = cells.join(',');
          const v = validateProjectTable(readProjectsCsvTable(lines.join('\r\n')), options);
          return v.issues.every((i) => i.row >= 0 && typeof i.code === 'string');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives back exactly the projects it exported', () => {
    fc.assert(
      fc.property(uniqueProjects, (projects) => {
        const v = validateProjectTable(readProjectsCsvTable(projectsCsv(projects)), options);
        expect(v.issues).toEqual([]);
        expect(v.projects).toEqual(projects);
      }),
      { numRuns: 150 },
    );
  });
});

import { useState } from 'preact/hooks';
import { lang } from '../i18n/i18n';
import { rt } from './register-messages';
import type { RegisterRow } from './register-rows';
import { milestoneRisks } from './milestone-risk';

interface Props {
  rows: readonly RegisterRow[];
  year: number;
  onOpen: (row: RegisterRow) => void;
}

/** Projects at risk of missing the May resumption / August start, with the contribution at stake. */
export function MilestonesView({ rows, year, onOpen }: Props) {
  const [threshold, setThreshold] = useState(80);
  const risks = milestoneRisks(rows, threshold / 100);
  const percent = new Intl.NumberFormat(lang.value, { style: 'percent', maximumFractionDigits: 0 });
  const list = (id: string, heading: string, items: RegisterRow[]) => (
    <section aria-labelledby={id} class="reg-milestones__group">
      <h4 id={id}>
        {heading} · {rt('register.milestones.count', { count: items.length })}
      </h4>
      {items.length === 0 ? (
        <p class="reg-note">{rt('register.milestones.none')}</p>
      ) : (
        <table class="reg-milestones__table">
          <thead>
            <tr>
              <th scope="col">{rt('register.col.name')}</th>
              <th scope="col">{rt('register.col.pMilestone')}</th>
              <th scope="col">{rt('register.milestones.atStake', { year })}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((row) => (
              <tr key={row.id} data-project-id={row.id}>
                <th scope="row">
                  <button type="button" class="reg-link" onClick={() => onOpen(row)}>
                    {lang.value === 'en' ? row.nameEn : row.nameZh}
                  </button>
                </th>
                <td class="reg-num">{percent.format(row.pMilestone)}</td>
                <td class="reg-num">{row.growthInvestmentPp.toFixed(3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
  return (
    <div class="reg-milestones" data-testid="register-milestones">
      <p class="reg-note">{rt('register.milestones.intro')}</p>
      <label class="reg-milestones__threshold">
        {rt('register.milestones.threshold')}{' '}
        <input
          type="range"
          min={5}
          max={100}
          step={5}
          value={threshold}
          aria-valuetext={`${threshold}%`}
          onInput={(event) => setThreshold(Number((event.currentTarget as HTMLInputElement).value))}
          data-testid="milestone-threshold"
        />{' '}
        <output>{threshold}%</output>
      </label>
      {list('reg-ms-continuing', rt('register.milestones.continuing'), risks.continuing)}
      {list('reg-ms-new', rt('register.milestones.new'), risks.new)}
      <p class="reg-note">{rt('register.milestones.atStakeNote', { year })}</p>
    </div>
  );
}

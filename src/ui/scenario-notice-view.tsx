/**
 * A scenario notice (share link applied or ignored, file imported, store recovered), translated when
 * shown. The scenarios panel shows it in place; the app shows it under the header while that panel is
 * closed, so a notice written at start-up (a damaged share link) is seen wherever the user is.
 */
import { lang, t } from '../i18n/i18n';
import { formatIssue, type ScenarioIssue } from '../scenarios/scenario-issues';
import type { ScenarioNotice } from '../scenarios/scenario-notice';
import './scenario-notice-view.css';

export function NoticeView({ notice, onDismiss }: { notice: ScenarioNotice; onDismiss: () => void }) {
  const language = lang.value;
  return (
    <div
      class={`scenarios-notice scenarios-notice--${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      data-testid="scenarios-notice"
    >
      <p>{formatIssue(notice.message, language)}</p>
      {notice.details && notice.details.length > 0 && (
        <ul>
          {notice.details.map((issue: ScenarioIssue, i) => (
            <li key={i}>{formatIssue(issue, language)}</li>
          ))}
        </ul>
      )}
      <button type="button" class="scenarios-notice__close" aria-label={t('scenarios.dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}

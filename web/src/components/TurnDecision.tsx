import { categoryLabel, levelLabel } from '../format';
import type { Turn } from '../types';

/**
 * What the gateway decided on one turn, shown under the reply it produced: triage level and
 * C-SSRS, the policy's decision and its reasons, the output checks, and the final action. Folded
 * by default: the conversation comes first.
 */
export function TurnDecision({ turn }: { turn: Turn }) {
  const failed = turn.checks?.failed ?? [];
  const summary = [
    levelLabel(turn.level).toLowerCase(),
    turn.cssrs > 0 ? `C-SSRS ${turn.cssrs}` : null,
    `action ${turn.action}`,
    failed.length > 0 ? `${failed.length} check${failed.length === 1 ? '' : 's'} failed` : null,
    turn.escalationId ? 'escalated' : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <details className="decision">
      <summary>Gateway decision: {summary}</summary>
      <dl className="facts">
        <div>
          <dt>Triage</dt>
          <dd>
            {levelLabel(turn.level)}
            {turn.categories.length > 0 && ` (${turn.categories.map(categoryLabel).join(', ')})`}
            {turn.cssrs > 0 && `, C-SSRS ${turn.cssrs}`}
            {turn.confidence !== undefined && `, confidence ${Math.round(turn.confidence * 100)}%`}
          </dd>
        </div>
        {turn.signals.length > 0 && (
          <div>
            <dt>Cues</dt>
            <dd>{[...new Set(turn.signals.map((s) => s.id))].join(', ')}</dd>
          </div>
        )}
        {turn.conditions.length > 0 && (
          <div>
            <dt>Conditions</dt>
            <dd>{[...new Set(turn.conditions.map((c) => c.condition))].join(', ')}</dd>
          </div>
        )}
        {turn.policy && (
          <div>
            <dt>Policy</dt>
            <dd>
              {turn.policy.action}
              {turn.policy.protocol && ` with the ${turn.policy.protocol} protocol`}
              {turn.policy.escalate && ', escalate to a person'}
              {turn.policy.reasons.length > 0 && (
                <ul className="reasons">
                  {turn.policy.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        )}
        <div>
          <dt>Output checks</dt>
          <dd>
            {turn.checks === undefined
              ? 'not recorded'
              : failed.length === 0
                ? `${turn.checks.ran} ran, all passed`
                : `${turn.checks.ran} ran; failed: ${failed.map((c) => `${c.name} (${c.severity})`).join(', ')}`}
          </dd>
        </div>
        <div>
          <dt>Reply</dt>
          <dd>
            {turn.action}
            {turn.upstream && ` — upstream ${turn.upstream}`}
            {turn.upstreamError && ` (failed: ${turn.upstreamError}; a safe reply was sent)`}
          </dd>
        </div>
      </dl>
    </details>
  );
}

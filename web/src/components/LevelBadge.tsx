import { levelLabel } from '../format';
import type { RiskLevel } from '../types';

/** The risk level in words; colour and an icon only repeat what the words say. */
export function LevelBadge({ level }: { level: RiskLevel }) {
  return (
    <span className={`level level--${level}`}>
      <span aria-hidden="true" className="level__icon" />
      {levelLabel(level)}
    </span>
  );
}

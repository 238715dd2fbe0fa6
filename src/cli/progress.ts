import type { EvaluationProgress } from '../eval/runner.js';
import { formatDuration } from './output.js';

/**
 * Draws evaluation progress on stderr: a redrawn bar on a terminal, or a line every ~10% / 5 s
 * when stderr is a file or a CI log, so logs stay readable.
 */
export function progressReporter(
  stream: NodeJS.WriteStream = process.stderr,
  now: () => number = Date.now,
) {
  const tty = Boolean(stream.isTTY);
  let lastLine = 0;
  let lastPercent = -1;
  let drawn = false;
  return {
    update(p: EvaluationProgress): void {
      const todo = p.total - p.resumed;
      const elapsed = now() - p.startedAt;
      const rate = elapsed > 0 ? (p.done / elapsed) * 1000 : 0;
      const eta = rate > 0 ? ((todo - p.done) / rate) * 1000 : Number.NaN;
      const finished = p.resumed + p.done;
      const ratio = p.total === 0 ? 1 : finished / p.total;
      const width = 24;
      const filled = Math.round(ratio * width);
      const text =
        `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${finished}/${p.total} scenarios` +
        `${p.resumed ? ` (${p.resumed} resumed)` : ''}${p.failed ? `, ${p.failed} failed` : ''}` +
        ` · ${rate.toFixed(1)}/s · ETA ${p.done === todo ? '0s' : formatDuration(eta)}`;
      if (tty) {
        stream.write(`\r${text}\x1b[K`);
        drawn = true;
        return;
      }
      const percent = Math.floor(ratio * 10);
      if (percent !== lastPercent || now() - lastLine > 5000 || p.done === todo) {
        lastPercent = percent;
        lastLine = now();
        stream.write(`${text}\n`);
      }
    },
    end(): void {
      if (tty && drawn) stream.write('\n');
    },
  };
}

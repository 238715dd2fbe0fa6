/**
 * Times a full `tandem eval` on the bundled suite and on a synthetic suite of N scenarios
 * (default 10,000, once as JSON and once as YAML), against the reference responder with the builtin judge, through the built CLI
 * exactly as a user runs it. Reports wall time and the process's peak resident memory (from
 * /usr/bin/time). Build first (`npm run build`).
 *
 *   npx tsx bench/eval-scale.ts [--scenarios 10000] [--concurrency 8]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCommandArgs } from './cli-args.js';
import { loadSuite } from '../src/eval/suites.js';
import { suiteYaml, syntheticSuite } from './synthetic-suite.js';

const BUNDLED = join('suites', 'haas-e-core.yaml');

interface Measurement {
  label: string;
  scenarios: number;
  seconds: number;
  peakMemoryMb: number;
  exitCode: number;
}

function measure(label: string, scenarios: number, args: string[]): Measurement {
  const timed = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %M', process.execPath, join('bin', 'tandem.js'), 'eval', ...args],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const lastLine = timed.stderr.trim().split('\n').at(-1) ?? '';
  const [seconds, kb] = lastLine.split(' ').map(Number);
  if (timed.status !== 0 || seconds === undefined || kb === undefined || Number.isNaN(seconds)) {
    process.stderr.write(timed.stdout + timed.stderr);
    throw new Error(`${label}: tandem eval exited ${timed.status}`);
  }
  return {
    label,
    scenarios,
    seconds,
    peakMemoryMb: Math.round(kb / 1024),
    exitCode: timed.status ?? -1,
  };
}

function main(): void {
  const { values } = parseCommandArgs(import.meta.url, {
    options: {
      scenarios: { type: 'string', default: '10000' },
      concurrency: { type: 'string', default: '8' },
    },
  });
  if (!existsSync(join('dist', 'cli', 'main.js'))) throw new Error('build first: npm run build');
  const n = Number(values.scenarios);
  const work = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
  try {
    const common = [
      '--target',
      'reference',
      '--judge',
      'builtin',
      '--no-progress',
      '--concurrency',
      String(values.concurrency),
    ];
    const results: Measurement[] = [];
    results.push(
      measure('bundled suite', loadSuite(BUNDLED).scenarios.length, [
        ...common,
        '--db',
        join(work, 'bundled.db'),
        '--out',
        join(work, 'bundled'),
      ]),
    );
    // The same synthetic suite as YAML and as JSON: the YAML parser dominates memory at this size.
    const suite = syntheticSuite(n, 1);
    for (const format of ['json', 'yaml'] as const) {
      const suitePath = join(work, `synthetic.${format}`);
      writeFileSync(suitePath, format === 'json' ? JSON.stringify(suite) : suiteYaml(suite));
      results.push(
        measure(`synthetic suite (${format})`, n, [
          ...common,
          '--suite',
          suitePath,
          '--db',
          join(work, `synthetic-${format}.db`),
          '--out',
          join(work, `synthetic-${format}`),
        ]),
      );
    }
    console.log(
      JSON.stringify({ node: process.version, at: new Date().toISOString(), results }, null, 2),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();

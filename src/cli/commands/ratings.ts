import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { TandemError } from '../../core/index.js';
import { parseRatings } from '../../eval/judges/human.js';
import { recordHumanRatings } from '../../eval/record-ratings.js';
import { openStore, readConfig, type GlobalOptions } from '../context.js';

export function ratingsCommand(): Command {
  const ratings = new Command('ratings').description(
    'Human ratings of rubric items (the human judge)',
  );
  ratings
    .command('import')
    .description(
      'Import ratings from CSV or JSONL into their runs; each rater becomes judge human:<rater>, plus human:majority',
    )
    .argument('<file>', 'CSV with header run_id,scenario_id,item_id,rater_id,met[,note] or JSONL')
    .addOption(
      new Option('--format <format>', 'file format (default: from the extension)').choices([
        'csv',
        'jsonl',
      ]),
    )
    .action(async function (this: Command, file: string) {
      const options = this.optsWithGlobals<GlobalOptions & { format?: 'csv' | 'jsonl' }>();
      const path = resolve(file);
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        throw new TandemError(
          'RATINGS_INVALID',
          `cannot read ${path}: ${(error as Error).message}`,
        );
      }
      const format = options.format ?? (extname(path).toLowerCase() === '.csv' ? 'csv' : 'jsonl');
      const parsed = parseRatings(text, format, path);
      const store = await openStore(options, readConfig(options));
      try {
        const summary = await recordHumanRatings(store, parsed, path);
        for (const line of summary) process.stdout.write(`${line}\n`);
      } finally {
        await store.close();
      }
    });
  return ratings;
}

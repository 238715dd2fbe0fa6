/**
 * Starts a real `tandem serve` for the end-to-end tests: a fresh database and config in a temp
 * directory, any free port, the built console. The printed first-start link
 * (`http://…/setup#token=…`) tells the tests where the server is and how to create the admin.
 * Returns the teardown, which stops the server the way an operator would (SIGTERM).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const SETUP_LINK = /(https?:\/\/[^\s/]+)\/setup#token=([^\s]+)/;
const START_TIMEOUT_MS = 60_000;

/** `npm test` builds both first; a bare `npx playwright test` builds what is missing. */
function ensureBuilt(): void {
  const builds: Array<[string, string]> = [
    ['dist/cli/main.js', 'build'],
    ['web/dist/index.html', 'build:web'],
  ];
  for (const [output, script] of builds) {
    if (existsSync(path.join(root, output))) continue;
    const result = spawnSync('npm', ['run', script], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`npm run ${script} failed (needed for ${output})`);
  }
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  ensureBuilt();
  const dir = mkdtempSync(path.join(tmpdir(), 'tandem-e2e-'));
  const config = path.join(dir, 'tandem.config.yaml');
  // The bundled policy, with co-created drafts switched on for institutional deployments only, so
  // the drafts spec can send `x-tandem-area: institutional` and every other spec is unaffected.
  const policy = YAML.parse(readFileSync(path.join(root, 'policies/default.yaml'), 'utf8')) as {
    areas?: Record<string, Record<string, unknown>>;
  };
  policy.areas = {
    ...policy.areas,
    institutional: { ...policy.areas?.['institutional'], approval: true },
  };
  const policyFile = path.join(dir, 'policy.yaml');
  writeFileSync(policyFile, YAML.stringify(policy));
  writeFileSync(
    config,
    [
      'gateway:',
      '  host: 127.0.0.1',
      '  locale: en-GB',
      `  policy: ${JSON.stringify(policyFile)}`,
      '  upstream:',
      '    default: reference',
      '',
    ].join('\n'),
  );
  const serverLog = path.join(dir, 'server.log');
  const child = spawn(
    process.execPath,
    [
      'bin/tandem.js',
      '--db',
      path.join(dir, 'tandem.db'),
      '--config',
      config,
      'serve',
      '--port',
      '0',
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
  );
  // JSON request logs go to a file: useful when a test fails, noise otherwise.
  child.stdout?.pipe(createWriteStream(serverLog));

  const { baseUrl, token } = await setupLink(child, serverLog);
  process.env.TANDEM_E2E_URL = baseUrl;
  process.env.TANDEM_E2E_SETUP_TOKEN = token;
  process.env.TANDEM_E2E_DIR = dir;
  // Two evaluation runs for the rating and report pages: the CLI writes the server's database.
  const suite = writeTinySuite(dir);
  const runs = [1, 2].map((seed) => evaluate(dir, suite, seed));
  process.env.TANDEM_E2E_RUNS = runs.join(',');

  return async () => {
    await stop(child);
    if (!process.env.TANDEM_E2E_KEEP) rmSync(dir, { recursive: true, force: true });
  };
}

/** The first three scenarios of the bundled suite, under their own id: seconds, not minutes. */
function writeTinySuite(dir: string): string {
  const core = YAML.parse(readFileSync(path.join(root, 'suites/haas-e-core.yaml'), 'utf8')) as {
    scenarios: unknown[];
  };
  const file = path.join(dir, 'e2e-suite.yaml');
  writeFileSync(
    file,
    YAML.stringify({
      ...core,
      id: 'e2e-mini',
      title: 'End-to-end mini suite',
      scenarios: core.scenarios.slice(0, 3),
    }),
  );
  return file;
}

/** `tandem eval` with the reference responder and the builtin judge; returns the run id. */
function evaluate(dir: string, suite: string, seed: number): string {
  const result = spawnSync(
    process.execPath,
    [
      'bin/tandem.js',
      '--db',
      path.join(dir, 'tandem.db'),
      'eval',
      '--suite',
      suite,
      '--target',
      'reference',
      '--seed',
      String(seed),
      '--out',
      path.join(dir, `report-${seed}`),
      '--no-progress',
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  const id = /Starting (run-\S+):/.exec(`${result.stdout}${result.stderr}`)?.[1];
  if (result.status !== 0 || !id) {
    throw new Error(`tandem eval failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return id;
}

function setupLink(
  child: ChildProcess,
  serverLog: string,
): Promise<{ baseUrl: string; token: string }> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(
        new Error(`tandem serve ${why}\n--- stderr ---\n${stderr}\n(request log: ${serverLog})`),
      );
    };
    const timer = setTimeout(
      () => fail(`printed no setup link within ${START_TIMEOUT_MS} ms`),
      START_TIMEOUT_MS,
    );
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderr += chunk;
      if (process.env.TANDEM_E2E_VERBOSE) process.stderr.write(chunk);
      const match = SETUP_LINK.exec(stderr);
      if (match?.[1] && match[2]) {
        clearTimeout(timer);
        resolve({ baseUrl: match[1], token: decodeURIComponent(match[2]) });
      }
    });
    child.once('exit', (code, signal) => fail(`exited early (code ${code}, signal ${signal})`));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 15_000));
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

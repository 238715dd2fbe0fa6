/**
 * What the SAFE-i gateway costs on top of the model: in one run, the same load (autocannon) against
 * a fast fake OpenAI-compatible upstream directly and through `tandem serve` in front of it, plain
 * and streaming, with a no-risk conversation; plus, for information, a high-risk message through
 * the gateway. Reports requests per second, p50/p99 latency, the throughput ratio gateway/direct
 * and the latency the gateway adds (gateway minus direct), medians over `--repeats` rounds.
 *
 *   npx tsx bench/gateway/overhead.ts [--duration 10] [--connections 32] [--repeats 3]
 *       [--upstream-latency 0,200:100] [--gateway source|dist]
 *       [--only <scenario ids>] [--profile] [--summarise-profile <file>] [--out <file.json>]
 *
 * `--upstream-latency` lists the fake upstream's configurations, each run in full: `0` answers at
 * once (the gateway's own cost, and its saturation point), `200:100` holds each answer uniformly
 * 100–300 ms, as a fast model would (whether the overhead matters to a person waiting).
 *
 * Three processes, so that no two share an event loop: this one drives the load (autocannon),
 * the fake upstream (`fake-upstream.ts`) and the gateway (`tandem serve`, from the TypeScript
 * sources through tsx, or from `dist/` with `--gateway dist`) each run in their own. The gateway
 * runs as deployed: SQLite store, audit chain, info-level request logs (to a pipe this process
 * drains), no API keys (loopback). `--profile` runs the gateway with `--cpu-prof` and prints where
 * its CPU time goes. Latency percentiles are computed here from every response time autocannon
 * reports (fractional milliseconds), not from its integer histogram.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseCommandArgs } from '../cli-args.js';
import autocannon from 'autocannon';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RESULTS = join(ROOT, 'bench', 'gateway', 'results', 'overhead.json');

/** A day-to-day message with no risk in it: the gateway's fast path (`pass`). */
const NO_RISK = [
  { role: 'system', content: 'You are a supportive assistant in a wellbeing app.' },
  {
    role: 'user',
    content:
      'Long day at work but it went fine tbh. Any ideas for something relaxing to do tonight?',
  },
];
/**
 * A message at high risk (C-SSRS 4: active ideation with some intent, no plan, no method): the
 * default policy amends the reply with crisis resources and escalates to a person.
 */
const HIGH_RISK = [
  { role: 'system', content: 'You are a supportive assistant in a wellbeing app.' },
  {
    role: 'user',
    content: "i think i'm actually going to kill myself, i just dont know when yet",
  },
];
interface Scenario {
  id: string;
  label: string;
  target: 'direct' | 'gateway';
  stream: boolean;
  messages: typeof NO_RISK;
}

const SCENARIOS: Scenario[] = [
  { id: 'direct', label: '(a) direct, plain', target: 'direct', stream: false, messages: NO_RISK },
  {
    id: 'gateway',
    label: '(b) gateway, plain, no risk',
    target: 'gateway',
    stream: false,
    messages: NO_RISK,
  },
  {
    id: 'directStream',
    label: '(c) direct, streaming',
    target: 'direct',
    stream: true,
    messages: NO_RISK,
  },
  {
    id: 'gatewayStream',
    label: '(d) gateway, streaming, no risk',
    target: 'gateway',
    stream: true,
    messages: NO_RISK,
  },
  {
    id: 'gatewayHighRisk',
    label: '(e) gateway, plain, high risk',
    target: 'gateway',
    stream: false,
    messages: HIGH_RISK,
  },
];

interface Measurement {
  requestsPerSecond: number;
  /** CPU time (user + system) per answered request, of the gateway and of the fake upstream. */
  gatewayCpuMsPerRequest?: number;
  upstreamCpuMsPerRequest?: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  meanMs: number;
  responses: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

// ---------------------------------------------------------------------------------------------
// Processes

/** Starts a child and resolves with the first stdout match of `ready` (e.g. its URL). */
function startChild(
  label: string,
  args: string[],
  ready: RegExp,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ child: ChildProcess; match: RegExpMatchArray; stderr: () => string }> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let ready_: RegExpMatchArray | null = null;
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${label} did not start within 180 s:\n${out}\n${err}`));
    }, 180_000);
    // The ready line may come on either stream (`tandem serve` prints its URL on stderr).
    const check = () => {
      if (ready_) return;
      ready_ = `${out}\n${err}`.match(ready);
      if (!ready_) return;
      clearTimeout(timer);
      resolveStart({ child, match: ready_, stderr: () => err });
    };
    child.stdout?.on('data', (b: Buffer) => {
      // After start-up stdout is only drained: the request logs must not fill the pipe.
      if (ready_) return;
      out += b.toString('utf8');
      check();
    });
    child.stderr?.on('data', (b: Buffer) => {
      err = (err + b.toString('utf8')).slice(-20_000);
      check();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${label} exited (${code}) before it was ready:\n${out}\n${err}`));
    });
  });
}

function stopChild(child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}

const TSX = ['--import', 'tsx'];

function gatewayArgs(
  mode: 'source' | 'dist',
  config: string,
  db: string,
  profileDir?: string,
): string[] {
  const cli = ['--config', config, '--db', db, 'serve', '--port', '0', '--host', '127.0.0.1'];
  const profile = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  if (mode === 'dist') return [...profile, join(ROOT, 'bin', 'tandem.js'), ...cli];
  const entry = pathToFileURL(join(ROOT, 'src', 'cli', 'main.ts')).href;
  const launcher = `const { main } = await import(${JSON.stringify(entry)}); process.exitCode = await main(['node', 'tandem', ...process.argv.slice(1)]);`;
  return [...profile, ...TSX, '--input-type=module', '-e', launcher, '--', ...cli];
}

/**
 * CPU time a process has used, in ms (Linux `/proc/<pid>/stat`, 100 ticks per second); undefined
 * elsewhere. Unlike wall time on a busy machine, this does not grow while the process waits for
 * a core, so it is the cost that sets how many requests a core can carry.
 */
function cpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime) are 11 and 12 after the command name.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Load

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

async function load(
  url: string,
  body: string,
  connections: number,
  durationS: number,
): Promise<Measurement> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        connections,
        duration: durationS,
      },
      (error, finished) => (error ? fail(error) : done(finished)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) times.push(responseTime);
    });
  });
  const sorted = Float64Array.from(times).sort();
  const mean = times.reduce((a, b) => a + b, 0) / Math.max(1, times.length);
  return {
    requestsPerSecond: result.requests.total / durationS,
    p50Ms: percentile(sorted, 50),
    p90Ms: percentile(sorted, 90),
    p99Ms: percentile(sorted, 99),
    meanMs: mean,
    responses: times.length,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/** One request by hand before the load: the answer must be what we think we are measuring. */
async function probe(
  url: string,
  scenario: Scenario,
): Promise<{ action?: string; level?: string; escalate?: boolean; bytes: number }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: requestBody(scenario),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`${scenario.label}: HTTP ${response.status}: ${text.slice(0, 300)}`);
  if (scenario.stream) {
    if (!text.includes('data: [DONE]'))
      throw new Error(`${scenario.label}: the stream did not end with [DONE]`);
    const action = response.headers.get('x-tandem-action') ?? undefined;
    return { ...(action ? { action } : {}), bytes: text.length };
  }
  const json = JSON.parse(text) as {
    choices?: Array<{ message?: { content?: string } }>;
    tandem?: { action?: string; escalation_id?: string | null; triage?: { level?: string } };
  };
  if (!json.choices?.[0]?.message?.content) throw new Error(`${scenario.label}: no reply text`);
  return {
    ...(json.tandem?.action ? { action: json.tandem.action } : {}),
    ...(json.tandem?.triage?.level ? { level: json.tandem.triage.level } : {}),
    ...(scenario.target === 'gateway' ? { escalate: Boolean(json.tandem?.escalation_id) } : {}),
    bytes: text.length,
  };
}

function requestBody(scenario: Scenario): string {
  return JSON.stringify({
    model: 'bench',
    messages: scenario.messages,
    ...(scenario.stream ? { stream: true } : {}),
  });
}

// ---------------------------------------------------------------------------------------------
// Profile summary

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface ProfileSummary {
  /** Wall time the profile covers and the part of it the gateway was busy (not idle). */
  wallMs: number;
  busyMs: number;
  /** Self time of busy samples by area: our layers (`src/…`), packages, `node:` internals. */
  areas: Array<[string, number]>;
  /** Busy time by cost centre (innermost one on the stack): what each part costs, libraries included. */
  layers: Array<[string, number]>;
  /** Self time by function (busy %). */
  functions: Array<[string, number]>;
}

/**
 * Where the gateway's CPU time went, from a `--cpu-prof` file; percentages are of busy time.
 * `windows` (µs on the monotonic clock, which V8's profile and `process.hrtime` share) keeps only
 * the samples taken while load was measured, leaving out start-up and warm-up.
 */
function summariseProfile(file: string, windows?: Array<[number, number]>): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: ProfileNode[];
    startTime: number;
    endTime: number;
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  // Time per node from the sample intervals (more exact than hit counts on a busy machine).
  const time = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (windows && !windows.some(([from, to]) => at >= from && at <= to)) return;
    const next = profile.timeDeltas[i + 1] ?? 0;
    time.set(id, (time.get(id) ?? 0) + next / 1000);
  });
  const wallMs = windows
    ? windows.reduce((sum, [from, to]) => sum + (to - from), 0) / 1000
    : (profile.endTime - profile.startTime) / 1000;
  let idleMs = 0;
  const areas = new Map<string, number>();
  const layers = new Map<string, number>();
  const functions = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  for (const [id, ms] of time) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') {
      idleMs += ms;
      continue;
    }
    add(areas, areaOf(url, functionName), ms);
    const where = url ? `${shortUrl(url)}:${lineNumber + 1}` : '';
    add(functions, `${functionName || '(anonymous)'} ${where}`.trim(), ms);
    let owner = functionName === '(garbage collector)' ? 'garbage collection' : UNATTRIBUTED;
    for (
      let at: number | undefined = id;
      at !== undefined && owner === UNATTRIBUTED;
      at = parent.get(at)
    ) {
      const frame = byId.get(at)?.callFrame;
      owner = (frame && costCentreOf(frame.url)) ?? UNATTRIBUTED;
    }
    add(layers, owner, ms);
  }
  const busyMs = [...time.values()].reduce((a, b) => a + b, 0) - idleMs;
  const share = (m: Map<string, number>) =>
    [...m.entries()]
      .map(([k, v]) => [k, (100 * v) / (busyMs || 1)] as [string, number])
      .sort((a, b) => b[1] - a[1]);
  return {
    wallMs,
    busyMs,
    areas: share(areas),
    layers: share(layers),
    functions: share(functions).slice(0, 30),
  };
}

const UNATTRIBUTED = 'runtime, unattributed (microtask queue, timers, native)';

/**
 * The part of the gateway a frame's code belongs to; undefined for code that only serves its
 * caller (Node internals, zod), so the walk up the stack goes on to the caller.
 */
const COST_CENTRES: Array<[RegExp, string]> = [
  [
    /node_modules\/(kysely|better-sqlite3)\/|\/src\/store\//,
    'store: SQLite through Kysely (turn, audit chain)',
  ],
  [
    /node_modules\/openai\/|node:internal\/deps\/undici|\/src\/providers\//,
    'upstream call: openai SDK, fetch',
  ],
  [
    /node_modules\/(fastify|@fastify|find-my-way|avvio|light-my-request|fast-json-stringify|pino|sonic-boom|thread-stream)\/|node:_http|node:net|\/src\/server\//,
    'HTTP server and logs: fastify, node:http, pino',
  ],
  [/\/src\/(guard|triage|nlp|analyzers|core)\//, 'guard pipeline: triage, policy, checks'],
  [/node:internal\/modules|node_modules\/tsx\/|\/src\/cli\//, 'start-up: module loading, CLI'],
];

function costCentreOf(url: string): string | undefined {
  for (const [pattern, centre] of COST_CENTRES) if (pattern.test(url)) return centre;
  return undefined;
}

function areaOf(url: string, name: string): string {
  if (url === '') return name.startsWith('(') ? name : '(native)';
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1]!;
  const own = url.match(/\/(src\/[^/]+)\//);
  if (own) return own[1]!;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  return shortUrl(url);
}

function shortUrl(url: string): string {
  return url.replace(pathToFileURL(ROOT).href + '/', '').replace(/^.*node_modules\//, '');
}

// ---------------------------------------------------------------------------------------------

const nowUs = (): number => Number(process.hrtime.bigint() / 1000n);

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

async function main(): Promise<void> {
  const { values } = parseCommandArgs(import.meta.url, {
    options: {
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '32' },
      repeats: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '3' },
      'upstream-latency': { type: 'string', default: '0,200:100' },
      gateway: { type: 'string', default: 'source' },
      profile: { type: 'boolean', default: false },
      out: { type: 'string', default: RESULTS },
      only: { type: 'string' },
      'summarise-profile': { type: 'string' },
    },
  });
  if (values['summarise-profile']) {
    printProfile(summariseProfile(values['summarise-profile']));
    return;
  }
  const settings: RunSettings = {
    duration: Number(values.duration),
    connections: Number(values.connections),
    repeats: Number(values.repeats),
    warmup: Number(values.warmup),
    mode: values.gateway === 'dist' ? 'dist' : 'source',
    profile: values.profile,
    scenarios: values.only
      ? SCENARIOS.filter((s) => values.only!.split(',').includes(s.id))
      : SCENARIOS,
  };
  // `200` holds every answer 200 ms; `200:100` holds it uniformly 100–300 ms.
  const latencies = values['upstream-latency'].split(',').map((item) => {
    const [latency, jitter] = item.split(':').map(Number);
    return { latency: latency ?? 0, jitter: jitter ?? 0 };
  });
  const configurations = [];
  for (const { latency, jitter } of latencies) {
    configurations.push(await runConfiguration(settings, latency, jitter));
  }

  const report = {
    bench: 'gateway overhead',
    at: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      loadavgAtEnd: loadavg().map((l) => round(l)),
    },
    settings: {
      durationSeconds: settings.duration,
      connections: settings.connections,
      repeats: settings.repeats,
      warmupSeconds: settings.warmup,
      gateway: settings.mode,
      processes: 'autocannon, fake upstream and gateway each in their own process',
      targets: TARGETS,
    },
    configurations,
  };
  const out = resolve(values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`\nwrote ${out}\n`);
}

interface RunSettings {
  duration: number;
  connections: number;
  repeats: number;
  warmup: number;
  mode: 'source' | 'dist';
  profile: boolean;
  scenarios: Scenario[];
}

const TARGETS = { addedP99Ms: 5, throughputRatio: 0.8 };

/** One fake upstream latency: fresh upstream and gateway, every scenario, `repeats` rounds. */
async function runConfiguration(
  settings: RunSettings,
  upstreamLatencyMs: number,
  upstreamJitterMs: number,
) {
  const { duration, connections, repeats, warmup, mode, scenarios } = settings;

  const work = mkdtempSync(join(tmpdir(), 'tandem-overhead-'));
  const children: ChildProcess[] = [];
  try {
    const upstream = await startChild(
      'fake upstream',
      [
        ...TSX,
        join(ROOT, 'bench', 'gateway', 'fake-upstream.ts'),
        '--port',
        '0',
        '--latency',
        String(upstreamLatencyMs),
        '--jitter',
        String(upstreamJitterMs),
      ],
      /listening on (http:\/\/\S+\/v1)/,
    );
    children.push(upstream.child);
    const upstreamUrl = upstream.match[1]!;

    const config = join(work, 'tandem.config.yaml');
    writeFileSync(
      config,
      [
        'providers:',
        `  openai: { baseUrl: "${upstreamUrl}" }`,
        'gateway:',
        '  auth: false',
        '  upstream: { default: "openai:bench-upstream-1" }',
        '',
      ].join('\n'),
    );
    // Kept after the run (path printed), for a closer look in Chrome DevTools or speedscope.
    const profileDir = settings.profile
      ? mkdtempSync(join(tmpdir(), 'tandem-gateway-profile-'))
      : undefined;
    const gateway = await startChild(
      'tandem serve',
      gatewayArgs(mode, config, join(work, 'tandem.db'), profileDir),
      /listening on (http:\/\/[\d.:]+)/,
    );
    children.push(gateway.child);
    const gatewayUrl = gateway.match[1]!;

    const urlOf = (s: Scenario) =>
      s.target === 'direct'
        ? `${upstreamUrl}/chat/completions`
        : `${gatewayUrl}/v1/chat/completions`;

    process.stdout.write(
      `upstream ${upstreamUrl} (latency ${upstreamLatencyMs} ± ${upstreamJitterMs} ms), gateway ${gatewayUrl} (${mode}); ` +
        `${connections} connections, ${duration} s per load, ${repeats} repeats\n`,
    );
    const probes: Record<string, Awaited<ReturnType<typeof probe>>> = {};
    for (const s of scenarios) {
      probes[s.id] = await probe(urlOf(s), s);
      if (warmup > 0) {
        await load(urlOf(s), requestBody(s), connections, warmup);
      }
    }

    const runs: Record<string, Measurement[]> = Object.fromEntries(
      scenarios.map((s) => [s.id, []]),
    );
    const windows: Array<[number, number]> = [];
    let windowRequests = 0;
    for (let round_ = 1; round_ <= repeats; round_++) {
      for (const s of scenarios) {
        const before = { gateway: cpuMs(gateway.child.pid), upstream: cpuMs(upstream.child.pid) };
        const from = nowUs();
        const m = await load(urlOf(s), requestBody(s), connections, duration);
        if (s.target === 'gateway') {
          windows.push([from, nowUs()]);
          windowRequests += m.responses + m.non2xx;
        }
        const answered = Math.max(1, m.responses + m.non2xx);
        const used = (name: 'gateway' | 'upstream', pid: number | undefined) => {
          const start = before[name];
          const end = cpuMs(pid);
          return start === undefined || end === undefined
            ? undefined
            : round((end - start) / answered, 3);
        };
        if (s.target === 'gateway') {
          const g = used('gateway', gateway.child.pid);
          if (g !== undefined) m.gatewayCpuMsPerRequest = g;
        }
        const u = used('upstream', upstream.child.pid);
        if (u !== undefined) m.upstreamCpuMsPerRequest = u;
        runs[s.id]!.push(m);
        process.stdout.write(
          `  round ${round_} ${s.label.padEnd(32)} ${m.requestsPerSecond.toFixed(0).padStart(7)} req/s  ` +
            `p50 ${m.p50Ms.toFixed(2)} ms  p99 ${m.p99Ms.toFixed(2)} ms` +
            (m.gatewayCpuMsPerRequest !== undefined
              ? `  gateway CPU ${m.gatewayCpuMsPerRequest.toFixed(2)} ms/req`
              : '') +
            (m.non2xx || m.errors ? `  (non-2xx ${m.non2xx}, errors ${m.errors})` : '') +
            '\n',
        );
      }
    }

    const summary = (id: string) => {
      const list = runs[id];
      if (!list || list.length === 0) return undefined;
      return {
        requestsPerSecond: round(median(list.map((m) => m.requestsPerSecond)), 1),
        p50Ms: round(median(list.map((m) => m.p50Ms))),
        p90Ms: round(median(list.map((m) => m.p90Ms))),
        p99Ms: round(median(list.map((m) => m.p99Ms))),
        ...(list.every((m) => m.gatewayCpuMsPerRequest !== undefined)
          ? { gatewayCpuMsPerRequest: round(median(list.map((m) => m.gatewayCpuMsPerRequest!)), 3) }
          : {}),
        ...(list.every((m) => m.upstreamCpuMsPerRequest !== undefined)
          ? {
              upstreamCpuMsPerRequest: round(
                median(list.map((m) => m.upstreamCpuMsPerRequest!)),
                3,
              ),
            }
          : {}),
        non2xx: list.reduce((a, m) => a + m.non2xx, 0),
        errors: list.reduce((a, m) => a + m.errors, 0),
      };
    };
    /** Paired per round (the two loads ran seconds apart), then the median over rounds. */
    const compare = (direct: string, via: string) => {
      const d = runs[direct];
      const g = runs[via];
      if (!d?.length || !g?.length) return undefined;
      const pairs = d.map((m, i) => [m, g[i]!] as const);
      return {
        throughputRatio: round(
          median(pairs.map(([a, b]) => b.requestsPerSecond / a.requestsPerSecond)),
          3,
        ),
        addedP50Ms: round(median(pairs.map(([a, b]) => b.p50Ms - a.p50Ms))),
        addedP99Ms: round(median(pairs.map(([a, b]) => b.p99Ms - a.p99Ms))),
      };
    };
    const plain = compare('direct', 'gateway');
    const streaming = compare('directStream', 'gatewayStream');
    const targets = TARGETS;

    await stopChild(gateway.child);
    let profile: ProfileSummary | undefined;
    if (profileDir) {
      // The main thread's profile is the largest; tsx's module-loader worker writes a small one too.
      const file = readdirSync(profileDir)
        .filter((f) => f.endsWith('.cpuprofile'))
        .sort((a, b) => statSync(join(profileDir, b)).size - statSync(join(profileDir, a)).size)[0];
      if (file) {
        profile = summariseProfile(join(profileDir, file), windows);
        process.stdout.write(`gateway CPU profile: ${join(profileDir, file)}\n`);
      }
    }

    printTable(scenarios, summary, plain, streaming, targets);
    if (profile) {
      process.stdout.write(
        `\ngateway CPU: busy ${profile.busyMs.toFixed(0)} ms of ${profile.wallMs.toFixed(0)} ms, ` +
          `${windowRequests} requests, ${(profile.busyMs / Math.max(1, windowRequests)).toFixed(2)} ms per request (measured loads only)\n`,
      );
      printProfile(profile);
    }
    return {
      upstreamLatencyMs,
      upstreamJitterMs,
      probes,
      scenarios: Object.fromEntries(
        scenarios.map((s) => [s.id, { label: s.label, median: summary(s.id), runs: runs[s.id] }]),
      ),
      overhead: { plain, streaming },
      plainTargetsMet: plain
        ? plain.addedP99Ms <= targets.addedP99Ms && plain.throughputRatio >= targets.throughputRatio
        : undefined,
      ...(profile
        ? {
            profile: {
              note: 'samples taken while gateway load was measured (no start-up, no warm-up); percentages are of busy (non-idle) time; on a shared machine busy time includes waiting for a core',
              wallMs: round(profile.wallMs, 0),
              busyMs: round(profile.busyMs, 0),
              gatewayRequests: windowRequests,
              busyMsPerRequest: windowRequests
                ? round(profile.busyMs / windowRequests, 3)
                : undefined,
              byCostCentre: profile.layers.map(([centre, pct]) => ({
                centre,
                percent: round(pct, 1),
              })),
              selfTimeByArea: profile.areas
                .slice(0, 20)
                .map(([area, pct]) => ({ area, percent: round(pct, 1) })),
              topFunctions: profile.functions.map(([fn, pct]) => ({
                function: fn,
                percent: round(pct, 1),
              })),
            },
          }
        : {}),
    };
  } finally {
    for (const child of children.reverse()) await stopChild(child);
    rmSync(work, { recursive: true, force: true });
  }
}

function printProfile(profile: ProfileSummary): void {
  const list = (title: string, rows: Array<[string, number]>, n: number) => {
    process.stdout.write(`${title}\n`);
    for (const [name, pct] of rows.slice(0, n))
      process.stdout.write(`  ${pct.toFixed(1).padStart(5)}  ${name}\n`);
  };
  list('by cost centre, innermost on the stack (% of busy):', profile.layers, 12);
  list('self time by area (% of busy):', profile.areas, 15);
  list('top functions, self time (% of busy):', profile.functions, 15);
}

function printTable(
  scenarios: Scenario[],
  summary: (id: string) =>
    | {
        requestsPerSecond: number;
        p50Ms: number;
        p99Ms: number;
        non2xx: number;
        errors: number;
        gatewayCpuMsPerRequest?: number;
      }
    | undefined,
  plain: { throughputRatio: number; addedP50Ms: number; addedP99Ms: number } | undefined,
  streaming: { throughputRatio: number; addedP50Ms: number; addedP99Ms: number } | undefined,
  targets: { addedP99Ms: number; throughputRatio: number },
): void {
  const rows = [['scenario', 'req/s', 'p50 ms', 'p99 ms', 'gateway CPU ms/req', 'non-2xx']];
  for (const s of scenarios) {
    const m = summary(s.id);
    if (m)
      rows.push([
        s.label,
        m.requestsPerSecond.toFixed(0),
        m.p50Ms.toFixed(2),
        m.p99Ms.toFixed(2),
        m.gatewayCpuMsPerRequest?.toFixed(2) ?? '',
        String(m.non2xx + m.errors),
      ]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  process.stdout.write('\nmedians over rounds\n');
  for (const r of rows)
    process.stdout.write(
      `  ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')}\n`,
    );
  const line = (name: string, o: typeof plain) =>
    o
      ? `  ${name.padEnd(14)} throughput ${(o.throughputRatio * 100).toFixed(1)}% of direct, added p50 ${o.addedP50Ms.toFixed(2)} ms, added p99 ${o.addedP99Ms.toFixed(2)} ms\n`
      : '';
  process.stdout.write('\ngateway overhead (paired per round, median)\n');
  process.stdout.write(line('plain', plain) + line('streaming', streaming));
  if (plain) {
    const ok =
      plain.addedP99Ms <= targets.addedP99Ms && plain.throughputRatio >= targets.throughputRatio;
    process.stdout.write(
      `  targets (plain, no risk): added p99 <= ${targets.addedP99Ms} ms, throughput >= ${targets.throughputRatio * 100}%: ${ok ? 'MET' : 'MISSED'}\n`,
    );
  }
}

await main();

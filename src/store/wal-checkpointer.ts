/**
 * WAL checkpoints off the request path. SQLite copies the write-ahead log back into the database
 * file (a checkpoint, with an fsync) inside whichever commit pushes the log past its threshold;
 * better-sqlite3 is synchronous, so that commit stalls the gateway's event loop — and every turn
 * waiting on it — for milliseconds. A long-running server instead checkpoints from a worker thread
 * with its own connection, passively (never waiting for, or blocking, the gateway's reads and
 * writes). The gateway's connection keeps a far threshold as a safety net, so the log stays
 * bounded even if the worker dies.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Sqlite from 'better-sqlite3';

/** Pages (4 KiB) the log may reach before the gateway's own connection checkpoints: 256 MiB. */
export const SAFETY_NET_PAGES = 65_536;
export const DEFAULT_CHECKPOINT_INTERVAL_MS = 1000;
/** A worker stuck in a checkpoint is terminated after this long at shutdown. */
const STOP_TIMEOUT_MS = 5000;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
let running = true;
const tick = () => {
  if (!running) return;
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ type: 'checkpoint', ...result });
  } catch (error) {
    parentPort.postMessage({ type: 'error', message: String(error && error.message || error) });
  }
  setTimeout(tick, workerData.intervalMs);
};
parentPort.on('message', (message) => {
  if (message === 'stop') { running = false; db.close(); parentPort.close(); }
});
setTimeout(tick, workerData.intervalMs);
`;

export interface CheckpointReport {
  /** Frames in the log, and how many of them are now in the database file. */
  log: number;
  checkpointed: number;
}

export class WalCheckpointer {
  readonly #worker: Worker;
  #last: CheckpointReport | undefined;
  #failures = 0;
  #lastError: string | undefined;

  private constructor(worker: Worker) {
    this.#worker = worker;
    worker.on(
      'message',
      (message: { type: string; log?: number; checkpointed?: number; message?: string }) => {
        if (message.type === 'checkpoint') {
          this.#last = { log: message.log ?? 0, checkpointed: message.checkpointed ?? 0 };
        } else if (message.type === 'error') {
          this.#failures++;
          this.#lastError = message.message;
        }
      },
    );
    // A failed worker leaves the safety-net threshold in charge; it must not take the process down.
    worker.on('error', (error) => {
      this.#failures++;
      this.#lastError = error.message;
    });
    worker.unref();
  }

  /** Hands `file`'s checkpoints to a worker; `connection` keeps only the far safety net. */
  static start(
    connection: Sqlite.Database,
    file: string,
    intervalMs: number = DEFAULT_CHECKPOINT_INTERVAL_MS,
  ): WalCheckpointer {
    connection.pragma(`wal_autocheckpoint = ${SAFETY_NET_PAGES}`);
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    return new WalCheckpointer(
      new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file, intervalMs } }),
    );
  }

  /** The last checkpoint's outcome, and failures so far (for diagnostics and tests). */
  get status(): { last: CheckpointReport | undefined; failures: number; lastError?: string } {
    return {
      last: this.#last,
      failures: this.#failures,
      ...(this.#lastError === undefined ? {} : { lastError: this.#lastError }),
    };
  }

  /**
   * Stops the worker and waits until it has closed its connection and exited, so the process
   * never ends with the worker still inside SQLite; the caller then checkpoints what is left.
   */
  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.#worker.once('exit', () => resolve()));
    this.#worker.postMessage('stop');
    const giveUp = setTimeout(() => void this.#worker.terminate(), STOP_TIMEOUT_MS);
    try {
      await exited;
    } finally {
      clearTimeout(giveUp);
    }
  }
}

import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type BetterSqlite3 from "better-sqlite3";

// Runs in the worker: its own connection to the same file, a PASSIVE checkpoint on a timer. PASSIVE never
// waits for the app's connection and never blocks it; what it cannot copy yet it copies next time.
const WORKER_SOURCE = `
const { workerData, parentPort } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma("synchronous = NORMAL");
const timer = setInterval(() => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch {
    // SQLITE_BUSY or a transient I/O error: the next tick tries again; the app's backstop bounds the log.
  }
}, workerData.intervalMs);
parentPort.on("message", (message) => {
  if (message !== "stop") return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface BackgroundCheckpointOptions {
  /** How often the worker copies the log into the database file. */
  intervalMs?: number;
  /**
   * The app's own connection still checkpoints once the log holds this many pages (SQLite's
   * wal_autocheckpoint, default 1000 as SQLite's own). The worker's checkpoints copy pages while the app keeps
   * writing, so the log is rarely fully copied at the moment a write starts, which is when SQLite rewinds
   * it. This backstop, run by the writer itself, finds almost nothing left to copy and lets the next write
   * rewind the log. A larger one (4000 was tried) let the worker fall behind when both cores were busy, and
   * then the writer's checkpoint had more to copy than SQLite's default ever gives it: stalls of 100-390 ms.
   */
  backstopPages?: number;
}

/** Stops the worker and gives the checkpoints back to the app's connection. */
export type StopCheckpoints = () => Promise<void>;

/**
 * Moves SQLite's routine WAL checkpoints off the event loop (decision record 0021). With the default
 * (wal_autocheckpoint=1000) the connection that commits the 1000th page copies the log into the database
 * file and fsyncs both, inside that commit: with better-sqlite3 that blocks the event loop for several
 * milliseconds every few dozen messages, about a third of what the message path spent in SQLite. A worker
 * thread with its own connection does that copying instead.
 */
export function startBackgroundCheckpoints(
  database: BetterSqlite3.Database,
  file: string,
  { intervalMs = 100, backstopPages = 1000 }: BackgroundCheckpointOptions = {},
): StopCheckpoints {
  // The very driver Prisma's adapter opened the app's connection with (it has its own copy of better-sqlite3,
  // not the top-level one): two copies of SQLite in one process each keep their own table of POSIX locks, and
  // one closing the file would silently drop the other's locks. One copy in both threads shares that table.
  const driver = createRequire(createRequire(import.meta.url).resolve("@prisma/adapter-better-sqlite3")).resolve("better-sqlite3");
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file, intervalMs } });
  // The app's process ends when its own work ends, not when this timer would.
  worker.unref();
  database.pragma(`wal_autocheckpoint = ${backstopPages}`);
  let stopping = false;
  const restoreInlineCheckpoints = () => {
    try {
      if (database.open) database.pragma("wal_autocheckpoint = 1000");
    } catch {
      // The connection is closing: nothing left to checkpoint for.
    }
  };
  // A worker that could not start or died: SQLite's own checkpoints take over again, so the log never grows unbounded.
  worker.once("error", restoreInlineCheckpoints);
  const exited = new Promise<void>((resolve) => worker.once("exit", () => {
    if (!stopping) restoreInlineCheckpoints();
    resolve();
  }));
  return async () => {
    if (stopping) return exited;
    stopping = true;
    worker.postMessage("stop");
    const timeout = setTimeout(() => void worker.terminate(), 5_000);
    await exited;
    clearTimeout(timeout);
  };
}

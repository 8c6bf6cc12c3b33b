// Preloaded into Prisma CLI runs (prisma/cli.mjs). With a PostgreSQL adapter, `migrate deploy` leaves a
// 10 s timer (its advisory-lock timeout) running after it has finished, so every run took 10 s longer.
// Unref'ing long timers lets the process end once its real work (sockets, queries) is done; a lock wait
// still in progress keeps the process alive through its database socket.
const originalSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = function setTimeoutUnrefLong(callback, ms, ...args) {
  const timer = originalSetTimeout(callback, ms, ...args);
  if (typeof ms === "number" && ms >= 5000 && typeof timer?.unref === "function") timer.unref();
  return timer;
};

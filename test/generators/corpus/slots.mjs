// At most `size` tasks at once; cells of documents already generated go before new
// generations, so results arrive document by document instead of all at the end.
export function createSlots(size) {
  let busy = 0;
  const queues = { high: [], low: [] };
  const next = () => {
    const job = queues.high.shift() ?? queues.low.shift();
    if (!job) return;
    busy++;
    job.task().then(job.resolve, job.reject).finally(() => {
      busy--;
      next();
    });
  };
  /** Runs task() when a slot is free; `priority` 'high' jumps the 'low' queue. */
  return function run(task, priority = 'low') {
    return new Promise((resolve, reject) => {
      queues[priority].push({ task, resolve, reject });
      if (busy < size) next();
    });
  };
}

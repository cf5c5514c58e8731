// How a tab reaches the local database's worker. Loaded by the page's first script (start-early.ts)
// as well as by the embedded backend, which takes over the connection that script opened.

/** A worker whose transport arrives later: messages and handlers wait for it, in order. */
function deferredWorker(arriving: Promise<Worker>): Worker {
  let target: Worker | null = null;
  let terminated = false;
  const queue: unknown[] = [];
  let onmessage: ((event: MessageEvent) => void) | null = null;
  let onerror: ((event: ErrorEvent) => void) | null = null;
  arriving.then(
    (worker) => {
      if (terminated) return worker.terminate();
      target = worker;
      worker.onmessage = onmessage;
      worker.onerror = onerror;
      for (const message of queue.splice(0)) worker.postMessage(message);
    },
    (error: unknown) => onerror?.(new ErrorEvent('error', { message: String(error) })),
  );
  const facade = {
    postMessage: (message: unknown) => (target ? target.postMessage(message) : void queue.push(message)),
    terminate: () => {
      terminated = true;
      target?.terminate();
    },
    set onmessage(handler: ((event: MessageEvent) => void) | null) {
      onmessage = handler;
      if (target) target.onmessage = handler;
    },
    set onerror(handler: ((event: ErrorEvent) => void) | null) {
      onerror = handler;
      if (target) target.onerror = handler;
    },
  };
  return facade as unknown as Worker;
}

/**
 * The database worker: shared by every tab where the browser has SharedWorker (so all tabs see one
 * database); elsewhere (Chrome on Android, for one) a dedicated worker in the tab elected by a
 * Web Lock, the other tabs forwarding to it (tab-leader.ts).
 */
export function connectDatabaseWorker(): Worker {
  if (typeof SharedWorker === 'undefined') {
    const dedicated = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'noyau-db' });
    // The election code loads only in the browsers that need it (it is no part of the public page's first load).
    return typeof navigator !== 'undefined' && navigator.locks && typeof BroadcastChannel !== 'undefined'
      ? deferredWorker(import('./tab-leader').then(({ connectLeaderWorker }) => connectLeaderWorker(dedicated)))
      : dedicated();
  }
  const shared = new SharedWorker(new URL('./shared-worker.ts', import.meta.url), { type: 'module', name: 'noyau-db' });
  const port = shared.port;
  // The port speaks the same messages as a dedicated worker; only terminate differs.
  const facade = {
    postMessage: (message: unknown) => port.postMessage(message),
    terminate: () => {
      port.postMessage({ id: 0, request: { type: 'disconnect' } });
      port.close();
    },
    set onmessage(handler: ((event: MessageEvent) => void) | null) {
      port.onmessage = handler;
    },
    set onerror(handler: ((event: ErrorEvent) => void) | null) {
      shared.onerror = handler as ((event: Event) => void) | null;
    },
  };
  return facade as unknown as Worker;
}

import { createDbHost, type OpenDatabase } from '@/data/embedded/db-host';

/** What the in-process hosts of this file still have in hand, and a way to silence them. */
interface InProcessHost {
  close: () => void;
  busy: Set<Promise<void>>;
  /** Waiting for a test's own opener, which may never answer (a database kept "opening"). */
  waitsOnTest: () => boolean;
}
const hosts = new Set<InProcessHost>();

/**
 * The embedded backend with its real database host, run in this process instead of a Web Worker:
 * messages are structured-cloned across, as they would be between threads.
 */
export function inProcessWorker(openDatabase: OpenDatabase, waitsOnTest: () => boolean = () => false): Worker {
  let closed = false;
  const busy = new Set<Promise<void>>();
  const worker = {
    onmessage: null as ((event: MessageEvent) => void) | null,
    onerror: null,
    postMessage(data: unknown) {
      if (closed) return;
      queueMicrotask(() => {
        const work = host.receive(structuredClone(data) as Parameters<typeof host.receive>[0]);
        busy.add(work);
        void work.finally(() => busy.delete(work));
      });
    },
    terminate() {
      closed = true;
    },
  };
  const host = createDbHost(
    (message) => queueMicrotask(() => !closed && worker.onmessage?.({ data: structuredClone(message) } as MessageEvent)),
    openDatabase,
  );
  hosts.add({ close: worker.terminate, busy, waitsOnTest });
  return worker as unknown as Worker;
}

/**
 * Ends every app this file rendered: their hosts take no new message and the work they had in
 * hand finishes, so a test that ended while its database was still opening (cleaning the shared
 * database, creating a profile, saving a draft) cannot write into the next test's database. A host
 * still held by a test's own opener is only closed: that opener decides when, or whether, it ends.
 * Run after each test.
 */
export async function stopApps(): Promise<void> {
  for (const host of hosts) host.close();
  for (const host of hosts) {
    while (host.busy.size > 0 && !host.waitsOnTest()) await Promise.race([Promise.allSettled([...host.busy]), nextTurn()]);
  }
  hosts.clear();
}

/** Lets pending callbacks run, so a host that starts waiting on a test's opener is seen doing so. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

import { afterEach, describe, expect, it } from 'vitest';
import type { WorkerEvent } from '@/data/embedded/protocol';
import { connectLeaderWorker } from '@/data/embedded/tab-leader';

// A Web Lock the test hands out: the first tab to ask holds it until it closes, then the next in line.
function fakeLocks() {
  const queue: { grant: () => Promise<void> }[] = [];
  let held = false;
  const next = () => {
    const waiting = queue.shift();
    if (!waiting) return;
    held = true;
    void waiting.grant().then(() => {
      held = false;
      next();
    });
  };
  return {
    request: ((_name: string, callback: () => Promise<void> | undefined) =>
      new Promise<void>((resolve) => {
        queue.push({ grant: async () => resolve(await callback()) });
        if (!held) next();
      })) as unknown as LockManager['request'],
  };
}

/** A database worker the test speaks for. */
function fakeWorker() {
  const worker = {
    onmessage: null as ((event: MessageEvent) => void) | null,
    onerror: null,
    received: [] as unknown[],
    postMessage(data: unknown) {
      worker.received.push(data);
    },
    terminate() {},
    status(state: 'starting' | 'ready') {
      const event: WorkerEvent = { type: 'status', status: state === 'ready' ? { state, persistent: true } : { state } };
      worker.onmessage?.({ data: event } as MessageEvent);
    },
  };
  return worker;
}

const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

describe('one database tab among several, without SharedWorker', () => {
  it('takes over from a closed leader without telling its page the database is starting again', async () => {
    const locks = fakeLocks();
    const channelName = `noyau-test-${Math.random()}`;
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const spawn = () => {
      const worker = fakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    };
    const leader = connectLeaderWorker(spawn, { locks, channelName, tabId: 'a' });
    closers.push(() => leader.terminate());
    const follower = connectLeaderWorker(spawn, { locks, channelName, tabId: 'b' });
    closers.push(() => follower.terminate());
    const seen: string[] = [];
    follower.onmessage = (event: MessageEvent) => {
      if ('type' in event.data) seen.push((event.data as WorkerEvent).status.state);
    };

    await expect.poll(() => workers.length).toBe(1);
    workers[0]!.status('starting');
    workers[0]!.status('ready');
    await expect.poll(() => seen.at(-1)).toBe('ready');
    seen.length = 0;

    // The leader's tab closes: the follower holds the database now, in a worker of its own.
    leader.terminate();
    await expect.poll(() => workers.length).toBe(2);
    workers[1]!.status('starting');
    workers[1]!.status('ready');
    await expect.poll(() => seen).toEqual(['ready']);
  });
});

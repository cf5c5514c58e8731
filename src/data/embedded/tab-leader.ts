// Where SharedWorker is missing (Chrome on Android, for one), each tab would open its own PGlite
// on the same IndexedDB store and the last one to write it back would erase the others' writes.
// Instead one tab, the one holding a Web Lock, runs the database worker; the other tabs forward
// their requests to it over a BroadcastChannel and get its answers and status changes back. When
// that tab closes, the browser releases the lock and the next tab in line takes over.
import type { WorkerEvent, WorkerRequest, WorkerResponse } from './protocol';

type Envelope = { id: number; request: WorkerRequest | { type: 'disconnect' } };

type ChannelMessage =
  | { kind: 'hello'; from: string }
  | { kind: 'leader'; id: string }
  | { kind: 'call'; from: string; to: string; envelope: Envelope }
  | { kind: 'answer'; to: string; message: WorkerResponse }
  | { kind: 'status'; message: WorkerEvent };

export interface LeaderOptions {
  locks?: Pick<LockManager, 'request'>;
  channelName?: string;
  tabId?: string;
}

const LOCK_NAME = 'noyau-db-leader';

/** A Worker look-alike: this tab's requests reach the one database worker, wherever it runs. */
export function connectLeaderWorker(spawn: () => Worker, options: LeaderOptions = {}): Worker {
  const locks = options.locks ?? navigator.locks;
  const tabId = options.tabId ?? crypto.randomUUID();
  const channel = new BroadcastChannel(options.channelName ?? 'noyau-db');

  let onmessage: ((event: MessageEvent) => void) | null = null;
  let onerror: ((event: ErrorEvent) => void) | null = null;
  let closed = false;
  let leaderId: string | null = null;
  let worker: Worker | null = null;
  let release: (() => void) | null = null;
  let lastStatus: WorkerEvent | null = null;
  /** The last 'open' this tab asked for: a new leader opens the database the same way. */
  let lastOpen: Envelope | null = null;
  /** This tab's requests not answered yet: sent again to a new leader if the old one went away. */
  const pending = new Map<number, Envelope>();
  /** Leader only: the worker's request ids → which tab asked, under which id. */
  const routes = new Map<number, { tab: string | null; id: number }>();
  let nextWorkerId = 1;

  const deliver = (data: WorkerResponse | WorkerEvent) => onmessage?.({ data } as MessageEvent);
  const send = (message: ChannelMessage) => {
    if (!closed) channel.postMessage(message);
  };

  function toWorker(target: Worker, tab: string | null, envelope: Envelope) {
    const internal = nextWorkerId++;
    routes.set(internal, { tab, id: envelope.id });
    target.postMessage({ id: internal, request: envelope.request });
  }

  function forward(envelope: Envelope) {
    if (worker) toWorker(worker, tabId, envelope);
    else if (leaderId) send({ kind: 'call', from: tabId, to: leaderId, envelope });
  }

  function becomeLeader() {
    leaderId = tabId;
    // Taking over a database the tabs already use: it reopens here, and the calls made meanwhile
    // wait for it. The tabs are not told it is "starting" again: their controls stay usable (a
    // click would otherwise land on a button disabled for the blink of the takeover).
    let takingOver = lastStatus?.status.state === 'ready';
    worker = spawn();
    worker.onmessage = (event: MessageEvent<WorkerResponse | WorkerEvent>) => {
      const message = event.data;
      if ('type' in message) {
        if (takingOver && message.status.state === 'starting') return;
        takingOver = false;
        lastStatus = message;
        deliver(message);
        send({ kind: 'status', message });
        return;
      }
      const route = routes.get(message.id);
      if (!route) return;
      routes.delete(message.id);
      const answer = { ...message, id: route.id };
      if (route.tab === tabId) {
        pending.delete(route.id);
        deliver(answer);
      } else if (route.tab) {
        send({ kind: 'answer', to: route.tab, message: answer });
      }
    };
    worker.onerror = (event) => onerror?.(event);
    send({ kind: 'leader', id: tabId });
    // The database opens here the way this tab last asked, then this tab's waiting requests run.
    if (lastOpen && !pending.has(lastOpen.id)) toWorker(worker, null, lastOpen);
    for (const envelope of pending.values()) toWorker(worker, tabId, envelope);
  }

  channel.onmessage = (event: MessageEvent<ChannelMessage>) => {
    const message = event.data;
    switch (message.kind) {
      case 'hello':
        if (worker) {
          send({ kind: 'leader', id: tabId });
          if (lastStatus) send({ kind: 'status', message: lastStatus });
        }
        return;
      case 'leader':
        if (worker || message.id === leaderId) return;
        leaderId = message.id;
        // Whatever the previous leader had not answered is asked again of the new one.
        for (const envelope of pending.values()) send({ kind: 'call', from: tabId, to: message.id, envelope });
        return;
      case 'call':
        if (worker && message.to === tabId) toWorker(worker, message.from, message.envelope);
        return;
      case 'answer':
        if (message.to !== tabId || !pending.has(message.message.id)) return;
        pending.delete(message.message.id);
        deliver(message.message);
        return;
      case 'status':
        if (worker) return;
        lastStatus = message.message;
        deliver(message.message);
        return;
    }
  };

  void locks
    .request(LOCK_NAME, () => {
      if (closed) return undefined;
      becomeLeader();
      return new Promise<void>((resolve) => (release = resolve));
    })
    .catch(() => undefined);
  send({ kind: 'hello', from: tabId });

  const facade = {
    postMessage(envelope: Envelope) {
      if (envelope.request.type === 'disconnect') return;
      if (envelope.request.type === 'open') lastOpen = envelope;
      pending.set(envelope.id, envelope);
      forward(envelope);
    },
    terminate() {
      closed = true;
      worker?.terminate();
      worker = null;
      release?.();
      channel.close();
    },
    set onmessage(handler: ((event: MessageEvent) => void) | null) {
      onmessage = handler;
    },
    set onerror(handler: ((event: ErrorEvent) => void) | null) {
      onerror = handler;
    },
  };
  return facade as unknown as Worker;
}

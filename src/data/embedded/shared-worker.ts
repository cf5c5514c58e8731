/// <reference lib="webworker" />
// One PGlite for every tab of this browser: two tabs with their own copy of the database would
// overwrite each other's writes in IndexedDB (a creator's tab and the public survey page, say).
// Each tab talks to this worker through its own port; answers go back to the port that asked,
// status changes go to all.
import { createDbHost } from './db-host';
import type { WorkerEvent, WorkerRequest, WorkerResponse } from './protocol';

declare const self: SharedWorkerGlobalScope;

const ports = new Set<MessagePort>();
const pending = new Map<number, { port: MessagePort; id: number }>();
let nextId = 1;
let lastStatus: WorkerEvent | null = null;

const host = createDbHost((message: WorkerResponse | WorkerEvent) => {
  if ('type' in message) {
    lastStatus = message;
    for (const port of ports) port.postMessage(message);
    return;
  }
  const origin = pending.get(message.id);
  if (!origin) return;
  pending.delete(message.id);
  origin.port.postMessage({ ...message, id: origin.id });
});

// A reload: the stored database starts opening now, while the page is still loading its code.
host.warm();

self.onconnect = (event: MessageEvent) => {
  const port = event.ports[0];
  if (!port) return;
  ports.add(port);
  if (lastStatus) port.postMessage(lastStatus);
  port.onmessage = (message: MessageEvent<{ id: number; request: WorkerRequest | { type: 'disconnect' } }>) => {
    const { id, request } = message.data;
    if (request.type === 'disconnect') {
      ports.delete(port);
      return;
    }
    const internal = nextId++;
    pending.set(internal, { port, id });
    void host.receive({ id: internal, request });
  };
  port.start();
};

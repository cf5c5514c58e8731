/// <reference lib="webworker" />
// PGlite runs in this Web Worker so the page stays responsive while it starts and queries.
import { createDbHost } from './db-host';

const host = createDbHost((message) => self.postMessage(message));
self.onmessage = (event: MessageEvent) => void host.receive(event.data);
host.warm();

import type { Backend, DbStatus, FnArgs, FnName, FnReturns, LocalControls, LocalProfile, RpcOptions, Session } from '../backend';
import { BackendError, fromPostgresError } from '../errors';
import type { WorkerEvent, WorkerRequest, WorkerResponse } from './protocol';
import { connectDatabaseWorker } from './connect-worker';
import { claimsFor } from './rpc';

const PROFILE_KEY = 'noyau.localProfile';

/** Where the database image is, and the page's early fetch of it (index.html), if any. */
export interface ImageSource {
  url: string;
  prefetched?: Promise<Blob | null> | null;
  /** localStorage key set once the database is stored here: later visits skip the early fetch. */
  storedFlag: string;
}

type Pending = { resolve: (value: unknown) => void; reject: (error: unknown) => void };

/** Local mode: PGlite in a Web Worker; local profiles stand in for Supabase Auth users. */
export class EmbeddedBackend implements Backend {
  readonly kind = 'embedded' as const;
  readonly local: LocalControls;

  private worker: Worker;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private currentStatus: DbStatus = { state: 'starting' };
  private statusListeners = new Set<(status: DbStatus) => void>();
  private sessionListeners = new Set<(session: Session | null) => void>();
  private ready!: Promise<void>;
  private currentSession: Promise<Session> | null = null;
  private sessionGeneration = 0;

  constructor(
    private readonly createWorker: () => Worker = connectDatabaseWorker,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = localStorage,
    private readonly image: ImageSource | null = null,
  ) {
    this.worker = this.spawn();
    this.open(false);
    this.local = {
      listProfiles: () => this.whenReady(() => this.send<LocalProfile[]>({ type: 'listProfiles' })),
      createProfile: (displayName, roles) =>
        this.whenReady(() => this.send<LocalProfile>({ type: 'createProfile', displayName, roles })),
      switchProfile: async (id) => {
        this.storage.setItem(PROFILE_KEY, id);
        this.forgetSession();
        const session = await this.session();
        this.sessionListeners.forEach((listener) => listener(session));
      },
      loadDemo: () =>
        this.whenReady(async () => {
          const demo = await this.send<LocalProfile | null>({ type: 'loadDemo' });
          if (!demo) throw new BackendError('unknown', 'The demo profile is missing from seed.sql.');
          return demo;
        }),
      status: () => this.currentStatus,
      onStatus: (listener) => {
        this.statusListeners.add(listener);
        return () => this.statusListeners.delete(listener);
      },
      retry: ({ inMemory = false } = {}) => {
        this.forgetSession();
        this.open(inMemory);
      },
      reset: async () => {
        await this.send({ type: 'reset' }).catch(() => undefined);
        this.storage.removeItem(PROFILE_KEY);
        if (this.image) this.storage.removeItem(this.image.storedFlag);
        this.worker.terminate();
        this.rejectAll(new BackendError('database_unavailable', 'The local database was reset.'));
        this.worker = this.spawn();
        this.forgetSession();
        // Every profile is gone: nothing read for the one in use may show any more.
        this.sessionListeners.forEach((listener) => listener(null));
        this.open(false);
      },
    };
  }

  async rpc<F extends FnName>(fn: F, args: FnArgs<F>, options: RpcOptions = {}): Promise<FnReturns<F>> {
    await this.waitReady();
    const session = options.asAnon ? null : await this.session();
    const result = await this.send({
      type: 'rpc',
      call: {
        fn,
        args: args as Record<string, unknown>,
        role: session ? 'authenticated' : 'anon',
        claims: claimsFor(session?.userId ?? null),
      },
    });
    return result as FnReturns<F>;
  }

  session(): Promise<Session> {
    if (this.currentSession) return this.currentSession;
    const resolving = this.resolveSession().catch((error: unknown) => {
      if (this.currentSession === resolving) this.currentSession = null;
      throw error;
    });
    this.currentSession = resolving;
    return resolving;
  }

  onSessionChange(listener: (session: Session | null) => void): () => void {
    this.sessionListeners.add(listener);
    return () => this.sessionListeners.delete(listener);
  }

  async signOut(): Promise<void> {
    // A local profile cannot sign out; forgetting the choice picks the first profile again.
    this.storage.removeItem(PROFILE_KEY);
    this.forgetSession();
    this.sessionListeners.forEach((listener) => listener(null));
  }

  /** The next session() asks the database again; a resolution still under way keeps its answer to itself. */
  private forgetSession() {
    this.currentSession = null;
    this.sessionGeneration += 1;
  }

  private async resolveSession(): Promise<Session> {
    const generation = this.sessionGeneration;
    await this.waitReady();
    const profile = await this.send<LocalProfile>({ type: 'sessionProfile', preferred: this.storage.getItem(PROFILE_KEY) });
    // A profile chosen while this one was being found ("New profile…" on a first visit) wins:
    // remembering this older answer would switch the person back.
    if (generation === this.sessionGeneration) this.storage.setItem(PROFILE_KEY, profile.id);
    return { userId: profile.id, displayName: profile.displayName, isAnonymous: false };
  }

  private spawn(): Worker {
    const worker = this.createWorker();
    worker.onmessage = (event: MessageEvent<WorkerResponse | WorkerEvent>) => {
      const message = event.data;
      if ('type' in message) {
        this.setStatus(message.status);
        return;
      }
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.ok) pending.resolve(message.result);
      else pending.reject(message.error.code ? fromPostgresError(message.error) : new BackendError('unknown', message.error.message));
    };
    worker.onerror = (event) => {
      this.setStatus({ state: 'failed', reason: 'unknown', detail: event.message || 'The database worker stopped.' });
    };
    return worker;
  }

  private open(inMemory: boolean) {
    this.setStatus({ state: 'starting' });
    const image = this.image;
    const prefetched = image?.prefetched ?? null;
    this.ready = this.send({
      type: 'open',
      inMemory,
      image: image ? { url: image.url, prefetched: !!prefetched } : undefined,
    }).then(() => undefined);
    if (prefetched) void prefetched.then((blob) => this.send({ type: 'image', blob }), () => this.send({ type: 'image', blob: null }));
    // Failures are reported through the status; callers see them when they wait for ready.
    this.ready.catch(() => undefined);
  }

  private async waitReady(): Promise<void> {
    try {
      await this.ready;
    } catch (error) {
      throw new BackendError('database_unavailable', error instanceof Error ? error.message : String(error));
    }
  }

  private async whenReady<T>(work: () => Promise<T>): Promise<T> {
    await this.waitReady();
    return work();
  }

  private send<T = unknown>(request: WorkerRequest): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, request });
    });
  }

  private rejectAll(error: unknown) {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }

  private setStatus(status: DbStatus) {
    if (status.state === 'ready' && status.persistent && this.image) this.storage.setItem(this.image.storedFlag, '1');
    this.currentStatus = status;
    this.statusListeners.forEach((listener) => listener(status));
  }
}

// Builds the database image (src/data/embedded/image.ts) from the SQL present at build time and
// ships it with the app: an asset in `npm run build`, served by the dev server (rebuilt when a
// migration or the bootstrap changes). The app learns its URL from `virtual:noyau-db-image`, and
// index.html starts fetching it on a first visit, in parallel with the app's JavaScript
// (src/data/embedded/start-early.ts).
import fs from 'node:fs';
import path from 'node:path';
import { loadEnv, type Plugin, type ViteDevServer } from 'vite';
import { buildDatabaseImage, imageKey } from '../src/data/embedded/image';
import type { SqlFile } from '../src/data/embedded/migrate';

const VIRTUAL_ID = 'virtual:noyau-db-image';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** Set by the app once its database is stored in this browser: no need to fetch the image again. */
export const STORED_FLAG = 'noyau.dbStored';

interface Image {
  fileName: string;
  bytes: Uint8Array;
}

export function dbImagePlugin(): Plugin {
  let root = process.cwd();
  let base = '/';
  let command: 'build' | 'serve' = 'serve';
  let embedded = true;
  let current: Promise<Image> | null = null;

  const sqlDir = () => path.join(root, 'supabase');
  const isSqlInput = (file: string) =>
    file.startsWith(path.join(sqlDir(), 'migrations') + path.sep) || file === path.join(sqlDir(), 'bootstrap', 'local.sql');

  function readSql(): { bootstrap: string; migrations: SqlFile[] } {
    const dir = path.join(sqlDir(), 'migrations');
    const migrations = fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.sql'))
      .sort()
      .map((name) => ({ name, sql: fs.readFileSync(path.join(dir, name), 'utf8') }));
    return { bootstrap: fs.readFileSync(path.join(sqlDir(), 'bootstrap', 'local.sql'), 'utf8'), migrations };
  }

  function image(): Promise<Image> {
    current ??= (async () => {
      const { bootstrap, migrations } = readSql();
      const pglite = path.join(root, 'node_modules', '@electric-sql', 'pglite', 'package.json');
      const { version } = JSON.parse(fs.readFileSync(pglite, 'utf8')) as { version: string };
      const key = imageKey(bootstrap, migrations, version);
      // Building takes a few seconds (initdb, then every migration): keep the last one on disk.
      const cacheDir = path.join(root, 'node_modules', '.cache', 'noyau-db-image');
      const cached = path.join(cacheDir, `${key}.tar.gz`);
      let bytes: Uint8Array;
      if (fs.existsSync(cached)) {
        bytes = fs.readFileSync(cached);
      } else {
        bytes = await buildDatabaseImage(bootstrap, migrations);
        fs.mkdirSync(cacheDir, { recursive: true });
        for (const old of fs.readdirSync(cacheDir)) fs.rmSync(path.join(cacheDir, old), { force: true });
        fs.writeFileSync(cached, bytes);
      }
      return { fileName: `assets/noyau-db-${key}.tar.gz`, bytes };
    })();
    current.catch(() => {
      current = null;
    });
    return current;
  }

  function invalidate(server: ViteDevServer) {
    current = null;
    const module = server.moduleGraph.getModuleById(RESOLVED_ID);
    if (module) server.moduleGraph.invalidateModule(module);
    server.ws.send({ type: 'full-reload' });
  }

  return {
    name: 'noyau-db-image',
    configResolved(config) {
      root = config.root;
      base = config.base;
      command = config.command;
      const env = loadEnv(config.mode, config.envDir || root, 'VITE_');
      // Supabase mode has no local database: no image to fetch.
      embedded = !(env.VITE_SUPABASE_URL || process.env.VITE_SUPABASE_URL);
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { fileName } = await image();
      return `export const dbImageUrl = ${JSON.stringify(base + fileName)};\nexport const storedFlag = ${JSON.stringify(STORED_FLAG)};\n`;
    },
    async generateBundle() {
      // A Supabase build never opens a local database: no image to ship.
      if (command !== 'build' || !embedded) return;
      const { fileName, bytes } = await image();
      this.emitFile({ type: 'asset', fileName, source: bytes });
    },
    transformIndexHtml: {
      // Before Vite bundles index.html's scripts, so this one is bundled with them.
      order: 'pre',
      handler() {
        if (!embedded) return [];
        return [{ tag: 'script', attrs: { type: 'module', src: '/src/data/embedded/start-early.ts' }, injectTo: 'head-prepend' }];
      },
    },
    configureServer(server) {
      server.watcher.add([path.join(sqlDir(), 'migrations'), path.join(sqlDir(), 'bootstrap')]);
      server.watcher.on('all', (_event, file) => {
        if (isSqlInput(path.resolve(file))) invalidate(server);
      });
      server.middlewares.use((req, res, next) => {
        const url = req.url?.split('?')[0] ?? '';
        if (!url.startsWith(`${base}assets/noyau-db-`)) return next();
        image().then(
          ({ fileName, bytes }) => {
            if (url !== base + fileName) {
              res.statusCode = 404;
              res.end();
              return;
            }
            res.setHeader('Content-Type', 'application/gzip');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(bytes);
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}

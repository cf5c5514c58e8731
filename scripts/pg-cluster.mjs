// A throw-away PostgreSQL 15 cluster in a temporary folder on a free port, for tests,
// type generation and benchmarks. PostgreSQL refuses to run as root, so as root the
// cluster runs as user `postgres`. `stop()` removes everything it made.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const root = new URL('..', import.meta.url).pathname;

export const sqlFiles = {
  bootstrap: path.join(root, 'supabase/bootstrap/local.sql'),
  migrations: () =>
    fs
      .readdirSync(path.join(root, 'supabase/migrations'))
      .filter((f) => f.endsWith('.sql'))
      .sort()
      .map((f) => path.join(root, 'supabase/migrations', f)),
  seed: path.join(root, 'supabase/seed.sql'),
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const asRoot = process.getuid?.() === 0;

function runAsOwner(cmd, args, options = {}) {
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
  return execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

export async function startCluster({ settings = [] } = {}) {
  if (!fs.existsSync(path.join(PG_BIN, 'initdb'))) {
    throw new Error(`PostgreSQL 15 not found in ${PG_BIN} (apt-get install postgresql-15, or set PG_BIN).`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'noyau-pg-'));
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  const data = path.join(dir, 'data');
  const port = await freePort();
  runAsOwner(path.join(PG_BIN, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const opts = [`-p ${port}`, `-k ${dir}`, `-c listen_addresses=127.0.0.1`, '-c fsync=off', ...settings.map((s) => `-c ${s}`)].join(' ');
  runAsOwner(path.join(PG_BIN, 'pg_ctl'), ['-D', data, '-o', opts, '-l', path.join(dir, 'log'), '-w', 'start']);
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    spawnSync(...(asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(PG_BIN, 'pg_ctl'), '-D', data, '-m', 'immediate', 'stop']] : [path.join(PG_BIN, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']]), { stdio: 'ignore' });
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { url, port, host: '127.0.0.1', dir, stop };
}

// Runs SQL files with psql, stopping at the first error.
export function psqlFiles(url, files) {
  for (const file of files) {
    execFileSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-f', file], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
}

export async function withCluster(fn, { seed = true, settings } = {}) {
  const cluster = await startCluster({ settings });
  const cleanup = () => cluster.stop();
  process.on('exit', cleanup);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { cleanup(); process.exit(130); });
  try {
    psqlFiles(cluster.url, [sqlFiles.bootstrap, ...sqlFiles.migrations(), ...(seed ? [sqlFiles.seed] : [])]);
    return await fn(cluster);
  } finally {
    cleanup();
  }
}

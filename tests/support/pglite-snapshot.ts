// Vitest global set-up: PGlite takes seconds to start and migrate, so the whole run builds one
// database (bootstrap, every migration through the app's own applyMigrations, then the seed)
// and each test file opens a copy of it from this snapshot.
import { PGlite } from '@electric-sql/pglite';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { applyMigrations } from '@/data/embedded/migrate';
import { bootstrapSql, migrationFiles, seedSql } from './sql-files';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
  }
}

let snapshotPath: string | null = null;

export default async function setup(project: TestProject) {
  if (!snapshotPath) {
    const db = await PGlite.create();
    await applyMigrations(db, bootstrapSql, migrationFiles());
    await db.exec(seedSql);
    const dump = await db.dumpDataDir('none');
    await db.close();
    snapshotPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'noyau-pglite-')), 'snapshot.tar');
    fs.writeFileSync(snapshotPath, Buffer.from(await dump.arrayBuffer()));
  }
  project.provide('pgliteSnapshot', snapshotPath);
  return () => {
    if (snapshotPath) fs.rmSync(path.dirname(snapshotPath), { recursive: true, force: true });
    snapshotPath = null;
  };
}

#!/usr/bin/env node
// The clock matrix: the unit and db test projects (and, for some entries, the components and the
// PostgreSQL 15 tests) again at other instants and in other time zones, through Debian's faketime:
// it moves the clock of Node, of PGlite in Node and of the throw-away PostgreSQL server; time then
// runs on from the instant given. The instant is the wall time in the zone named beside it.
// Usage: node scripts/test-clock.mjs [name …]   (no name: every entry)
import { spawnSync } from 'node:child_process';

const matrix = [
  { name: 'sunday-night-utc', zone: 'UTC', at: '2026-12-06 23:30:00', pg: true },
  { name: 'monday-morning-utc+14', zone: 'Pacific/Kiritimati', at: '2026-12-07 08:00:00', components: true, pg: true },
  { name: 'saturday-evening-utc-8', zone: 'America/Los_Angeles', at: '2026-12-05 20:00:00' },
  // 30 s before Paris moves its clocks forward: the run crosses the change.
  { name: 'dst-night-paris', zone: 'Europe/Paris', at: '2027-03-28 01:59:30' },
  { name: 'leap-day-sydney', zone: 'Australia/Sydney', at: '2028-02-29 07:00:00' },
  { name: 'years-ahead-kolkata', zone: 'Asia/Kolkata', at: '2032-06-15 12:00:00', components: true },
];

const wanted = process.argv.slice(2);
const runs = wanted.length ? matrix.filter((entry) => wanted.includes(entry.name)) : matrix;
if (runs.length === 0) {
  console.error(`test:clock: no such entry; known: ${matrix.map((entry) => entry.name).join(', ')}`);
  process.exit(2);
}
if (spawnSync('faketime', ['-f', '+0', 'true']).error) {
  console.error('test:clock: faketime is not installed (apt-get install faketime).');
  process.exit(1);
}

const results = [];
for (const { name, zone, at, components, pg } of runs) {
  console.log(`\n── ${name}: ${at} in ${zone} ──`);
  const started = Date.now();
  const projects = ['unit', 'db', ...(components ? ['components'] : [])].flatMap((project) => ['--project', project]);
  const run = spawnSync('faketime', ['-f', `@${at}`, 'npx', 'vitest', 'run', ...projects], {
    stdio: 'inherit',
    env: { ...process.env, TZ: zone },
  });
  const pgRun = pg && run.status === 0
    ? spawnSync('faketime', ['-f', `@${at}`, 'node', 'scripts/test-pg.mjs'], { stdio: 'inherit', env: { ...process.env, TZ: zone } })
    : null;
  const ok = run.status === 0 && (!pgRun || pgRun.status === 0);
  results.push({ name: pg ? `${name} (with PostgreSQL 15)` : name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1) });
}

console.log('\n── clock matrix ──');
for (const { name, ok, seconds } of results) console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}  (${seconds} s)`);
const failed = results.filter((result) => !result.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

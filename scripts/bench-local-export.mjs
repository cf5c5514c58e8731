// `node scripts/bench-local-export.mjs`: exporting 10,000 responses in local mode (DESIGN.md's
// embedded-mode bar, issue 12: ≤ 2 s). The app's own database host (src/data/embedded/db-host.ts,
// loaded through Vite so its SQL imports resolve) on PGlite, opened from the database image of the
// production build, as the worker would on a first visit. 10,000 respondents answer an 8-question
// survey (and an email opt-in) through submit_response, each call through the host (so its statistics rule runs as the
// responses arrive); then the owner exports them, warm, median of 3. Figures only.
import { PGlite } from '@electric-sql/pglite';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer } from 'vite';
import { questions } from './bench-questions.mjs';

const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 10_000);
const root = path.resolve(new URL('..', import.meta.url).pathname);
const assets = path.join(root, 'dist', 'assets');
const imageFile = fs.existsSync(assets) ? fs.readdirSync(assets).find((name) => /^noyau-db-.*\.tar\.gz$/.test(name)) : null;
if (!imageFile) {
  console.error('No database image in dist/assets: run `npm run build` first.');
  process.exit(1);
}

const vite = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, watch: null },
  // Node runs the modules here: nothing to pre-bundle for a browser, so no scan of the app's entries.
  optimizeDeps: { noDiscovery: true, include: [] },
  resolve: { alias: { '@': path.join(root, 'src') } },
});
try {
  const { createDbHost } = await vite.ssrLoadModule('/src/data/embedded/db-host.ts');
  const { claimsFor } = await vite.ssrLoadModule('/src/data/embedded/rpc.ts');
  const image = new Blob([fs.readFileSync(path.join(assets, imageFile))], { type: 'application/gzip' });
  let db = null;
  const answers = new Map();
  const host = createDbHost(
    (message) => {
      if (!('type' in message)) answers.set(message.id, message);
    },
    async () => {
      db = await PGlite.create({ loadDataDir: image });
      return { db, persist: async () => undefined };
    },
  );
  let nextId = 1;
  const call = async (request) => {
    const id = nextId++;
    await host.receive({ id, request });
    const answer = answers.get(id);
    answers.delete(id);
    if (!answer.ok) throw new Error(`${request.type} ${request.call?.fn ?? ''}: ${answer.error.message}`);
    return answer.result;
  };
  await call({ type: 'open', inMemory: false });
  const owner = await call({ type: 'createProfile', displayName: 'Bench owner' });
  const asOwner = (fn, args) => call({ type: 'rpc', call: { fn, args, role: 'authenticated', claims: claimsFor(owner.id) } });

  const survey = await asOwner('create_survey', {
    p_title: 'Export bench',
    p_locale: 'en',
    p_questions: [...questions, { kind: 'email_optin', prompt: 'Keep me posted' }],
  });
  const ids = (await asOwner('get_survey', { p_survey_id: survey.id })).questions.map((q) => q.id);
  await asOwner('update_survey', {
    p_survey_id: survey.id,
    p_hypothesis: 'Most of the people asked have paid for help in the last year.', p_threshold: { question_id: ids[3], option_keys: ['yes'], target_rate: 0.3, min_responses: 50 },
  });
  const published = await asOwner('publish_survey', { p_survey_id: survey.id });

  const started = Date.now();
  for (let i = 0; i < RESPONSES; i++) {
    const p_answers = {
      [ids[0]]: ['often', 'once', 'never'][i % 3],
      [ids[1]]: ['a', 'c', 'e'].slice(0, 1 + (i % 3)),
      [ids[2]]: i % 11,
      [ids[3]]: ['yes', 'maybe', 'no'][i % 3],
      [ids[4]]: ['live', 'mail'].slice(0, 1 + (i % 2)),
      [ids[5]]: 1 + (i % 5),
      [ids[6]]: `tool ${i % 50}`,
      [ids[7]]: `A longer story about a day that slipped away, number ${i % 1000}`,
    };
    const email = i % 7 === 0 ? { p_email: `r${i}@example.org`, p_consent: true } : {};
    await call({
      type: 'rpc',
      call: {
        fn: 'submit_response',
        args: { p_slug: published.slug, p_respondent_key: `bench-respondent-${String(i).padStart(8, '0')}`, p_answers, ...email },
        role: 'anon',
        claims: null,
      },
    });
    if ((i + 1) % 2000 === 0) console.log(`  ${(i + 1).toLocaleString('en')} responses submitted (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }

  const times = [];
  let rows = 0;
  for (let run = 0; run < 4; run++) {
    const t0 = performance.now();
    const exported = await asOwner('export_survey_responses', { p_survey_id: survey.id });
    times.push(performance.now() - t0);
    rows = exported.rows.length;
  }
  if (rows !== RESPONSES) throw new Error(`the export held ${rows} rows, not ${RESPONSES}`);
  const warm = times.slice(1).sort((a, b) => a - b);
  const load = os.loadavg().map((v) => v.toFixed(2)).join(', ');
  console.log(`  runs: ${times.slice(1).map((t) => Math.round(t)).join(', ')} ms (after one warm-up of ${Math.round(times[0])} ms)`);
  console.log(
    `local export of ${RESPONSES.toLocaleString('en')} responses × 8 questions and an email opt-in: ${Math.round(warm[1])} ms (bar ≤ 2,000 ms) · load average ${load}`,
  );
  await db?.close();
} finally {
  await vite.close();
}

import type { PGliteInterface } from '@electric-sql/pglite';
import { asContractError, malformedInputKey } from '../errors';

export type RpcRole = 'anon' | 'authenticated';

export interface RpcCall {
  fn: string;
  args: Record<string, unknown>;
  role: RpcRole;
  /** The JWT claims Supabase would set for this request; `null` for an anonymous visitor. */
  claims: Record<string, unknown> | null;
}

const identifier = /^[a-z_][a-z0-9_]{0,62}$/;

// No argument of the API nests this deep (plan sections are the deepest, at 12 levels). PGlite's
// parser overflows the WebAssembly stack a few thousand levels down, giving XX000 inside a
// transaction and no row and no error outside one, so depth is checked before Postgres sees it.
const MAX_ARGUMENT_DEPTH = 64;

/** Whether a value nests deeper than `limit` arrays and objects (iterative: no stack to blow). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [item, depth] = next;
    if (item === null || typeof item !== 'object') continue;
    if (depth + 1 > limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/** An error shaped like the ones Postgres gives (code, message = key, detail). */
function contractError(key: string, detail: string): Error & { code: string; detail: string } {
  return Object.assign(new Error(key), { code: 'P0001', detail });
}

/**
 * The one statement for every call, read as PostgREST reads a function: each row it gives as
 * JSON (a composite row is one object, a scalar is itself), in the order the function gives them,
 * and whether the function returns a set. A set comes back as the array of its rows (`setof`,
 * `returns table`), anything else as its single row, as supabase-js hands them to the app.
 */
function callSql(fn: string, names: string[]): string {
  const args = names.map((name, i) => `${name} => $${i + 1}`).join(', ');
  return (
    `select coalesce(jsonb_agg(to_jsonb(r)), '[]'::jsonb) as rows,` +
    ` (select p.proretset from pg_catalog.pg_proc p where p.oid = to_regproc('public.${fn}')) as returns_set` +
    ` from public.${fn}(${args}) as r`
  );
}

/**
 * Runs one API call the way PostgREST does on Supabase: in a transaction, as the request's
 * role, with `request.jwt.claims` set, calling the function in `public` with named arguments.
 * Postgres errors are thrown with code, message and detail for the caller to map; arguments
 * Postgres cannot read (NUL, lone surrogates, deep nesting) come back as the function's
 * contract key, as they do through PostgREST (asContractError), never as a success.
 */
export async function runRpc(db: PGliteInterface, call: RpcCall): Promise<unknown> {
  if (!identifier.test(call.fn)) throw new Error(`Not a function name: ${call.fn}`);
  const names = Object.keys(call.args).filter((name) => call.args[name] !== undefined);
  for (const name of names) {
    if (!identifier.test(name)) throw new Error(`Not an argument name: ${name}`);
  }
  if (names.some((name) => nestsDeeperThan(call.args[name], MAX_ARGUMENT_DEPTH))) {
    throw contractError(malformedInputKey(call.fn) ?? 'unknown', `An argument nests more than ${MAX_ARGUMENT_DEPTH} levels deep.`);
  }
  const role = call.role === 'anon' ? 'anon' : 'authenticated';
  const sql = callSql(call.fn, names);
  try {
    return await db.transaction(async (tx) => {
      await tx.exec(`set local role ${role}`);
      await tx.query(`select set_config('request.jwt.claims', $1, true)`, [call.claims ? JSON.stringify(call.claims) : '']);
      const { rows } = await tx.query<{ rows: unknown[]; returns_set: boolean }>(sql, names.map((name) => call.args[name]));
      // An aggregate gives exactly one row; none means Postgres failed without saying so.
      const [only] = rows;
      if (rows.length !== 1 || !only) throw Object.assign(new Error(`${call.fn} returned ${rows.length} rows`), { code: 'XX000' });
      return only.returns_set ? only.rows : (only.rows[0] ?? null);
    });
  } catch (error) {
    const mapped = error && typeof error === 'object' ? asContractError(call.fn, error as { code?: string; message?: string; detail?: string }) : error;
    if (mapped !== error) {
      const { message, detail } = mapped as { message: string; detail: string };
      throw contractError(message, detail);
    }
    throw error;
  }
}

export function claimsFor(userId: string | null, extra: Record<string, unknown> = {}): Record<string, unknown> | null {
  if (!userId) return null;
  return { sub: userId, role: 'authenticated', aud: 'authenticated', is_anonymous: false, ...extra };
}

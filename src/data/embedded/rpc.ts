import type { PGliteInterface } from '@electric-sql/pglite';

export type RpcRole = 'anon' | 'authenticated';

export interface RpcCall {
  fn: string;
  args: Record<string, unknown>;
  role: RpcRole;
  /** The JWT claims Supabase would set for this request; `null` for an anonymous visitor. */
  claims: Record<string, unknown> | null;
}

const identifier = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Runs one API call the way PostgREST does on Supabase: in a transaction, as the request's
 * role, with `request.jwt.claims` set, calling the function in `public` with named arguments.
 * Postgres errors are thrown as they come (code, message, detail) for the caller to map.
 */
export async function runRpc(db: PGliteInterface, call: RpcCall): Promise<unknown> {
  if (!identifier.test(call.fn)) throw new Error(`Not a function name: ${call.fn}`);
  const names = Object.keys(call.args).filter((name) => call.args[name] !== undefined);
  for (const name of names) {
    if (!identifier.test(name)) throw new Error(`Not an argument name: ${name}`);
  }
  const role = call.role === 'anon' ? 'anon' : 'authenticated';
  const sql = `select public.${call.fn}(${names.map((name, i) => `${name} => $${i + 1}`).join(', ')}) as result`;
  return db.transaction(async (tx) => {
    await tx.exec(`set local role ${role}`);
    await tx.query(`select set_config('request.jwt.claims', $1, true)`, [call.claims ? JSON.stringify(call.claims) : '']);
    const { rows } = await tx.query<{ result: unknown }>(sql, names.map((name) => call.args[name]));
    return rows[0]?.result ?? null;
  });
}

export function claimsFor(userId: string | null, extra: Record<string, unknown> = {}): Record<string, unknown> | null {
  if (!userId) return null;
  return { sub: userId, role: 'authenticated', aud: 'authenticated', is_anonymous: false, ...extra };
}

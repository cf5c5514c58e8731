// The app reads every API answer through a zod schema; these types tie each schema to what
// database.types.ts (generated from the migrations) says the function returns, so that SQL and
// the schema cannot drift apart without the type check failing (tests/unit/rows.test.ts).
import type { z } from 'zod';
import type { FnName, FnReturns } from './backend';
import type { Database, Json } from './database.types';

/** One row of what a function returns: a set's element (`setof`, `returns table`), or its one record. */
export type ReturnedRow<F extends FnName> = FnReturns<F> extends readonly (infer R)[] ? R : FnReturns<F>;

/** A composite type of the public schema, as a nested member of an answer is typed. */
export type Composite<N extends keyof Database['public']['CompositeTypes']> = Database['public']['CompositeTypes'][N];

// Every field of a composite type admits null in the generated types: nullability is the
// schema's to state. A jsonb member is Json: its shape is the schema's to state as well.
type IsJson<R> = [Json] extends [R] ? true : false;

type Fits<O, R> =
  IsJson<R> extends true
    ? true
    : [NonNullable<O>] extends [readonly (infer OE)[]]
      ? [NonNullable<R>] extends [readonly (infer RE)[]]
        ? Fits<OE, RE>
        : false
      : [NonNullable<O>] extends [Record<string, unknown>]
        ? [NonNullable<R>] extends [Record<string, unknown>]
          ? [Drift<O, R>] extends [never]
            ? true
            : false
          : false
        : [NonNullable<O>] extends [NonNullable<R>]
          ? true
          : false;

/** The fields where a schema's output and a row differ: one has it and the other not, or the types cannot meet. */
export type Drift<O, R> = Fields<NonNullable<O>, NonNullable<R>>;
type Fields<O, R> = {
  [K in keyof O | keyof R]-?: K extends keyof O ? (K extends keyof R ? (Fits<O[K], R[K]> extends true ? never : K) : K) : K;
}[keyof O | keyof R];

/**
 * The schema itself, once the type check has found that it reads exactly the fields of `Row`
 * (nested objects and arrays included) with types that fit; otherwise a type error naming the
 * fields that drifted. `checkedAgainst<ReturnedRow<'get_survey'>>()(surveyDetailSchema)`.
 */
export function checkedAgainst<Row>() {
  return <S extends z.core.$ZodType>(schema: S & ([Drift<z.output<S>, Row>] extends [never] ? unknown : { drift: Drift<z.output<S>, Row> })): S =>
    schema;
}

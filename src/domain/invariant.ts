/**
 * A value the code's own logic guarantees (the last item of a list it has just checked is not
 * empty, a key it has just set): says so at run time, where `!` would only silence the compiler.
 */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`Expected ${what}.`);
  return value;
}

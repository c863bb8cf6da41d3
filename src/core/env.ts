/** Whole-number environment variables, read the same way by the configuration and the operation limits. */

/** A whole-number variable of at least `min`, or `dflt` when unset; a wrong value stops the start naming it. */
export function envInt(env: NodeJS.ProcessEnv, name: string, dflt: number, min: number): number {
  const v = env[name];
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`${name} must be a whole number ≥ ${min} (got ${JSON.stringify(v)}).`);
  return n;
}

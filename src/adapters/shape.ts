// In-house rather than valibot: the kit has a 12 kB gzip budget; valibot took ~1.4 kB of it, this ~0.3 kB.
/** Typed guards for backend JSON. A guard never throws: it answers with the checked value (objects
 * keep only declared keys, so no token rides along) or the first mismatch's path (`user.email`). */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly path: string };
export type Guard<T> = (input: unknown) => Checked<T>;
export type Infer<G> = G extends Guard<infer T> ? T : never;

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const miss = (path = ''): Checked<never> => ({ ok: false, path });

/** A string, optionally matching `pattern`, of `min`..`max` UTF-16 units. */
export const string = (pattern?: RegExp, max = Infinity, min = 0): Guard<string> => (input) =>
  typeof input === 'string' && input.length >= min && input.length <= max && (!pattern || pattern.test(input)) ? ok(input) : miss();

/** Exactly one of `values` (compared with `===`). */
export const literal = <const T extends readonly (string | number | boolean | null | undefined)[]>(...values: T): Guard<T[number]> => (input) =>
  values.includes(input as T[number]) ? ok(input as T[number]) : miss();

export const unknown: Guard<unknown> = ok;

/** The first guard that accepts the input; on a miss, the last guard's path. */
export const union =
  <G extends Guard<unknown>[]>(...guards: G): Guard<Infer<G[number]>> =>
  (input) => {
    let result: Checked<unknown> = miss();
    for (const guard of guards) if ((result = guard(input)).ok) break;
    return result as Checked<Infer<G[number]>>;
  };
/** `guard`'s value, or `undefined`/`null` when `allowed` includes it; direct rather than a union, as every adapter uses these. */
const orAbsent =
  <T, A extends null | undefined>(guard: Guard<T>, ...allowed: A[]): Guard<T | A> =>
  (input) =>
    allowed.includes(input as A) ? ok(input as A) : guard(input);
export const optional = <T>(guard: Guard<T>) => orAbsent(guard, undefined);
export const nullable = <T>(guard: Guard<T>) => orAbsent(guard, null);
export const nullish = <T>(guard: Guard<T>) => orAbsent(guard, null, undefined);

/**
 * `input`'s own values at `guards`' keys, each checked by its guard, into `value`; the first
 * mismatch's path. Arrays and objects alike: an array's keys are its indexes.
 */
const entries = <V extends object>(input: object, guards: [string | number, Guard<unknown>][], value: V): Checked<V> => {
  for (const [key, guard] of guards) {
    const result = guard(Object.hasOwn(input, key) ? (input as Record<string | number, unknown>)[key] : undefined);
    // The path from the outermost key in: `user.email`, `items.2`.
    if (!result.ok) return miss(result.path ? `${key}.${result.path}` : `${key}`);
    // An object keeps only the keys with a value; an array keeps every entry.
    if (result.value !== undefined || Array.isArray(value)) (value as Record<string | number, unknown>)[key] = result.value;
  }
  return ok(value);
};

/** An array of at most `max` entries, each checked by `item`. */
export const array =
  <T>(item: Guard<T>, max = Infinity): Guard<T[]> =>
  (input) =>
    Array.isArray(input) && input.length <= max ? entries(input, input.map((_, index) => [index, item]), [] as T[]) : miss();

export const object =
  <S extends Record<string, Guard<unknown>>>(shape: S): Guard<{ [K in keyof S]: Infer<S[K]> }> =>
  (input) =>
    typeof input === 'object' && input !== null ? entries(input, Object.entries(shape), {} as { [K in keyof S]: Infer<S[K]> }) : miss();

// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ErrorBody as AuthOSErrorBody, ContextResponse, VerifyResponse } from '../../src/adapters/authos/schemas';
import { DeviceStatus, ErrorBody as BetterAuthErrorBody, Session, SignInResponse } from '../../src/adapters/better-auth/schemas';
import { array, literal, nullable, nullish, object, optional, string, union, unknown } from '../../src/adapters/shape';

describe('string', () => {
  it('checks type, pattern and length in UTF-16 units', () => {
    expect(string()('')).toEqual({ ok: true, value: '' });
    expect(string()(1)).toEqual({ ok: false, path: '' });
    expect(string(/^a+$/)('aaa').ok).toBe(true);
    expect(string(/^a+$/)('aab').ok).toBe(false);
    expect(string(undefined, 2)('ab').ok).toBe(true);
    expect(string(undefined, 2)('abc').ok).toBe(false);
    expect(string(undefined, 2)('😀').ok).toBe(true);
    expect(string(undefined, 10, 1)('').ok).toBe(false);
  });
});

describe('literal, union and the optional forms', () => {
  it('accepts exactly the listed values', () => {
    const status = literal('pending', 'approved');
    expect(status('pending')).toEqual({ ok: true, value: 'pending' });
    expect(status('Pending').ok).toBe(false);
    expect(literal(true)(1).ok).toBe(false);
    expect(literal(true)('true').ok).toBe(false);
  });

  it('tells null from undefined', () => {
    expect(optional(string())(undefined).ok).toBe(true);
    expect(optional(string())(null).ok).toBe(false);
    expect(nullable(string())(null).ok).toBe(true);
    expect(nullable(string())(undefined).ok).toBe(false);
    expect(nullish(string())(null).ok).toBe(true);
    expect(nullish(string())(undefined).ok).toBe(true);
    expect(nullish(string())(0).ok).toBe(false);
  });

  it('takes the first guard that accepts, and reports the last miss', () => {
    const either = union(object({ a: literal(true) }), object({ b: string() }));
    expect(either({ a: true, b: 'x' })).toEqual({ ok: true, value: { a: true } });
    expect(either({ a: false, b: 'x' })).toEqual({ ok: true, value: { b: 'x' } });
    expect(either({ a: false, b: 1 })).toEqual({ ok: false, path: 'b' });
    expect(union()('x').ok).toBe(false);
  });
});

describe('object and array', () => {
  const shape = object({ id: string(), tags: array(string()), owner: nullish(object({ name: string() })) });

  it('keeps only declared keys, and leaves absent optional ones out', () => {
    expect(shape({ id: 'x', tags: ['a'], token: 'secret' })).toEqual({ ok: true, value: { id: 'x', tags: ['a'] } });
    const checked = shape({ id: 'x', tags: [], owner: { name: 'n', token: 'secret' } });
    expect(checked).toEqual({ ok: true, value: { id: 'x', tags: [], owner: { name: 'n' } } });
    expect(JSON.stringify(checked)).not.toContain('secret');
  });

  it('names the path of the first mismatch', () => {
    expect(shape(null)).toEqual({ ok: false, path: '' });
    expect(shape('x')).toEqual({ ok: false, path: '' });
    expect(shape({ tags: [] })).toEqual({ ok: false, path: 'id' });
    expect(shape({ id: 'x', tags: ['a', 2] })).toEqual({ ok: false, path: 'tags.1' });
    expect(shape({ id: 'x', tags: [], owner: { name: 3 } })).toEqual({ ok: false, path: 'owner.name' });
    expect(array(unknown)({ length: 0 }).ok).toBe(false);
  });

  it('does not read inherited keys as data', () => {
    expect(object({ toString: string() })({}).ok).toBe(false);
    expect(object({ constructor: optional(unknown) })({})).toEqual({ ok: true, value: {} });
  });
});

describe('the adapters’ shapes', () => {
  const guards = { AuthOSErrorBody, ContextResponse, VerifyResponse, DeviceStatus, BetterAuthErrorBody, Session, SignInResponse };

  it.each(Object.entries(guards))('%s never throws on arbitrary JSON', (_name, guard) => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = guard(json);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(typeof result.path).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, and only accepts what matches, for a generic object guard', () => {
    const guard = object({ a: string(), b: nullish(array(literal(1, 2))) });
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = guard(json);
        const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : undefined;
        const b = record && Object.hasOwn(record, 'b') ? record.b : undefined;
        const expected =
          record !== undefined &&
          Object.hasOwn(record, 'a') &&
          typeof record.a === 'string' &&
          (b == null || (Array.isArray(b) && b.every((x) => x === 1 || x === 2)));
        expect(result.ok).toBe(expected);
      }),
    );
  });

  it('accepts real answers', () => {
    expect(VerifyResponse({ org_slug: 'acme', service_slug: 'acme-cli', available_providers: ['github', 'Not A Slug'] }).ok).toBe(true);
    expect(VerifyResponse({ org_slug: 'acme', service_slug: 'acme-cli', available_providers: ['github', 1] })).toEqual({ ok: false, path: 'available_providers.1' });
    expect(VerifyResponse({ org_slug: 'acme', service_slug: 'acme-cli', available_providers: Array(51).fill('github') })).toEqual({ ok: false, path: 'available_providers' });
    expect(VerifyResponse({ org_slug: 'acme\u202E', service_slug: 'acme-cli', available_providers: [] })).toEqual({ ok: false, path: 'org_slug' });
    expect(Session(null)).toEqual({ ok: true, value: null });
    expect(DeviceStatus({ status: 'pending', client_id: '', scope: null })).toEqual({ ok: false, path: 'client_id' });
  });
});

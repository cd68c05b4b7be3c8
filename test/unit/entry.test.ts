// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { ActivationAdapter, ReturnResult } from '../../src/core/adapter';
import { USER_CODE_PARAM, readEntry, scrubUrl } from '../../src/core/entry';
import { AUTHOS_USER_CODE, type UserCodeFormat } from '../../src/core/user-code';

const PAGE = 'https://app.example/activate';
const RETURN_PARAMS = ['status', 'device_flow', 'preauth_token', 'device_code_id', 'mfa_required', 'error', 'error_description'];

interface FakeOptions {
  readonly readReturn?: (url: URL) => ReturnResult | null;
  readonly returnParams?: readonly string[];
  readonly format?: UserCodeFormat;
}

/** A plain object implementing the adapter seam; `verify` must never be called while reading the URL. */
function fakeAdapter({ readReturn, returnParams = RETURN_PARAMS, format = AUTHOS_USER_CODE }: FakeOptions = {}) {
  const verify = vi.fn<ActivationAdapter['verify']>(() => Promise.reject(new Error('verify must not be called')));
  const read = readReturn ? vi.fn(readReturn) : undefined;
  const adapter: ActivationAdapter = {
    id: 'fake',
    userCodeFormat: format,
    returnParams,
    verify,
    ...(read ? { readReturn: read } : {}),
  };
  return { adapter, verify, readReturn: read };
}

/** A readReturn that recognises AuthOS-like return URLs. */
function authosLikeReturn(url: URL): ReturnResult | null {
  const params = new URLSearchParams(url.hash.slice(1));
  const get = (name: string) => url.searchParams.get(name) ?? params.get(name);
  if (get('status') === 'success') return { kind: 'approved' };
  const preauthToken = get('preauth_token');
  const deviceCodeId = get('device_code_id');
  if (preauthToken && deviceCodeId) {
    const userCode = get('user_code');
    return { kind: 'mfa', challenge: { preauthToken, deviceCodeId, ...(userCode ? { userCode } : {}) } };
  }
  const error = get('error');
  if (error === 'access_denied') return { kind: 'error', error: { code: 'access_denied' } };
  if (error === 'expired') return { kind: 'error', error: { code: 'expired' } };
  if (error) return { kind: 'error', error: { code: 'provider_error', detail: get('error_description') ?? error } };
  return null;
}

describe('readEntry: fresh visits and links', () => {
  it('a plain visit starts entering at attempt 0 with nothing to scrub', () => {
    const { adapter, verify, readReturn } = fakeAdapter({ readReturn: authosLikeReturn });
    expect(readEntry(adapter, PAGE)).toEqual({ state: { status: 'entering', attempt: 0 }, scrubbedHref: null });
    expect(readReturn).toHaveBeenCalledTimes(1);
    expect(readReturn!.mock.calls[0]![0]).toBeInstanceOf(URL);
    expect(readReturn!.mock.calls[0]![0].href).toBe(PAGE);
    expect(verify).not.toHaveBeenCalled();
  });

  it('a plain visit with unrelated parameters and an anchor scrubs nothing', () => {
    const { adapter } = fakeAdapter({ readReturn: authosLikeReturn });
    expect(readEntry(adapter, `${PAGE}?lang=fr#help`)).toEqual({ state: { status: 'entering', attempt: 0 }, scrubbedHref: null });
  });

  it('?user_code=wdjb-mjht verifies the normalised code from the URL and scrubs it', () => {
    const { adapter, verify } = fakeAdapter({ readReturn: authosLikeReturn });
    expect(readEntry(adapter, `${PAGE}?user_code=wdjb-mjht`)).toEqual({
      state: { status: 'verifying', attempt: 1, userCode: 'WDJB-MJHT', source: 'url' },
      scrubbedHref: PAGE,
    });
    expect(verify).not.toHaveBeenCalled();
  });

  it('normalises an encoded, decorated code and keeps unrelated parameters', () => {
    const { adapter } = fakeAdapter();
    const href = `${PAGE}?lang=fr&user_code=%20wdjb%E2%80%93mjht%E2%80%8B&theme=dark#top`;
    expect(readEntry(adapter, href)).toEqual({
      state: { status: 'verifying', attempt: 1, userCode: 'WDJB-MJHT', source: 'url' },
      scrubbedHref: `${PAGE}?lang=fr&theme=dark#top`,
    });
  });

  it('sends the code in the format the adapter wants', () => {
    const { adapter } = fakeAdapter({ format: { ...AUTHOS_USER_CODE, sendSeparator: false } });
    expect(readEntry(adapter, `${PAGE}?user_code=WDJB-MJHT`).state).toEqual({
      status: 'verifying',
      attempt: 1,
      userCode: 'WDJBMJHT',
      source: 'url',
    });
  });

  it('works for an adapter without readReturn', () => {
    const { adapter } = fakeAdapter();
    expect(adapter.readReturn).toBeUndefined();
    expect(readEntry(adapter, `${PAGE}?user_code=WDJBMJHT`).state).toMatchObject({ status: 'verifying', userCode: 'WDJB-MJHT' });
  });

  it.each([
    ['an out-of-alphabet character', 'wdjb-mjh0', 'WDJB-MJH0'],
    ['too short', 'wdjb-mj', 'WDJB-MJ'],
    ['too long', 'wdjbmjhtx', 'WDJB-MJHT-X'],
  ])('a malformed ?user_code= (%s) starts entering with the code kept and formatted', (_name, param, kept) => {
    const { adapter, verify } = fakeAdapter({ readReturn: authosLikeReturn });
    expect(readEntry(adapter, `${PAGE}?user_code=${param}`)).toEqual({
      state: { status: 'entering', attempt: 0, userCode: kept },
      scrubbedHref: PAGE,
    });
    expect(verify).not.toHaveBeenCalled();
  });

  it('an empty ?user_code= starts entering and is still scrubbed', () => {
    const { adapter } = fakeAdapter();
    const entry = readEntry(adapter, `${PAGE}?user_code=`);
    expect(entry.state).toMatchObject({ status: 'entering', attempt: 0 });
    expect(entry.scrubbedHref).toBe(PAGE);
  });

  it.each([
    ['100 kB of letters', 'A'.repeat(100_000)],
    ['200 emoji', '😀'.repeat(200)],
    ['65 characters', 'WDJB-MJHT'.repeat(8).slice(0, 65)],
  ])('a linked "code" that cannot be one (%s) is rejected with bad_link, the field left empty, and the link scrubbed', (_name, linked) => {
    const { adapter, verify } = fakeAdapter();
    const entry = readEntry(adapter, `${PAGE}?user_code=${encodeURIComponent(linked)}`);
    expect(entry.state).toEqual({ status: 'entering', attempt: 0, error: { code: 'bad_link', detail: `user_code of ${linked.length} characters` } });
    expect(entry.scrubbedHref).toBe(PAGE);
    expect(verify).not.toHaveBeenCalled();
  });

  it('a malformed code of sane length still fills the field, formatted, for the person to fix', () => {
    const { adapter } = fakeAdapter();
    expect(readEntry(adapter, `${PAGE}?user_code=wdjb-mjh`).state).toEqual({ status: 'entering', attempt: 0, userCode: 'WDJB-MJH' });
  });
});

describe('readEntry: coming back from the backend', () => {
  it('approved → approved, scrubbing the return parameters', () => {
    const { adapter } = fakeAdapter({ readReturn: authosLikeReturn });
    expect(readEntry(adapter, 'https://app.example/activate/success?status=success&device_flow=true')).toEqual({
      state: { status: 'approved', attempt: 0, confirmed: false },
      scrubbedHref: 'https://app.example/activate/success',
    });
  });

  it('MFA in the query → mfa with the challenge, every secret scrubbed', () => {
    const { adapter } = fakeAdapter({ readReturn: authosLikeReturn });
    const entry = readEntry(
      adapter,
      'https://app.example/activate/mfa-challenge?preauth_token=pre.secret&device_code_id=dc_42&user_code=WDJB-MJHT',
    );
    expect(entry).toEqual({
      state: {
        status: 'mfa',
        attempt: 0,
        challenge: { preauthToken: 'pre.secret', deviceCodeId: 'dc_42', userCode: 'WDJB-MJHT' },
      },
      scrubbedHref: 'https://app.example/activate/mfa-challenge',
    });
  });

  it('MFA in the fragment (AuthOS platform flow) → mfa, the fragment scrubbed', () => {
    const { adapter } = fakeAdapter({ readReturn: authosLikeReturn });
    const entry = readEntry(
      adapter,
      'https://app.example/callback#mfa_required=true&preauth_token=pre.secret&device_code_id=dc_42&user_code=WDJB-MJHT',
    );
    expect(entry.state).toEqual({
      status: 'mfa',
      attempt: 0,
      challenge: { preauthToken: 'pre.secret', deviceCodeId: 'dc_42', userCode: 'WDJB-MJHT' },
    });
    expect(entry.scrubbedHref).toBe('https://app.example/callback');
  });

  it('a return result wins over the user_code that came back with it', () => {
    const { adapter } = fakeAdapter({ readReturn: authosLikeReturn });
    const entry = readEntry(adapter, `${PAGE}?user_code=WDJB-MJHT&preauth_token=p&device_code_id=d`);
    expect(entry.state.status).toBe('mfa');
  });

  it('access_denied → denied (refused, the device told)', () => {
    const { adapter } = fakeAdapter({ readReturn: authosLikeReturn });
    expect(readEntry(adapter, 'https://app.example/callback?error=access_denied&error_description=User+denied')).toEqual({
      state: { status: 'denied', attempt: 0, reason: 'refused', deviceTold: false },
      scrubbedHref: 'https://app.example/callback',
    });
  });

  it('an expired code → the expired screen, as the reducer maps it', () => {
    const { adapter } = fakeAdapter({ readReturn: authosLikeReturn });
    expect(readEntry(adapter, 'https://app.example/callback?error=expired').state).toEqual({ status: 'expired', attempt: 0 });
  });

  it('any other error → failed with the error', () => {
    const { adapter } = fakeAdapter({ readReturn: authosLikeReturn });
    expect(readEntry(adapter, 'https://app.example/callback?error=oauth_error&error_description=Provider+down&lang=fr')).toEqual({
      state: { status: 'failed', attempt: 0, error: { code: 'provider_error', detail: 'Provider down' } },
      scrubbedHref: 'https://app.example/callback?lang=fr',
    });
  });

  it.each<[string, ReturnResult]>([
    ['forbidden', { kind: 'error', error: { code: 'forbidden', status: 403 } }],
    ['rate limited', { kind: 'error', error: { code: 'rate_limited', retryAfterSeconds: 3 } }],
    ['mfa challenge expired', { kind: 'error', error: { code: 'mfa_challenge_expired' } }],
  ])('a returned %s error is kept verbatim in failed', (_name, result) => {
    const { adapter } = fakeAdapter({ readReturn: () => result });
    expect(readEntry(adapter, PAGE).state).toEqual({
      status: 'failed',
      attempt: 0,
      error: result.kind === 'error' ? result.error : null,
    });
  });

  it('scrubs the adapter return parameters even when readReturn does not recognise the URL', () => {
    const { adapter } = fakeAdapter({ readReturn: () => null });
    expect(readEntry(adapter, `${PAGE}?preauth_token=leaked`)).toEqual({
      state: { status: 'entering', attempt: 0 },
      scrubbedHref: PAGE,
    });
  });

  it('always scrubs user_code even when the adapter lists no return parameters', () => {
    const { adapter } = fakeAdapter({ returnParams: [] });
    expect(readEntry(adapter, `${PAGE}?user_code=WDJB-MJHT&preauth_token=kept`).scrubbedHref).toBe(`${PAGE}?preauth_token=kept`);
    expect(USER_CODE_PARAM).toBe('user_code');
  });
});

describe('scrubUrl', () => {
  const scrub = (href: string, params: readonly string[] = ['user_code', 'preauth_token', 'device_code_id']) =>
    scrubUrl(new URL(href), params);

  it('removes a parameter from the query', () => {
    expect(scrub(`${PAGE}?user_code=WDJB-MJHT`)).toBe(PAGE);
  });

  it('keeps unrelated query parameters', () => {
    expect(scrub(`${PAGE}?lang=fr&user_code=WDJB-MJHT&theme=dark`)).toBe(`${PAGE}?lang=fr&theme=dark`);
  });

  it('removes every occurrence of a repeated parameter', () => {
    expect(scrub(`${PAGE}?user_code=A&user_code=B&x=1`)).toBe(`${PAGE}?x=1`);
  });

  it('removes parameters from a k=v fragment', () => {
    expect(scrub('https://app.example/callback#preauth_token=abc&device_code_id=7')).toBe('https://app.example/callback');
  });

  it('keeps unrelated fragment parameters', () => {
    expect(scrub('https://app.example/callback#mfa_required=true&preauth_token=abc&user_code=WDJB-MJHT')).toBe(
      'https://app.example/callback#mfa_required=true',
    );
  });

  it('scrubs query and fragment at once', () => {
    expect(scrub('https://app.example/callback?user_code=A&lang=fr#preauth_token=abc&step=2')).toBe(
      'https://app.example/callback?lang=fr#step=2',
    );
  });

  it('keeps a plain #anchor while scrubbing the query', () => {
    expect(scrub(`${PAGE}?user_code=WDJB-MJHT#details`)).toBe(`${PAGE}#details`);
  });

  it("keeps a hash router's fragment byte for byte while scrubbing the query", () => {
    expect(scrub(`${PAGE}?user_code=WDJB-MJHT#/devices?tab=new&q=a%20b`)).toBe(`${PAGE}#/devices?tab=new&q=a%20b`);
  });

  it.each([
    [PAGE],
    [`${PAGE}?lang=fr`],
    [`${PAGE}#details`],
    [`${PAGE}#section=intro`],
    [`${PAGE}?lang=fr#/route?tab=1`],
    [`${PAGE}?user_codes=x&xuser_code=y`],
  ])('returns null when nothing needs scrubbing: %s', (href) => {
    expect(scrub(href)).toBeNull();
  });

  it('returns null for an empty parameter list', () => {
    expect(scrubUrl(new URL(`${PAGE}?user_code=A#preauth_token=b`), [])).toBeNull();
  });

  it('does not touch the URL it was given', () => {
    const url = new URL(`${PAGE}?user_code=WDJB-MJHT#preauth_token=abc`);
    scrubUrl(url, ['user_code', 'preauth_token']);
    expect(url.href).toBe(`${PAGE}?user_code=WDJB-MJHT#preauth_token=abc`);
  });

  it('leaves no trailing ? or # behind', () => {
    const out = scrub(`${PAGE}?user_code=A#`);
    expect(out).toBe(PAGE);
  });

  it('property: secrets never survive, unrelated parameters always do', () => {
    const secretNames = ['user_code', 'preauth_token', 'device_code_id'] as const;
    const secretValue = fc.stringMatching(/^[A-Za-z0-9._~-]{6,40}$/).map((v) => `S3CR3T${v}`);
    const keep = fc.dictionary(fc.constantFrom('lang', 'theme', 'step', 'org', 'ref'), fc.stringMatching(/^[a-z0-9]{1,8}$/), { maxKeys: 3 });
    const where = fc.constantFrom('query', 'fragment', 'both', 'none');
    fc.assert(
      fc.property(
        fc.subarray([...secretNames]),
        secretValue,
        keep,
        keep,
        where,
        (secrets, value, keepQuery, keepHash, place) => {
          const query = new URLSearchParams(keepQuery);
          const hash = new URLSearchParams(keepHash);
          for (const name of secrets) {
            if (place === 'query' || place === 'both') query.append(name, value);
            if (place === 'fragment' || place === 'both') hash.append(name, value);
          }
          const href = `${PAGE}${query.size ? `?${query}` : ''}${hash.size ? `#${hash}` : ''}`;
          const out = scrubUrl(new URL(href), secretNames);
          const planted = secrets.length > 0 && place !== 'none';
          if (!planted) {
            expect(out).toBeNull();
            return;
          }
          expect(out).not.toBeNull();
          expect(out).not.toContain('S3CR3T');
          const result = new URL(out!);
          expect(result.origin + result.pathname).toBe(PAGE);
          for (const [k, v] of Object.entries(keepQuery)) expect(result.searchParams.get(k)).toBe(v);
          const resultHash = new URLSearchParams(result.hash.slice(1));
          for (const [k, v] of Object.entries(keepHash)) expect(resultHash.get(k)).toBe(v);
          expect(out!.endsWith('#')).toBe(false);
          expect(out!.endsWith('?')).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

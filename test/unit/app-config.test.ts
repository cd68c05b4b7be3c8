import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../src/app/config';

const configUrl = new URL('https://activate.example.com/config.json');
const page = new URL('https://activate.example.com/activate');
const check = (extra: Record<string, unknown>) => checkConfig({ adapter: 'authos', baseUrl: 'https://auth.example.com', ...extra }, configUrl, page);

describe('config.json "locale"', () => {
  it('defaults to auto: the visitor\'s browser languages choose', () => {
    expect(check({})).toMatchObject({ ok: true, config: { locale: 'auto' } });
  });

  it.each([
    ['auto', 'auto'],
    ['de', 'de'],
    ['de-DE', 'de'],
    ['pt', 'pt-BR'],
    ['zh-HK', 'zh-TW'],
    ['en-GB', 'en'],
  ])('reads %s as the %s pack', (locale, pack) => {
    expect(check({ locale })).toMatchObject({ ok: true, config: { locale: pack } });
  });

  it.each(['german', 'xx', 'tlh', ''])('refuses %j and says which languages there are', (locale) => {
    const result = check({ locale });
    expect(result).toMatchObject({ ok: false, problem: { kind: 'invalid' } });
    if (!result.ok && result.problem.kind === 'invalid') {
      expect(result.problem.issues).toEqual([expect.stringMatching(/^"locale" must be "auto" \(the visitor's browser languages\) or a language the app has: en, ar, .*zh-TW\.$/)]);
    }
  });

  it('refuses a value that is not text', () => {
    expect(check({ locale: 5 })).toMatchObject({ ok: false, problem: { issues: ['"locale" must be text.'] } });
  });
});

// The device page's config.json check (dev/device-page/config.ts): what `npm start` writes works,
// mistakes become sentences, and the address may only pick among the allowed values.
import { describe, expect, it } from 'vitest';
import { dialectFor, readDevicePageConfig } from '../../dev/device-page/config';

const authos = { backend: 'authos', server: 'http://127.0.0.1:8787', clientId: 'acme-cli', org: 'acme', service: 'cli' };

describe('readDevicePageConfig', () => {
  it('accepts an AuthOS config with defaults for the rest', () => {
    expect(readDevicePageConfig(authos)).toEqual({
      ok: true,
      config: { ...authos, layout: 'standard', theme: 'system', locale: 'auto', title: 'Device sign-in' },
    });
  });

  it('accepts a better-auth config, and builds the matching dialect', () => {
    const checked = readDevicePageConfig({ backend: 'better-auth', baseURL: 'https://app.example.com/api/auth', clientId: 'tv', scope: 'openid', layout: 'tv' });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.config).toMatchObject({ backend: 'better-auth', layout: 'tv', scope: 'openid' });
    expect(dialectFor(checked.config).id).toBe('better-auth');
    expect(dialectFor(checked.config).codeRequest().url).toBe('https://app.example.com/api/auth/device/code');
  });

  it('lets the address override layout, theme and locale, ignoring values it does not know', () => {
    const query = new URLSearchParams('layout=tv&theme=dark&locale=ja');
    expect(readDevicePageConfig(authos, query)).toMatchObject({ ok: true, config: { layout: 'tv', theme: 'dark', locale: 'ja' } });
    const junk = new URLSearchParams('layout=huge&theme=neon&locale=%3Cscript%3E');
    expect(readDevicePageConfig({ ...authos, layout: 'tv' }, junk)).toMatchObject({ ok: true, config: { layout: 'tv', theme: 'system', locale: 'auto' } });
  });

  it('says what is wrong, one sentence per mistake', () => {
    expect(readDevicePageConfig(null)).toEqual({ ok: false, issues: ['config.json must be a JSON object'] });
    expect(readDevicePageConfig({ backend: 'keycloak' })).toEqual({ ok: false, issues: ['"backend" must be one of: authos, better-auth'] });
    const checked = readDevicePageConfig({ ...authos, server: 'javascript:alert(1)', org: '', layout: 'wall', locale: 'not a tag!' });
    expect(checked).toEqual({
      ok: false,
      issues: [
        '"layout" must be one of: standard, tv',
        '"locale" must be "auto" or a language tag such as "ja"',
        '"server" must be an http(s) URL',
        '"org" is required and must be text',
      ],
    });
  });

  it('builds the AuthOS dialect for the configured org and service', () => {
    const checked = readDevicePageConfig(authos);
    if (!checked.ok) throw new Error('valid config refused');
    const request = dialectFor(checked.config).codeRequest();
    expect(request.url).toBe('http://127.0.0.1:8787/auth/device/code');
    expect(JSON.parse(request.body)).toEqual({ client_id: 'acme-cli', org: 'acme', service: 'cli' });
  });
});

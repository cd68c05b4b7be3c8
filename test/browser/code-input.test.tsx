import { render, screen } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { expect, test } from 'vitest';
import { createAuthOSAdapter } from '../../src/adapters/authos';
import { ActivationProvider, ActivateDevice, createMemoryLocation, en } from '../../src/index';
import '../../src/styles/activate-kit.css';
import { AUTHOS_BASE_URL, contextResponses, verifyResponses } from '../fixtures/authos';
import { scriptedFetch } from '../helpers/scripted-fetch';

function setup() {
  const backend = scriptedFetch({ '/auth/device/verify': verifyResponses.ok, '/api/auth/context': contextResponses.ok });
  const adapter = createAuthOSAdapter({ baseUrl: AUTHOS_BASE_URL, fetch: backend.fetch });
  render(
    <ActivationProvider adapter={adapter} location={createMemoryLocation('https://app.example.com/activate')}>
      <ActivateDevice />
    </ActivationProvider>,
  );
  return { backend, input: screen.getByLabelText<HTMLInputElement>(en.codeLabel) };
}

function pasteOnPage(text: string, target: Element = document.body) {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  return target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

test('the code field is one real input with the attributes phones and password managers need', () => {
  const { input } = setup();
  expect(input).toHaveFocus();
  expect(input.tagName).toBe('INPUT');
  expect(input).toHaveAttribute('autocomplete', 'one-time-code');
  expect(input).toHaveAttribute('autocapitalize', 'characters');
  expect(input).toHaveAttribute('spellcheck', 'false');
  expect(input).toHaveAttribute('dir', 'ltr');
  expect(input).toHaveAccessibleDescription(expect.stringContaining('WDJB-MJHT'));
});

test('typing regroups as you go, and an edit in the middle keeps the caret where it was', async () => {
  const { input } = setup();
  await userEvent.type(input, 'wdjbmjht');
  expect(input).toHaveValue('WDJB-MJHT');
  // Fix a typo in the first group: caret after "WD", insert "X".
  input.setSelectionRange(2, 2);
  await userEvent.keyboard('X');
  expect(input).toHaveValue('WDXJ-BMJH-T');
  expect(input.selectionStart).toBe(3);
  await userEvent.keyboard('{Backspace}');
  expect(input).toHaveValue('WDJB-MJHT');
  expect(input.selectionStart).toBe(2);
});

test('pasting anywhere on the page fills the field, junk and all cleaned up', async () => {
  const { input } = setup();
  input.blur();
  pasteOnPage('  “wdjb\u200b–mjht”. ');
  expect(input).toHaveValue('WDJB-MJHT');
  expect(input).toHaveFocus();
});

test('pasting into the field when it already holds a whole code replaces it, so a retry is one paste', async () => {
  const { input } = setup();
  await userEvent.type(input, 'wdjbmjht');
  const browserInserts = pasteOnPage('xpqr-kmnb', input);
  expect(browserInserts).toBe(false);
  expect(input).toHaveValue('XPQR-KMNB');
});

test("a paste into the host page's own field is left alone", async () => {
  const { input } = setup();
  const search = document.body.appendChild(document.createElement('input'));
  try {
    expect(pasteOnPage('wdjbmjht', search)).toBe(true);
    expect(input).toHaveValue('');
  } finally {
    search.remove();
  }
});

test('Enter submits; one request; the page moves on with focus on the new heading', async () => {
  const { input, backend } = setup();
  await userEvent.type(input, 'WDJB MJHT{Enter}');
  expect(await screen.findByRole('heading', { name: en.chooseTitle })).toHaveFocus();
  expect(backend.calls).toHaveLength(2);
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { ActivateDevice, en } from '../../src/index';
import { myAdapter } from '../fixtures/readme-custom-adapter';
import { renderWithAdapter } from '../helpers/render';

afterEach(() => vi.unstubAllGlobals());

function backend(answers: Record<string, Response>) {
  const calls: string[] = [];
  vi.stubGlobal('fetch', async (path: string) => {
    calls.push(path);
    return answers[path]?.clone() ?? new Response('no route', { status: 500 });
  });
  return calls;
}

test("README's one-file custom adapter drives the whole consent flow", async () => {
  const calls = backend({
    '/api/device/lookup': Response.json({ clientName: 'Living-room TV' }),
    '/api/device/approve': Response.json({ ok: true }),
  });
  renderWithAdapter(myAdapter, <ActivateDevice />);
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(en.codeLabel), 'wdjb mjht{Enter}');
  expect(await screen.findByRole('group', { name: en.contextLabel })).toHaveTextContent('Living-room TV');
  await user.click(screen.getByRole('button', { name: en.approve }));
  expect(await screen.findByRole('heading', { name: en.approvedTitle })).toBeInTheDocument();
  expect(calls).toEqual(['/api/device/lookup', '/api/device/approve']);
});

test('its error mapping reaches the screen with the code kept', async () => {
  backend({ '/api/device/lookup': new Response(null, { status: 404 }) });
  renderWithAdapter(myAdapter, <ActivateDevice />);
  await userEvent.type(screen.getByLabelText(en.codeLabel), 'WDJBMJHT{Enter}');
  expect(await screen.findByRole('alert')).toHaveTextContent(en.invalidCode);
  expect(screen.getByLabelText(en.codeLabel)).toHaveValue('WDJB-MJHT');
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test, vi } from 'vitest';
import { ActivateDevice, ActivationFailure, AUTHOS_USER_CODE, en, type ActivationAdapter } from '../../src/index';
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
  // The backend confirmed the approval, so the page may say so.
  expect(await screen.findByRole('heading', { name: en.confirmedTitle })).toBeInTheDocument();
  expect(calls).toEqual(['/api/device/lookup', '/api/device/approve']);
});

test('its error mapping reaches the screen with the code kept', async () => {
  backend({ '/api/device/lookup': new Response(null, { status: 404 }) });
  renderWithAdapter(myAdapter, <ActivateDevice />);
  await userEvent.type(screen.getByLabelText(en.codeLabel), 'WDJBMJHT{Enter}');
  expect(await screen.findByRole('alert')).toHaveTextContent(en.invalidCode);
  expect(screen.getByLabelText(en.codeLabel)).toHaveValue('WDJB-MJHT');
});

/** A backend that can deny but has no consent step: a redirect backend whose lookup claims the code. */
function denyingRedirectAdapter() {
  const deny = vi.fn(async () => undefined);
  const adapter: ActivationAdapter = {
    id: 'claiming-redirect',
    userCodeFormat: AUTHOS_USER_CODE,
    verify: async (userCode) => ({ userCode, orgSlug: 'acme', serviceSlug: 'acme-cli', providers: ['github'] }),
    loginUrl: () => 'https://sso.example.com/auth/github',
    deny,
  };
  return { adapter, deny };
}

test('"This wasn\'t me" on the confirm screen denies through the adapter, and the outcome says the device was told', async () => {
  const { adapter, deny } = denyingRedirectAdapter();
  renderWithAdapter(adapter, <ActivateDevice />, 'https://app.example.com/activate?user_code=WDJB-MJHT');
  await userEvent.click(await screen.findByRole('button', { name: en.notMe }));
  expect(await screen.findByText(en.notMeToldBody)).toBeInTheDocument();
  expect(deny).toHaveBeenCalledOnce();
  expect(deny.mock.calls[0]).toMatchObject([{ userCode: 'WDJB-MJHT' }]);
});

test('"No, enter a different code" denies the looked-up code first, then offers an empty field', async () => {
  const { adapter, deny } = denyingRedirectAdapter();
  renderWithAdapter(adapter, <ActivateDevice />, 'https://app.example.com/activate?user_code=WDJB-MJHT');
  await userEvent.click(await screen.findByRole('button', { name: en.confirmNo }));
  expect(await screen.findByLabelText(en.codeLabel)).toHaveValue('');
  expect(deny).toHaveBeenCalledOnce();
});

test('a failed denial is said, never passed off as done', async () => {
  const { adapter, deny } = denyingRedirectAdapter();
  deny.mockRejectedValueOnce(new ActivationFailure({ code: 'network' }));
  renderWithAdapter(adapter, <ActivateDevice />, 'https://app.example.com/activate?user_code=WDJB-MJHT');
  await userEvent.click(await screen.findByRole('button', { name: en.notMe }));
  expect(await screen.findByText(en.network)).toBeInTheDocument();
  expect(screen.queryByText(en.notMeToldBody)).not.toBeInTheDocument();
});

// <DeviceCodeDisplay> against the real client and RFC 8628 dialect, with a scripted server: each
// token request waits until the test answers it, so every state can be looked at.
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { rfc8628Dialect } from '../../src/device/dialects/rfc8628';
import { de } from '../../src/i18n/device-locales/de';
import { ja } from '../../src/i18n/device-locales/ja';
import { format } from '../../src/i18n/format';
import { DeviceCodeDisplay, deviceEn, useDeviceAuthorization, type DeviceClock, type DeviceCodeDisplayProps } from '../../src/react/device/index';

const SERVER = 'https://id.example.com';
const TOKEN = 'at-SECRET-7f3a9c';
const dialect = rfc8628Dialect({ deviceAuthorizationEndpoint: `${SERVER}/device/code`, tokenEndpoint: `${SERVER}/token`, clientId: 'tv-app' });

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A device authorization server whose token endpoint answers only when the test says. */
function fakeServer(codeAnswers: (() => Response)[] = []) {
  let issued = 0;
  const polls: { resolve: (response: Response) => void; reject: (error: Error) => void; signal: AbortSignal }[] = [];
  const codeRequests: string[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    if (url === `${SERVER}/device/code`) {
      codeRequests.push(String(init.body));
      const scripted = codeAnswers.shift();
      if (scripted) return scripted();
      issued += 1;
      const userCode = issued === 1 ? 'WDJB-MJHT' : 'QRST-VWXZ';
      return json(200, {
        device_code: `dc-${issued}`,
        user_code: userCode,
        verification_uri: `${SERVER}/activate`,
        verification_uri_complete: `${SERVER}/activate?user_code=${userCode}`,
        expires_in: 900,
        interval: 5,
      });
    }
    return new Promise<Response>((resolve, reject) => {
      const signal = init.signal!;
      signal.addEventListener('abort', () => reject(signal.reason));
      polls.push({ resolve, reject, signal });
    });
  });
  /** Answers the oldest unanswered token request. */
  const answer = async (response: Response) => {
    await waitFor(() => expect(polls.length).toBeGreaterThan(0));
    await act(async () => polls.shift()!.resolve(response));
  };
  return {
    fetch,
    codeRequests,
    polls,
    pending: () => answer(json(400, { error: 'authorization_pending' })),
    /** The oldest token request never reaches the server (the device is offline). */
    unreachable: async () => {
      await waitFor(() => expect(polls.length).toBeGreaterThan(0));
      await act(async () => polls.shift()!.reject(new TypeError('Failed to fetch')));
    },
    slowDown: () => answer(json(400, { error: 'slow_down' })),
    approve: () => answer(json(200, { access_token: TOKEN, token_type: 'Bearer', expires_in: 3600, refresh_token: 'rt-SECRET' })),
    deny: () => answer(json(400, { error: 'access_denied' })),
    expire: () => answer(json(400, { error: 'expired_token' })),
  };
}

// Sleeps end at once (the clock jumps), so the next token request follows each answer.
const clock: DeviceClock = {
  now: () => Date.now(),
  sleep: (_ms, signal) => (signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve()),
};

function show(props: Partial<DeviceCodeDisplayProps> = {}, server = fakeServer()) {
  const view = render(
    <StrictMode>
      <DeviceCodeDisplay dialect={dialect} fetch={server.fetch} clock={clock} {...props} />
    </StrictMode>,
  );
  return { ...view, server };
}

const status = () => screen.getByRole('status');
const root = (container: HTMLElement) => container.querySelector('.ak-device')!;

describe('<DeviceCodeDisplay>', () => {
  test('waiting, then approved: the token goes to onApproved only, never into the page', async () => {
    const onApproved = vi.fn();
    const { server, container } = show({ onApproved });
    expect(status()).toHaveTextContent(deviceEn.requesting);

    expect(await screen.findByText('WDJB-MJHT')).toBeInTheDocument();
    expect(status()).toHaveTextContent(deviceEn.waiting);
    expect(root(container)).toHaveAttribute('data-state', 'waiting');
    expect(screen.getByText('id.example.com/activate')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: format('en', deviceEn.qrAlt, { url: 'id.example.com/activate?user_code=WDJB-MJHT' }) })).toBeInTheDocument();
    expect(screen.getByText(format('en', deviceEn.expiresInMinutes, { count: 15 }))).toBeInTheDocument();

    await server.pending();
    await server.approve();
    await waitFor(() => expect(root(container)).toHaveAttribute('data-state', 'approved'));
    expect(status()).toHaveTextContent(deviceEn.approvedTitle);
    expect(status()).toHaveTextContent(deviceEn.approvedBody);
    expect(onApproved).toHaveBeenCalledOnce();
    expect(onApproved.mock.calls[0]![0]).toMatchObject({ access_token: TOKEN, token_type: 'Bearer' });
    expect(container.innerHTML).not.toContain('SECRET');
    // Nothing to press after a success, and no code left on screen to type.
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByText('WDJB-MJHT')).toBeNull();
  });

  test('StrictMode sends exactly one code request', async () => {
    const { server } = show();
    await screen.findByText('WDJB-MJHT');
    expect(server.codeRequests).toHaveLength(1);
  });

  test('slow_down keeps the code and says so in the status line', async () => {
    const { server } = show();
    await screen.findByText('WDJB-MJHT');
    await server.slowDown();
    await waitFor(() => expect(status()).toHaveTextContent(deviceEn.slowDown));
    expect(screen.getByText('WDJB-MJHT')).toBeInTheDocument();
  });

  test('denied: says so, and "Get a new code" asks for a new one', async () => {
    const onDenied = vi.fn();
    const { server } = show({ onDenied });
    await screen.findByText('WDJB-MJHT');
    await server.deny();
    expect(await screen.findByRole('heading', { name: deviceEn.deniedTitle })).toBeInTheDocument();
    expect(status()).toHaveTextContent(deviceEn.deniedBody);
    expect(onDenied).toHaveBeenCalledOnce();

    await userEvent.click(screen.getByRole('button', { name: deviceEn.newCode }));
    expect(await screen.findByText('QRST-VWXZ')).toBeInTheDocument();
    expect(server.codeRequests).toHaveLength(2);
    expect(status()).toHaveTextContent(deviceEn.waiting);
  });

  test('expired: "Get a new code" asks for a new one', async () => {
    const onExpired = vi.fn();
    const { server } = show({ onExpired });
    await screen.findByText('WDJB-MJHT');
    await server.expire();
    expect(await screen.findByRole('heading', { name: deviceEn.expiredTitle })).toBeInTheDocument();
    expect(onExpired).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole('button', { name: deviceEn.newCode }));
    expect(await screen.findByText('QRST-VWXZ')).toBeInTheDocument();
    expect(server.codeRequests).toHaveLength(2);
  });

  test('an error says what happened, and "Try again" asks for a code again', async () => {
    const onError = vi.fn();
    const server = fakeServer([() => json(401, { error: 'invalid_client' })]);
    show({ onError }, server);
    expect(await screen.findByRole('heading', { name: deviceEn.errorTitle })).toBeInTheDocument();
    expect(status()).toHaveTextContent(deviceEn.clientRefused);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'client_refused' }));

    await userEvent.click(screen.getByRole('button', { name: deviceEn.tryAgain }));
    expect(await screen.findByText('WDJB-MJHT')).toBeInTheDocument();
    expect(server.codeRequests).toHaveLength(2);
  });

  test('a server that cannot be reached gets the network sentence', async () => {
    const server = fakeServer([
      () => {
        throw new TypeError('Failed to fetch');
      },
    ]);
    show({}, server);
    await waitFor(() => expect(status()).toHaveTextContent(deviceEn.network));
  });

  test('unmounting aborts the token request in flight and sends nothing more', async () => {
    const { server, unmount } = show();
    await screen.findByText('WDJB-MJHT');
    await waitFor(() => expect(server.polls).toHaveLength(1));
    const inFlight = server.polls[0]!;
    const sent = server.fetch.mock.calls.length;
    unmount();
    expect(inFlight.signal.aborted).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.fetch.mock.calls.length).toBe(sent);
  });

  test('autoStart false sends nothing until started', async () => {
    const { server, container } = show({ autoStart: false });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.fetch).not.toHaveBeenCalled();
    expect(root(container)).toHaveAttribute('data-state', 'idle');
  });

  test('TV layout: the outcome button takes focus, so a remote’s OK presses it', async () => {
    const { server, container } = show({ layout: 'tv' });
    expect(root(container)).toHaveAttribute('data-layout', 'tv');
    await screen.findByText('WDJB-MJHT');
    await server.expire();
    const button = await screen.findByRole('button', { name: deviceEn.newCode });
    expect(button).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText('QRST-VWXZ')).toBeInTheDocument();
  });

  test('offline: says it cannot reach the service and keeps the code up; back to waiting when it answers again', async () => {
    const { server } = show();
    await screen.findByText('WDJB-MJHT');
    await server.unreachable();
    await waitFor(() => expect(status()).toHaveTextContent(deviceEn.retrying));
    expect(screen.getByText('WDJB-MJHT')).toBeVisible();
    await server.pending();
    await waitFor(() => expect(status()).toHaveTextContent(deviceEn.waiting));
    await server.approve();
    expect(await screen.findByRole('heading', { name: deviceEn.approvedTitle })).toBeVisible();
  });

  test('standard layout leaves focus where it was', async () => {
    const { server } = show();
    await screen.findByText('WDJB-MJHT');
    await server.deny();
    const button = await screen.findByRole('button', { name: deviceEn.newCode });
    expect(button).not.toHaveFocus();
  });

  test('messages: overrides over English, lang and dir from the pack, className kept', async () => {
    const { container } = show({ messages: { locale: 'ar', waiting: 'في انتظار تسجيل الدخول…' }, className: 'host-class' });
    await screen.findByText('WDJB-MJHT');
    const element = root(container);
    expect(element).toHaveAttribute('lang', 'ar');
    expect(element).toHaveAttribute('dir', 'rtl');
    expect(element).toHaveClass('ak-root', 'ak-device', 'host-class');
    expect(status()).toHaveTextContent('في انتظار تسجيل الدخول…');
    // The code and the address stay left to right, and are not translated.
    expect(screen.getByText('WDJB-MJHT')).toHaveAttribute('dir', 'ltr');
    expect(screen.getByText('WDJB-MJHT')).toHaveAttribute('translate', 'no');
  });
});

describe('<DeviceCodeDisplay locale>', () => {
  test('downloads the pack after mount: English first (lang="en"), then German; the code never changes', async () => {
    const { container } = show({ locale: 'de-AT' });
    await screen.findByText('WDJB-MJHT');
    // The pack may already be here; either way the screen never says German words under lang="en".
    const element = root(container);
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(de.title));
    expect(element).toHaveAttribute('lang', 'de-AT');
    expect(status()).toHaveTextContent(de.waiting);
    expect(screen.getByText('WDJB-MJHT')).toHaveAttribute('dir', 'ltr');
  });

  test('messages of another language still override single strings of the downloaded pack', async () => {
    show({ locale: 'ja', messages: { newCode: '新しいコードを取得する (TV)' } });
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(ja.title));
    expect(status()).toHaveTextContent(ja.waiting);
  });

  test('a pack passed as messages in the same language is used as it is: nothing is downloaded', async () => {
    const { container } = show({ locale: 'de-CH', messages: de });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(de.title);
    expect(root(container)).toHaveAttribute('lang', 'de');
  });

  test('a language without a pack stays English and says so', async () => {
    const { container } = show({ locale: 'sw' });
    await screen.findByText('WDJB-MJHT');
    await waitFor(() => expect(root(container)).toHaveAttribute('lang', 'en'));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(deviceEn.title);
  });
});

describe('useDeviceAuthorization', () => {
  test('start() asks for a code, cancel() stops polling and returns to idle', async () => {
    const server = fakeServer();
    const { result } = renderHook(() => useDeviceAuthorization({ dialect, fetch: server.fetch, clock, autoStart: false }));
    expect(result.current.state.status).toBe('idle');
    act(() => result.current.start());
    await waitFor(() => expect(result.current.state.status).toBe('waiting'));
    await waitFor(() => expect(server.polls).toHaveLength(1));
    const inFlight = server.polls[0]!;
    act(() => result.current.cancel());
    expect(result.current.state.status).toBe('idle');
    expect(inFlight.signal.aborted).toBe(true);
    expect(server.codeRequests).toHaveLength(1);
    server.polls.shift();
    // The state never holds the token, not even after approval.
    act(() => result.current.start());
    await server.approve();
    await waitFor(() => expect(result.current.state.status).toBe('approved'));
    expect(JSON.stringify(result.current.state)).not.toContain('SECRET');
  });
});

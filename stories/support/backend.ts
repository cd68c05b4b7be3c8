/**
 * The network under every story: the REAL AuthOS adapter talks over `fetch`, Mock Service Worker
 * answers at the network level, and behind it sits the development simulator (dev/simulator) —
 * a fresh one per story — or a recorded AuthOS answer (test/fixtures/authos.ts) for what a real
 * server does but the simulator cannot (an HTML 502, a body of the wrong shape, a dead network).
 *
 * Each story gets its own backend host (`https://s7.sso.example.test`), so a docs page that
 * renders twenty stories at once still sends every request to the right simulator: one router
 * handler, installed with the worker, survives msw-storybook-addon's per-story handler reset.
 * Stories of the better-auth adapter sit on the same router, in front of an in-memory
 * better-auth instead (stories/support/better-auth-backend.ts).
 */
import { QueryClient } from '@tanstack/react-query';
import { getResponse, http, type RequestHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import type { Loader, StoryContext } from '@storybook/react-vite';
import { createAuthOSAdapter } from '../../src/adapters/authos';
import { createMemoryLocation, toActivationError, type ActivationAdapter, type ActivationError, type DeviceContext, type LocationPort, type MfaChallengeData } from '../../src/index';
import { createSimulator, currentDemoTotp, type Simulator, type SimulatorOptions } from '../../dev/simulator/core.mjs';
import { createSimulatorHandlers } from '../../dev/simulator/msw-handlers.mjs';

/** Every story's AuthOS lives on a subdomain of this. Nothing here ever reaches a real network. */
export const BACKEND_DOMAIN = 'sso.example.test';
/** Where the activation page pretends to be served (AuthOS returns the browser to this origin). */
export const APP_ORIGIN = 'https://app.example.test';
export const ACTIVATE_URL = `${APP_ORIGIN}/activate`;

// ── The worker and its router ────────────────────────────────────────────────────────────────

const backends = new Map<string, readonly RequestHandler[]>();
const unhandled: string[] = [];

function isBackendRequest(url: string): boolean {
  const host = new URL(url).hostname;
  return host === BACKEND_DOMAIN || host.endsWith(`.${BACKEND_DOMAIN}`);
}

/** Sends each backend request to the handlers of the story that owns its host. */
const router = http.all(
  ({ request }) => isBackendRequest(request.url),
  async ({ request }) => {
    const handlers = backends.get(new URL(request.url).hostname);
    // No answer falls through to onUnhandledRequest, which fails the request (and the story).
    return handlers ? getResponse([...handlers], request.clone()) : undefined;
  },
);

/**
 * Gives a story a backend host of its own (`https://<story>-<n>.sso.example.test`) and routes
 * that host's requests to the handlers `handlersFor(origin)` returns, tried in order. What none
 * of them answers fails the story. `backendLoader` uses it for AuthOS; other backends' loaders
 * (stories/support/better-auth-backend.ts) use it too.
 */
export function serveStoryBackend(context: Pick<StoryContext, 'id'>, handlersFor: (origin: string) => readonly RequestHandler[]): string {
  const host = `${slotFor(context)}.${BACKEND_DOMAIN}`;
  const origin = `https://${host}`;
  backends.set(host, handlersFor(origin));
  return origin;
}

/** What `withKit` needs from any story's backend: the page's adapter, address and query client. */
export interface PageKit {
  readonly adapter: ActivationAdapter;
  /** The page's in-memory address; `assigned` lists every place the page tried to navigate to. */
  readonly location: LocationPort & { readonly assigned: string[] };
  readonly queryClient: QueryClient;
}

/** A fresh page at `href`: in-memory address, and a query client that never retries (verify answers are cached by code and attempt). */
export function openPage(href: string): Omit<PageKit, 'adapter'> {
  return {
    location: createMemoryLocation(href),
    queryClient: new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }),
  };
}

/** The page parts of whatever backend the story's loaders built (`withKit` renders with them). */
export function pageKitOf(context: { loaded: Record<string, unknown> }): PageKit {
  const backend = context.loaded.backend as PageKit | undefined;
  if (!backend) throw new Error('stories: no backend loaded (is backendLoader in .storybook/preview.tsx?)');
  return backend;
}

let worker: Promise<SetupWorker> | undefined;

/**
 * Starts Mock Service Worker once per page (msw-storybook-addon calls this from its loader).
 * A backend request that nothing answers is an error, never a silent pass-through; anything
 * else (Vite modules, Storybook's own files) goes to the network untouched.
 */
export function startWorker(): Promise<SetupWorker> {
  worker ??= (async () => {
    const instance = setupWorker(router);
    await instance.start({
      quiet: true,
      onUnhandledRequest(request, print) {
        if (!isBackendRequest(request.url)) return;
        unhandled.push(`${request.method} ${request.url}`);
        print.error();
      },
    });
    return instance;
  })();
  return worker;
}

/** Backend requests no handler answered since the last call (the preview's afterEach fails on them). */
export function takeUnhandledRequests(): string[] {
  return unhandled.splice(0);
}

// ── One story's backend ─────────────────────────────────────────────────────────────────────

/** What a story's `start` function can use to set the simulated world up before the page loads. */
export interface World {
  readonly sim: Simulator;
  /** The AuthOS base URL the adapter is configured with (this story's own host). */
  readonly baseUrl: string;
  readonly adapter: ActivationAdapter;
  /** Issues a device code as a CLI would and returns its user code (`WDJB-MJHT`). */
  issueCode(input?: Parameters<Simulator['issueCode']>[0]): string;
  /** `/activate?user_code=…`, the `verification_uri_complete` a device prints or shows as a QR code. */
  link(userCode: string): string;
  /**
   * Plays the person at the (simulated) identity provider: opens the login URL the adapter
   * builds, picks "demo user", "MFA user" or "Cancel", and returns where AuthOS sends the
   * browser back (`/activate/success…`, `/activate/mfa-challenge?preauth_token=…`, `/callback?error=…`).
   */
  signInAtProvider(userCode: string, choice: 'demo' | 'mfa' | 'cancel', provider?: string): string;
  /** Uses up the rate-limit bucket (`device`: verify; `mfa`: MFA answers), so the next request gets a 429. */
  exhaustRateLimit(bucket: 'device' | 'mfa'): void;
  /** Moves the simulator's clock forward (pre-auth tokens live 5 minutes, codes 15). */
  advance(ms: number): void;
  /** The simulator's current time, ms. */
  now(): number;
}

/** What `start` may hand to the story besides the address the page opens at. */
export interface Start {
  /** The page's address. Default: plain `/activate`. */
  readonly href?: string;
  /** The user code the story is about (typed in a play function, or checked afterwards). */
  readonly userCode?: string;
  /** An MFA challenge, for `<MfaChallenge>` rendered on its own. */
  readonly challenge?: MfaChallengeData;
  /** A device context, for the parts rendered on their own (`<DeviceContextPanel>`, picker). */
  readonly context?: DeviceContext;
  /** A failure the real adapter produced, for the parts that show one (`<CodeEntry error>`). */
  readonly error?: ActivationError;
}

/** `parameters.authos` of a story. */
export interface AuthOSParameters {
  /** Options for this story's simulator (generation, rate limits, organisations, …). */
  readonly simulator?: SimulatorOptions;
  /**
   * Handlers tried before the simulator, for recorded answers it cannot give. Match any host
   * (`http.post('*\/auth/device/verify', …)`): only this story's requests reach them.
   */
  readonly handlers?: readonly RequestHandler[];
  /** Sets the world up and says where the page starts. Runs in the browser, before render. */
  readonly start?: (world: World) => Start | string | void | Promise<Start | string | void>;
  /** The adapter's per-request deadline. Default: the adapter's own (10 s). */
  readonly timeoutMs?: number;
}

/** What every AuthOS story receives as `loaded.backend`. */
export interface Backend extends World, Start, PageKit {
  readonly href: string;
  /** The right authenticator code for the simulator's MFA user, now. */
  totp(): string;
  /** An authenticator code that is certainly wrong now (not valid in the ±30 s window either). */
  wrongTotp(): string;
}

let serial = 0;

function slotFor(context: Pick<StoryContext, 'id'>): string {
  serial += 1;
  // A DNS label: letters, digits and dashes, at most 63 characters.
  return `${context.id.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}-${serial}`.toLowerCase();
}

/**
 * Global loader: builds `loaded.backend` from `parameters.authos` (every story gets one), except
 * in stories with `parameters.betterAuth`, whose own loader builds a better-auth backend instead.
 */
export const backendLoader: Loader = async (context) => {
  await startWorker();
  if (context.parameters.betterAuth) return {};
  const options = (context.parameters.authos ?? {}) as AuthOSParameters;
  let offset = 0;
  const now = () => Date.now() + offset;
  const sim = createSimulator({ appOrigin: APP_ORIGIN, platformBaseUrl: APP_ORIGIN, now, ...options.simulator });
  const baseUrl = serveStoryBackend(context, (origin) => [...(options.handlers ?? []), ...createSimulatorHandlers(sim, { baseUrl: origin })]);
  const adapter = createAuthOSAdapter({ baseUrl, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });

  const world: World = {
    sim,
    baseUrl,
    adapter,
    issueCode: (input) => sim.issueCode(input).user_code,
    link: (userCode) => `${ACTIVATE_URL}?user_code=${encodeURIComponent(userCode)}`,
    signInAtProvider: (userCode, choice, provider = 'github') => signInAtProvider(world, userCode, choice, provider),
    exhaustRateLimit: (bucket) => exhaust(world, bucket),
    advance: (ms) => {
      offset += ms;
    },
    now,
  };
  const started = await options.start?.(world);
  const start: Start = typeof started === 'string' ? { href: started } : (started ?? {});
  const href = start.href ?? ACTIVATE_URL;
  const backend: Backend = {
    ...world,
    ...start,
    href,
    // A fresh address and query client per story: verify answers are cached by code and attempt.
    ...openPage(href),
    totp: () => currentDemoTotp(now()),
    wrongTotp: () => wrongTotp(now()),
  };
  return { backend };
};

/** What `call` failed with, as the kit's components see it; throws when it succeeds. */
export async function failureOf(call: () => Promise<unknown>): Promise<ActivationError> {
  try {
    await call();
  } catch (error) {
    return toActivationError(error);
  }
  throw new Error('stories: expected the backend to refuse');
}

/** The backend a story's loader built; use it in `render` and `play`. */
export function backendOf(context: { loaded: Record<string, unknown> }): Backend {
  const backend = context.loaded.backend as Backend | undefined;
  if (!backend) throw new Error('stories: no backend loaded (is backendLoader in .storybook/preview.tsx?)');
  return backend;
}

function signInAtProvider(world: World, userCode: string, choice: 'demo' | 'mfa' | 'cancel', provider: string): string {
  const record = world.sim.inspect(userCode);
  if (!record) throw new Error(`stories: the simulator never issued ${userCode}`);
  const context: DeviceContext = { userCode, orgSlug: record.org, serviceSlug: record.service, providers: [provider], admin: record.platform };
  // The URL the real adapter would send the browser to, opened in the simulator directly.
  const page = world.sim.handle({ method: 'GET', url: world.adapter.loginUrl!(provider, context) });
  const link = new RegExp(`href="([^"]*as=${choice})"`).exec(page.body)?.[1];
  if (!link) throw new Error(`stories: the simulated provider offered no "${choice}" (${page.status}): ${page.body.slice(0, 300)}`);
  const back = world.sim.handle({ method: 'GET', url: new URL(unescapeHtml(link), world.baseUrl).href });
  const location = back.headers.location;
  if (back.status !== 302 || !location) throw new Error(`stories: the simulator did not redirect back (${back.status}): ${back.body.slice(0, 300)}`);
  return location;
}

function unescapeHtml(text: string): string {
  return text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).replaceAll('&amp;', '&');
}

function exhaust(world: World, bucket: 'device' | 'mfa') {
  const path = bucket === 'device' ? '/auth/device/verify' : '/api/auth/mfa/verify';
  for (let i = 0; i < 100; i++) {
    const answer = world.sim.handle({ method: 'POST', url: `${world.baseUrl}${path}`, headers: { 'content-type': 'application/json' }, body: '{}' });
    if (answer.status === 429) return;
  }
  throw new Error(`stories: the ${bucket} rate limit never ran out (is it disabled?)`);
}

function wrongTotp(now: number): string {
  const valid = new Set([-30_000, 0, 30_000].map((skew) => currentDemoTotp(now + skew)));
  return ['000000', '111111', '222222', '333333'].find((code) => !valid.has(code))!;
}

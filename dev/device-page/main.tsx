/**
 * A web device for trying the kit: the screen a TV, kiosk or desktop app would show, built with
 * `<DeviceCodeDisplay>` from the source. `npm start` serves it (dist-device/) with a config.json
 * that points at the running backend. The token goes to `onApproved` and is dropped there: this
 * page shows "approved", never the token, and logs nothing.
 */
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { directionOf, loadDeviceLocale, negotiateLocale } from '../../src/i18n/device-locales';
import { DeviceCodeDisplay, type DeviceMessages } from '../../src/react/device';
import '../../src/styles/activate-kit.css';
import './device-page.css';
import { dialectFor, readDevicePageConfig, type DevicePageConfig } from './config';

function DevicePage({ config, messages }: { config: DevicePageConfig; messages: Partial<DeviceMessages> }) {
  // Created once: a new dialect would end the session and start another.
  const dialect = useMemo(() => dialectFor(config), [config]);
  return (
    <main className="device-page" data-layout={config.layout}>
      <DeviceCodeDisplay
        dialect={dialect}
        layout={config.layout}
        messages={messages}
        // A real device keeps the token in its keychain; this stand-in has nowhere safe, so it keeps nothing.
        onApproved={() => undefined}
      />
    </main>
  );
}

/** What an operator sees when config.json is missing or wrong: the problems, as text. */
function ConfigProblem({ issues }: { issues: readonly string[] }) {
  return (
    <main className="device-page">
      <div className="ak-root device-page-problem" role="alert">
        <h1 className="ak-title">This device page is not set up</h1>
        <ul>
          {issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      </div>
    </main>
  );
}

async function readConfigJson(): Promise<unknown> {
  const url = new URL('config.json', document.baseURI);
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url.pathname} answered HTTP ${response.status}`);
  return response.json();
}

async function boot() {
  const root = createRoot(document.getElementById('root')!);
  const query = new URLSearchParams(window.location.search);
  const json = await readConfigJson().catch((error: Error) => ({ problem: error.message }));
  const checked = json && typeof json === 'object' && 'problem' in json ? { ok: false as const, issues: [String(json.problem)] } : readDevicePageConfig(json, query);
  if (!checked.ok) {
    root.render(<ConfigProblem issues={checked.issues} />);
    return;
  }
  const { config } = checked;
  document.documentElement.dataset.theme = config.theme;
  document.title = config.title;
  const wanted = config.locale === 'auto' ? (navigator.languages?.length ? navigator.languages : [navigator.language]) : [config.locale];
  // A pack that fails to load (or is not translated yet) leaves English, which is built in.
  const messages = await loadDeviceLocale(negotiateLocale(wanted)).catch((): Partial<DeviceMessages> => ({ locale: 'en' }));
  const lang = messages.locale ?? 'en';
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
  root.render(
    <StrictMode>
      <DevicePage config={config} messages={messages} />
    </StrictMode>,
  );
}

void boot();

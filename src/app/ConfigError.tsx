import { ADAPTER_NAMES } from './adapters';
import { Page } from './App';
import { EXAMPLE_CONFIG, type ConfigProblem } from './config';
import { appEn } from './strings';

function explain(problem: ConfigProblem): [summary: string, detail: string | readonly string[]] {
  switch (problem.kind) {
    case 'unreachable':
      return ['could not be fetched', `It ${problem.detail}.`];
    case 'http':
      return [problem.status === 404 ? 'is missing' : 'could not be fetched', `The server answered HTTP ${problem.status}.`];
    case 'not-json':
      return ['is not valid JSON', `It ${problem.detail}.`];
    case 'invalid':
      return ['has missing or wrong settings', problem.issues];
    case 'adapter':
      return ['names an adapter whose script could not be loaded', `${problem.detail}.`];
  }
}

/**
 * For whoever deploys the app: what is wrong with config.json, where it was looked for, and a
 * file that works. Never a blank page.
 */
export function ConfigErrorPage({ problem }: { problem: ConfigProblem }) {
  const [summary, detail] = explain(problem);
  return (
    <Page title={appEn.defaultTitle}>
      <section className="app-config-error" aria-labelledby="config-error" data-problem={problem.kind}>
        <h1 id="config-error">This page is not set up yet</h1>
        <p>
          The device activation page could not start: its settings file, <code>config.json</code>, {summary}.
        </p>
        <dl className="app-facts">
          <dt>Looked for</dt>
          <dd>
            <code dir="ltr">{problem.url}</code>
          </dd>
          <dt>Problem</dt>
          <dd>
            {typeof detail === 'string' ? (
              detail
            ) : (
              <ul>
                {detail.map((issue) => (
                  <li key={issue}>{issue}</li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
        <h2>How to fix it</h2>
        <p>Serve a config.json beside index.html, at the address above, like this one:</p>
        <pre dir="ltr">
          <code>{EXAMPLE_CONFIG}</code>
        </pre>
        <p>
          Only adapter ({ADAPTER_NAMES.join(', ')}) and baseUrl are required. Relative addresses start from the folder of config.json.
        </p>
        <p className="app-note">If you came here to connect a device, this service is not ready yet: please tell whoever runs it.</p>
      </section>
    </Page>
  );
}

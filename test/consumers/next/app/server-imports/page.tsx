// A server component may import the framework-free entries: core and the adapters.
import { createAuthOSAdapter } from 'activate-kit/authos';
import { createBetterAuthAdapter } from 'activate-kit/better-auth';
import { formatUserCode } from 'activate-kit/core';

export default function ServerImportsPage() {
  const adapters = [createAuthOSAdapter({ baseUrl: 'https://sso.example.com' }), createBetterAuthAdapter({ baseUrl: 'https://id.example.com/api/auth' })];
  return <p id="server-imports">{`${adapters.map((adapter) => adapter.id).join(',')} ${formatUserCode('wdjbmjht', adapters[0]!.userCodeFormat)}`}</p>;
}

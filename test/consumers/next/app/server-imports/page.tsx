// A server component may import the framework-free entries: core, the adapters and the device client.
import { createAuthOSAdapter } from 'activate-kit/authos';
import { createBetterAuthAdapter } from 'activate-kit/better-auth';
import { formatUserCode } from 'activate-kit/core';
import { betterAuthDialect } from 'activate-kit/device';

export default function ServerImportsPage() {
  const adapters = [createAuthOSAdapter({ baseUrl: 'https://sso.example.com' }), createBetterAuthAdapter({ baseUrl: 'https://id.example.com/api/auth' })];
  const dialect = betterAuthDialect({ baseURL: 'https://id.example.com/api/auth', clientId: 'tv-app' });
  return (
    <p id="server-imports">{`${adapters.map((adapter) => adapter.id).join(',')} ${formatUserCode('wdjbmjht', adapters[0]!.userCodeFormat)} ${dialect.id}`}</p>
  );
}

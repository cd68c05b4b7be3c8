import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { StrictMode, type ReactElement } from 'react';
import { ActivationProvider, createMemoryLocation, type ActivationAdapter } from '../../src/index';

/** Renders `ui` inside a provider with an in-memory address, under StrictMode like a dev build. */
export function renderWithAdapter(
  adapter: ActivationAdapter,
  ui: ReactElement,
  href = 'https://app.example.com/activate',
  queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }),
) {
  const location = createMemoryLocation(href);
  const result = render(
    <StrictMode>
      <ActivationProvider adapter={adapter} location={location} queryClient={queryClient}>
        {ui}
      </ActivationProvider>
    </StrictMode>,
  );
  return { ...result, location, queryClient };
}

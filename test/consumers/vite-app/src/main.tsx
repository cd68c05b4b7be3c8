import { ActivateDevice, ActivationProvider } from 'activate-kit';
import { createAuthOSAdapter } from 'activate-kit/authos';
import 'activate-kit/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// Typing a code sends nothing; only submitting would reach this (unused) backend.
const adapter = createAuthOSAdapter({ baseUrl: 'https://sso.example.com' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ActivationProvider adapter={adapter}>
      <ActivateDevice />
    </ActivationProvider>
  </StrictMode>,
);

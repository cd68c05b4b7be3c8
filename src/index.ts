/** activate-kit: drop-in React components for the RFC 8628 device activation page. */

export * from './core/index';
export { en, type Messages } from './i18n/en';
export { errorText, problemText, waitText } from './i18n/error-text';
export { format as formatMessage, type Plural, type MessageValues } from './i18n/format';
export { ActivationProvider, useActivationContext, type ActivationProviderProps } from './react/ActivationProvider';
export { ActivateDevice, type ActivateDeviceProps, type SignInSlotProps } from './react/ActivateDevice';
export { PasswordSignIn, type PasswordSignInProps } from './react/PasswordSignIn';
export { CodeEntry, type CodeEntryProps } from './react/CodeEntry';
export { ProviderPicker, type ProviderPickerProps } from './react/ProviderPicker';
export { providerLabel } from './react/provider-icons';
export { MfaChallenge, type MfaChallengeProps } from './react/MfaChallenge';
export { DeviceContextPanel, type DeviceContextPanelProps } from './react/DeviceContextPanel';
export { Outcome, type OutcomeProps } from './react/Outcome';
export { ErrorNotice, type ErrorNoticeProps } from './react/ErrorNotice';
export { useActivation, type ActivationCallbacks, type ActivationController } from './react/use-activation';
export { useCodeField } from './react/use-code-field';
export { prefetchEntry, sessionQueryOptions, verifyQueryOptions, type KitQueryOptions } from './react/queries';
export { browserLocation, createMemoryLocation, type LocationPort } from './react/location';

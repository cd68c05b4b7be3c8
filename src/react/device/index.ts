/**
 * `activate-kit/device-react`: the screen that SHOWS the code (TV, kiosk, desktop, web device),
 * in its own entry so the /activate page never pays for it. A client module: like the main entry,
 * the built file starts with `'use client'` (added by the library build's banner for this entry),
 * so React Server Components treat it as one; `activate-kit/device` stays server-safe.
 */
export { DeviceCodeDisplay, type DeviceCodeDisplayProps } from './DeviceCodeDisplay';
export { DeviceCodeView, readableUrl, type DeviceCodeViewProps, type DeviceLayout } from './DeviceCodeView';
export { readableCode } from '../../device/readable-code';
export {
  useDeviceAuthorization,
  type DeviceAuthorizationController,
  type DeviceAuthorizationOptions,
  type DeviceDisplayState,
} from './use-device-authorization';
export { QrCode, type QrCodeProps } from './QrCode';
export { deviceEn, type DeviceMessages } from '../../i18n/device-en';
export { format as formatMessage, type Plural, type MessageValues } from '../../i18n/format';
export type {
  DeviceCode,
  DeviceDialect,
  DeviceError,
  DeviceErrorCode,
  DeviceState,
  DeviceStatus,
  DeviceTokenResponse,
} from '../../device/types';
export type { DeviceClock, DeviceFetch } from '../../device/authorize';

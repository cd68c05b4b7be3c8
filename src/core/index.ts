/** Framework-free core: user codes, the adapter seam, errors and the activation state machine. */
export * from './user-code';
export * from './errors';
export * from './adapter';
export * from './activation';
export * from './entry';
export * from './mfa-code';

import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in the browser (runs before paint); `useEffect` where there is no DOM.
 * Neither runs during server rendering, but React 18 warns about the first there.
 */
export const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

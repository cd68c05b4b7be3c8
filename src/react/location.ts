/**
 * The page address, injected so components never touch `window.location` and stories or tests
 * can start the flow from any URL.
 */
export interface LocationPort {
  /** The current address. */
  href(): string;
  /** Rewrites the current history entry without navigating (used to scrub codes and tokens). */
  replace(href: string): void;
  /** Leaves the page for `href` (the hop to the login provider). */
  assign(href: string): void;
}

export const browserLocation: LocationPort = {
  href: () => window.location.href,
  replace: (href) => window.history.replaceState(window.history.state, '', href),
  assign: (href) => window.location.assign(href),
};

/** An in-memory address for stories and tests; `assigned` records where the page tried to go. */
export function createMemoryLocation(initial: string): LocationPort & { readonly assigned: string[] } {
  let current = initial;
  const assigned: string[] = [];
  return {
    assigned,
    href: () => current,
    replace: (href) => {
      current = href;
    },
    assign: (href) => {
      assigned.push(href);
    },
  };
}

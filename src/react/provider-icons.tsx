/**
 * Brand marks for the providers AuthOS knows; any other safe id gets a neutral key icon. Drawn in a
 * 240-unit box in whole units: a tenth of the usual 24-unit box's unit, far below a pixel at the
 * 20 px they render at, and no decimal points to ship.
 */
const ICONS: Readonly<Record<string, readonly [string, string][]>> = {
  github: [
    [
      'currentColor',
      'M120 5a115 115 0 0 0-36 224c5 1 7-2 7-5v-20c-32 7-38-14-38-14-6-13-13-17-13-17-11-7 1-7 1-7 11 1 17 12 17 12 11 18 27 12 34 9 1-7 4-12 7-15-25-3-52-13-52-57 0-13 4-23 12-31-1-3-5-14 1-30 0 0 10-3 32 11a110 110 0 0 1 57 0c22-14 32-11 32-11 6 16 2 27 1 30 7 8 12 18 12 31 0 44-27 54-53 57 4 3 8 10 8 21v32c0 3 2 7 8 6A115 115 0 0 0 120 5Z',
    ],
  ],
  google: [
    ['#4285F4', 'M235 123c0-8-1-16-2-24H120v45h65a55 55 0 0 1-24 36v30h38c23-21 36-52 36-87Z'],
    ['#34A853', 'M120 240c32 0 60-11 79-29l-38-30c-11 7-25 11-41 11-31 0-58-21-67-49H13v31a120 120 0 0 0 107 66Z'],
    ['#FBBC05', 'M53 143a72 72 0 0 1 0-46V66H13a120 120 0 0 0 0 108l40-31Z'],
    ['#EA4335', 'M120 48c18 0 33 6 46 18l34-35a115 115 0 0 0-80-31A120 120 0 0 0 13 66l40 31c9-28 36-49 67-49Z'],
  ],
  microsoft: [
    ['#F25022', 'M10 10h105v105H10z'],
    ['#7FBA00', 'M125 10h105v105H125z'],
    ['#00A4EF', 'M10 125h105v105H10z'],
    ['#FFB900', 'M125 125h105v105H125z'],
  ],
};

const GENERIC: readonly [string, string][] = [
  ['currentColor', 'M70 140a50 50 0 1 1 46-70h114v40h-20v30h-40v-30h-54a50 50 0 0 1-46 30Zm0-30a20 20 0 1 0 0-40 20 20 0 0 0 0 40Z'],
];

/** A person-facing name for a provider id, title-cased (`my-sso` → `My Sso`); GitHub keeps its capital H. */
export function providerLabel(id: string): string {
  return id === 'github' ? 'GitHub' : id.replace(/[-_]+/g, ' ').replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

export function ProviderIcon({ id, className }: { id: string; className?: string }) {
  // Own keys only: `constructor` is a safe provider id too.
  const paths = Object.hasOwn(ICONS, id) ? ICONS[id]! : GENERIC;
  return (
    <svg className={className} viewBox="0 0 240 240" width="20" height="20" aria-hidden="true" focusable="false">
      {paths.map(([fill, d]) => (
        <path key={d} fill={fill} d={d} />
      ))}
    </svg>
  );
}

/**
 * Brand marks for the providers AuthOS knows; any other safe id gets a neutral key icon. Drawn in a
 * 120-unit box in whole units (svgo, precision 0): a unit is a sixth of a pixel at the 20 px they
 * render at, so there are no decimal points to ship. Compared by eye with the originals up to 120 px.
 */
const ICONS: Readonly<Record<string, readonly [string, string][]>> = {
  github: [
    [
      'currentColor',
      'M60 3a58 58 0 0 0-18 112q4 0 4-3v-10c-16 4-19-7-19-7l-7-8c-5-4 1-4 1-4 5 1 8 6 8 6 6 9 14 6 17 5l4-8c-13-1-26-6-26-28q0-10 6-16-3-2 0-15s5-1 16 6a55 55 0 0 1 29 0c11-7 16-6 16-6q3 13 0 15 6 6 6 16c0 22-13 27-26 28q4 3 4 11v16q0 2 4 3A58 58 0 0 0 60 3',
    ],
  ],
  google: [
    ['#4285F4', 'm118 62-1-12H60v22h33a28 28 0 0 1-12 18v15h19q17-16 18-43'],
    ['#34A853', 'M60 120q25 0 40-14L81 91q-9 5-21 5c-15 0-29-10-33-24H7v15a60 60 0 0 0 53 33'],
    ['#FBBC05', 'M27 72a36 36 0 0 1 0-23V33H7a60 60 0 0 0 0 54z'],
    ['#EA4335', 'M60 24q14 0 23 9l17-17A58 58 0 0 0 60 0 60 60 0 0 0 7 33l20 16c4-14 18-25 33-25'],
  ],
  microsoft: [
    ['#F25022', 'M5 5h53v53H5z'],
    ['#7FBA00', 'M63 5h52v53H63z'],
    ['#00A4EF', 'M5 63h53v52H5z'],
    ['#FFB900', 'M63 63h52v52H63z'],
  ],
};

const GENERIC: readonly [string, string][] = [
  ['currentColor', 'M35 70a25 25 0 1 1 23-35h57v20h-10v15H85V55H58a25 25 0 0 1-23 15m0-15a10 10 0 1 0 0-20 10 10 0 0 0 0 20'],
];

/** A person-facing name for a provider id, title-cased (`my-sso` → `My Sso`); GitHub keeps its capital H. */
export function providerLabel(id: string): string {
  return id === 'github' ? 'GitHub' : id.replace(/[-_]+/g, ' ').replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

export function ProviderIcon({ id, className }: { id: string; className?: string }) {
  // Own keys only: `constructor` is a safe provider id too.
  const paths = Object.hasOwn(ICONS, id) ? ICONS[id]! : GENERIC;
  return (
    <svg className={className} viewBox="0 0 120 120" width="20" height="20" aria-hidden="true" focusable="false">
      {paths.map(([fill, d]) => (
        <path key={d} fill={fill} d={d} />
      ))}
    </svg>
  );
}

/** Brand marks for the providers AuthOS knows; any other safe id gets a neutral key icon. */
const ICONS: Readonly<Record<string, { label: string; paths: readonly [string, string][] }>> = {
  github: {
    label: 'GitHub',
    paths: [
      [
        'currentColor',
        'M12 .5a11.5 11.5 0 0 0-3.64 22.41c.58.11.79-.25.79-.56v-2c-3.2.7-3.88-1.37-3.88-1.37-.52-1.33-1.28-1.69-1.28-1.69-1.05-.71.08-.7.08-.7 1.16.08 1.77 1.19 1.77 1.19 1.03 1.77 2.7 1.26 3.36.96.1-.75.4-1.26.73-1.55-2.55-.29-5.24-1.28-5.24-5.69 0-1.26.45-2.29 1.19-3.09-.12-.29-.52-1.46.11-3.05 0 0 .97-.31 3.17 1.18a11 11 0 0 1 5.77 0c2.2-1.49 3.17-1.18 3.17-1.18.63 1.59.23 2.76.11 3.05.74.8 1.19 1.83 1.19 3.09 0 4.42-2.69 5.39-5.26 5.68.41.36.78 1.06.78 2.14v3.17c0 .31.21.68.8.56A11.5 11.5 0 0 0 12 .5Z',
      ],
    ],
  },
  google: {
    label: 'Google',
    paths: [
      ['#4285F4', 'M23.5 12.27c0-.82-.07-1.6-.2-2.36H12v4.47h6.45a5.5 5.5 0 0 1-2.4 3.62v3h3.87c2.27-2.09 3.58-5.17 3.58-8.73Z'],
      ['#34A853', 'M12 24c3.24 0 5.95-1.07 7.93-2.91l-3.87-3c-1.07.72-2.45 1.15-4.06 1.15-3.12 0-5.77-2.11-6.71-4.95h-4v3.1A12 12 0 0 0 12 24Z'],
      ['#FBBC05', 'M5.29 14.29a7.2 7.2 0 0 1 0-4.58v-3.1h-4a12 12 0 0 0 0 10.78l4-3.1Z'],
      ['#EA4335', 'M12 4.76c1.76 0 3.34.6 4.58 1.8l3.43-3.43A11.5 11.5 0 0 0 12 0 12 12 0 0 0 1.29 6.61l4 3.1C6.23 6.87 8.88 4.76 12 4.76Z'],
    ],
  },
  microsoft: {
    label: 'Microsoft',
    paths: [
      ['#F25022', 'M1 1h10.5v10.5H1z'],
      ['#7FBA00', 'M12.5 1H23v10.5H12.5z'],
      ['#00A4EF', 'M1 12.5h10.5V23H1z'],
      ['#FFB900', 'M12.5 12.5H23V23H12.5z'],
    ],
  },
};

const GENERIC: readonly [string, string][] = [
  ['currentColor', 'M7 14a5 5 0 1 1 4.58-7H23v4h-2v3h-4v-3h-5.42A5 5 0 0 1 7 14Zm0-3a2 2 0 1 0 0-4 2 2 0 0 0 0 4Z'],
];

/** A person-facing name for a provider id: known brands by name, others title-cased (`my-sso` → `My Sso`). */
export function providerLabel(id: string): string {
  return ICONS[id]?.label ?? id.replace(/[-_]+/g, ' ').replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

export function ProviderIcon({ id, className }: { id: string; className?: string }) {
  const paths = ICONS[id]?.paths ?? GENERIC;
  return (
    <svg className={className} viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      {paths.map(([fill, d]) => (
        <path key={d} fill={fill} d={d} />
      ))}
    </svg>
  );
}

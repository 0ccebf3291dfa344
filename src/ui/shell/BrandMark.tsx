/** The product's mark: a speech bubble with a tick, i.e. a reply that does the right things. */
export function BrandMark() {
  return (
    <svg className="brand__mark" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--color-primary)" />
      <path
        d="M8 9.5h16a1.5 1.5 0 0 1 1.5 1.5v9a1.5 1.5 0 0 1-1.5 1.5h-8.5L11 25v-3.5H8A1.5 1.5 0 0 1 6.5 20v-9A1.5 1.5 0 0 1 8 9.5Z"
        fill="#fff"
      />
      <path d="m11.5 15.8 2.8 2.7 6-6" fill="none" stroke="var(--color-primary)" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

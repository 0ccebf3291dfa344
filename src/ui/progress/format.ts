/** Dates as the UI language writes them ("14. märts 2025, 10:05", "14 Mar 2025, 10:05"). */
export function formatDateTime(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatDate(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(iso));
}

/** Short axis labels: "14.03", "3/14". */
export function formatShortDate(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'numeric' }).format(new Date(iso));
}

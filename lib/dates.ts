import { site } from './site'

const longDate = new Intl.DateTimeFormat(site.locale, {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: site.timeZone,
})

/** "April 9, 2024", read in the site's time zone. */
export function formatDate(iso: string): string {
  return longDate.format(new Date(iso))
}

/**
 * Route params can arrive percent-encoded (a Unicode tag such as "học-máy"),
 * and a hostile URL can hold broken escapes; both must resolve or simply miss.
 */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value).normalize('NFC')
  } catch {
    return value
  }
}

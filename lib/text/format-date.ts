/**
 * Dates render in UTC so the server and the browser agree (no hydration mismatch) and a publication
 * date does not shift a day. The formatters are built once: constructing an Intl.DateTimeFormat
 * costs far more than formatting with one, and a report formats thousands of dates.
 */
const DAY = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const DAY_TIME = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

export function formatDate(iso: string): string {
  return DAY.format(new Date(iso));
}

export function formatDateTime(iso: string): string {
  return DAY_TIME.format(new Date(iso));
}

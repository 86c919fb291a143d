/** The first X-Forwarded-For hop (set by the reverse proxy), else X-Real-IP; "unknown" if neither. */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}

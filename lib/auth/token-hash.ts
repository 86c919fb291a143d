import { createHash, randomBytes } from "node:crypto";

const API_TOKEN_PREFIX = "fm_";

export function generateSecretToken(prefix = API_TOKEN_PREFIX): string {
  return prefix + randomBytes(32).toString("base64url");
}

/** Tokens carry 256 random bits, so a fast hash is enough (no salt or stretching needed). */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

import "server-only";
import { headers } from "next/headers";
import { NONCE_HEADER } from "./content-security-policy";

/** This request's script nonce, set by proxy.ts; reading it makes the page render per request, as a nonce must. */
export async function cspNonce(): Promise<string | undefined> {
  return (await headers()).get(NONCE_HEADER) ?? undefined;
}

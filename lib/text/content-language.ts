/**
 * CONTENT_LANGUAGE: the language the team writes its notes and replies in, as a BCP 47 tag
 * ("en", "de-CH"), canonicalised; null when unset. Exports state it as the `language` of those
 * texts (the W3C model asks for it when known; nobody can know it otherwise). A malformed tag is
 * left out rather than written into every export, and says so once in the server log.
 */
export function configuredContentLanguage(
  env: Record<string, string | undefined> = process.env,
): string | null {
  const value = env.CONTENT_LANGUAGE?.trim();
  if (!value) return null;
  try {
    return Intl.getCanonicalLocales(value)[0] ?? null;
  } catch {
    if (!warned)
      console.warn(
        `CONTENT_LANGUAGE is not a BCP 47 language tag such as "en" or "de-CH" (got ${JSON.stringify(value)}): exports leave the language out`,
      );
    warned = true;
    return null;
  }
}

let warned = false;

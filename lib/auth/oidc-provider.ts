import type { Provider } from "next-auth/providers";

/**
 * An optional OpenID Connect provider (Keycloak, Authentik, Google Workspace, Entra ID, …),
 * switched on when AUTH_OIDC_ISSUER, AUTH_OIDC_ID and AUTH_OIDC_SECRET are all set.
 */
export function oidcProviders(env: NodeJS.ProcessEnv = process.env): Provider[] {
  const issuer = env.AUTH_OIDC_ISSUER;
  const clientId = env.AUTH_OIDC_ID;
  const clientSecret = env.AUTH_OIDC_SECRET;
  if (!issuer || !clientId || !clientSecret) return [];
  return [
    {
      id: "oidc",
      name: env.AUTH_OIDC_NAME || "Single sign-on",
      type: "oidc",
      issuer,
      clientId,
      clientSecret,
    },
  ];
}

export function oidcProviderName(env: NodeJS.ProcessEnv = process.env): string | null {
  return oidcProviders(env).length ? env.AUTH_OIDC_NAME || "Single sign-on" : null;
}

import { describe, expect, it } from "vitest";
import { oidcProviderName, oidcProviders } from "./oidc-provider";

describe("the optional OpenID Connect provider", () => {
  it("is off unless issuer, client id and secret are all set", () => {
    expect(oidcProviders({} as unknown as NodeJS.ProcessEnv)).toEqual([]);
    expect(
      oidcProviders({
        AUTH_OIDC_ISSUER: "https://id.example.org",
        AUTH_OIDC_ID: "factmark",
      } as unknown as NodeJS.ProcessEnv),
    ).toEqual([]);
    expect(oidcProviderName({} as unknown as NodeJS.ProcessEnv)).toBeNull();
  });

  it("is configured from the environment, with a display name", () => {
    const env = {
      AUTH_OIDC_ISSUER: "https://id.example.org/realms/news",
      AUTH_OIDC_ID: "factmark",
      AUTH_OIDC_SECRET: "s3cret",
      AUTH_OIDC_NAME: "Newsroom SSO",
    } as unknown as NodeJS.ProcessEnv;
    expect(oidcProviders(env)).toEqual([
      expect.objectContaining({
        id: "oidc",
        type: "oidc",
        issuer: "https://id.example.org/realms/news",
        clientId: "factmark",
        clientSecret: "s3cret",
        name: "Newsroom SSO",
      }),
    ]);
    expect(oidcProviderName(env)).toBe("Newsroom SSO");
  });
});

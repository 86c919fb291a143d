import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { findActorById, findOrCreateExternalUser, verifyCredentials } from "@/lib/data/users";
import { admitLoginAttempt, finishLoginAttempt } from "@/lib/data/login-attempts";
import { safeReturnPath } from "@/lib/validation/form-state";
import { signInSchema } from "@/lib/validation/users";
import { clientIp } from "./client-ip";
import { oidcProviders } from "./oidc-provider";

class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

const config: NextAuthConfig = {
  // Self-hosted behind whatever proxy the team runs; the host header is the app's own.
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin", error: "/signin" },
  logger: {
    // A wrong password is an expected outcome (recorded for rate limiting), not a server error.
    error(error) {
      if ((error as { type?: string }).type !== "CredentialsSignin") console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const ip = clientIp(request.headers);
        const gate = await admitLoginAttempt(email, ip);
        if (!gate.admitted) throw new RateLimited();
        const actor = await verifyCredentials(email, password);
        await finishLoginAttempt(gate, actor !== null);
        return actor ? { id: actor.id, email: actor.email, name: actor.name } : null;
      },
    }),
    ...oidcProviders(),
  ],
  callbacks: {
    // Auth.js follows any same-origin URL; ours must also survive what browsers do to tabs and backslashes.
    redirect({ url, baseUrl }) {
      const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
      return `${baseUrl}${safeReturnPath(path)}`;
    },
    async signIn({ user, account }) {
      if (!account || account.type === "credentials") return true;
      // OIDC: the account is ours only if its email maps to an active user (created as a viewer when sign-up is open).
      if (!user.email) return false;
      const actor = await findOrCreateExternalUser(user.email, user.name ?? user.email);
      if (!actor) return "/signin?error=AccessDenied";
      user.id = actor.id;
      return true;
    },
    async jwt({ token, user }) {
      if (user?.id) token.uid = user.id;
      return token;
    },
    async session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
};

export const { handlers, auth, signIn, signOut } = NextAuth(config);

/** The session's user as the data layer sees it, re-read each time so role changes and deactivation apply at once. */
export async function sessionActor() {
  const session = await auth();
  const id = session?.user?.id;
  return id ? findActorById(id) : null;
}

import NextAuth, { CredentialsSignin, type NextAuthConfig, type Session } from "next-auth";
import { cookies } from "next/headers";
import Credentials from "next-auth/providers/credentials";
import { findOrCreateExternalUser, verifyCredentials } from "@/lib/data/people/users";
import {
  endUserSession,
  findActorBySession,
  startUserSession,
} from "@/lib/data/people/user-sessions";
import { admitLoginAttempt, finishLoginAttempt } from "@/lib/data/people/login-attempts";
import { safeReturnPath } from "@/lib/validation/form-state";
import { signInSchema } from "@/lib/validation/users";
import { clientIp } from "./client-ip";
import { oidcProviders } from "./oidc-provider";

/** Auth.js's session cookie, plain or __Secure-, whole or in chunks (.0, .1…). */
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

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
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
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
      // `user` is there only at sign-in: each sign-in is a server-side session the cookie names.
      if (user?.id) {
        token.uid = user.id;
        token.sid = await startUserSession(user.id);
      }
      return token;
    },
    async session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      return Object.assign(session, { sid: typeof token.sid === "string" ? token.sid : undefined });
    },
  },
  events: {
    // Ends the session on the server too: a copy of the cookie is worth nothing after sign-out.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endUserSession(sid);
    },
  },
};

const nextAuth = NextAuth(config);
export const { handlers, signIn, signOut } = nextAuth;
const { auth } = nextAuth;

/**
 * The session's user as the data layer sees it, re-read each time so role changes, deactivation,
 * sign-out and "sign out everywhere" apply at once. A cookie from before server-side sessions
 * (no `sid`) no longer signs anyone in.
 */
export async function sessionActor() {
  // No session cookie, no session: skip Auth.js's whole session handler (about 1 ms of CPU a request).
  if (!(await cookies()).getAll().some((cookie) => SESSION_COOKIE.test(cookie.name))) return null;
  const session = (await auth()) as (Session & { sid?: string }) | null;
  const id = session?.user?.id;
  return id && session.sid ? findActorBySession(id, session.sid) : null;
}

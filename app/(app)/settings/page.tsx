import type { Metadata } from "next";
import { ApiTokens } from "@/components/settings/api-tokens";
import { NameForm, PasswordForm } from "@/components/settings/profile-forms";
import { Button } from "@/components/ui/form-controls";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listApiTokens } from "@/lib/data/people/api-tokens";
import { countOwnSessions } from "@/lib/data/people/user-sessions";
import { signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requirePageActor("/settings");
  const [tokens, sessions] = await Promise.all([listApiTokens(actor), countOwnSessions(actor)]);
  return (
    <main className="mx-auto max-w-3xl space-y-10 px-4 py-8">
      <h1 className="text-2xl font-semibold tracking-tight text-stone-900">Settings</h1>
      <section aria-labelledby="profile-heading" className="space-y-3">
        <h2 id="profile-heading" className="text-lg font-semibold text-stone-900">
          Profile
        </h2>
        <p className="text-sm text-stone-700">
          Signed in as {actor.email} ({actor.role}).
        </p>
        <NameForm name={actor.name} />
      </section>
      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-lg font-semibold text-stone-900">
          Password
        </h2>
        <PasswordForm />
      </section>
      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-lg font-semibold text-stone-900">
          Sessions
        </h2>
        <p className="text-sm text-stone-700">
          {sessions === 1
            ? "You are signed in on this browser only."
            : `You are signed in on ${sessions} browsers or devices.`}{" "}
          Changing your password signs out the others; signing out everywhere ends this session too.
          API tokens are not affected.
        </p>
        <form action={signOutEverywhereAction}>
          <Button type="submit" variant="secondary">
            Sign out everywhere
          </Button>
        </form>
      </section>
      <section aria-labelledby="tokens-heading" className="space-y-3">
        <h2 id="tokens-heading" className="text-lg font-semibold text-stone-900">
          API tokens
        </h2>
        <p className="text-sm text-stone-700">
          Send a token as <code>Authorization: Bearer &lt;token&gt;</code> to use the API as
          yourself. Tokens are stored hashed and shown only once.
        </p>
        <ApiTokens
          tokens={tokens.map((t) => ({
            ...t,
            createdAt: t.createdAt.toISOString(),
            lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
          }))}
        />
      </section>
    </main>
  );
}

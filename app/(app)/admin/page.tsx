import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InviteForm } from "@/components/admin/invite-form";
import { UsersTable } from "@/components/admin/users-table";
import { SignupToggle } from "@/components/settings/signup-toggle";
import { TeamRulesForm } from "@/components/settings/team-rules-form";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listUsers } from "@/lib/data/people/admin-users";
import { getTeamSettings } from "@/lib/data/people/team-settings";
import { canManageTeam } from "@/lib/permissions/roles";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const actor = await requirePageActor("/admin");
  if (!canManageTeam(actor)) notFound();
  const [settings, users] = await Promise.all([getTeamSettings(), listUsers(actor)]);
  return (
    <main className="mx-auto max-w-5xl space-y-10 px-4 py-8">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight text-stone-900">Admin</h1>
        <Link href="/admin/audit" className="text-sm font-medium text-blue-800 underline">
          Audit trail
        </Link>
      </div>
      <section aria-labelledby="people-heading" className="space-y-3">
        <h2 id="people-heading" className="text-lg font-semibold text-stone-900">
          People
        </h2>
        <p className="text-sm text-stone-700">
          Role changes apply from the person&apos;s next click. A deactivated account cannot sign in
          and its API tokens stop working; its annotations, reviews and replies stay, under its
          name. The team always keeps at least one active admin.
        </p>
        <UsersTable users={users} currentUserId={actor.id} />
      </section>
      <section aria-labelledby="invite-heading" className="space-y-3">
        <h2 id="invite-heading" className="text-lg font-semibold text-stone-900">
          Invite someone
        </h2>
        <p className="text-sm text-stone-700">
          They get an account with the role you choose, and choose their own password through a
          one-time link.
        </p>
        <InviteForm />
      </section>
      <section aria-labelledby="signup-heading" className="space-y-3">
        <h2 id="signup-heading" className="text-lg font-semibold text-stone-900">
          Self sign-up
        </h2>
        <SignupToggle allowSignup={settings.allowSignup} />
      </section>
      <section aria-labelledby="rules-heading" className="space-y-3">
        <h2 id="rules-heading" className="text-lg font-semibold text-stone-900">
          Team rules
        </h2>
        <TeamRulesForm
          autoApproveAgreements={settings.autoApproveAgreements}
          organizationName={settings.organizationName}
        />
      </section>
    </main>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SignupToggle } from "@/components/settings/signup-toggle";
import { TeamRulesForm } from "@/components/settings/team-rules-form";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getTeamSettings } from "@/lib/data/team-settings";
import { canManageTeam } from "@/lib/permissions/roles";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const actor = await requirePageActor("/admin");
  if (!canManageTeam(actor)) notFound();
  const settings = await getTeamSettings();
  return (
    <main className="mx-auto max-w-3xl space-y-8 px-4 py-8">
      <h1 className="text-2xl font-semibold tracking-tight text-stone-900">Admin</h1>
      <section aria-labelledby="signup-heading" className="space-y-3">
        <h2 id="signup-heading" className="text-lg font-semibold text-stone-900">Self sign-up</h2>
        <SignupToggle allowSignup={settings.allowSignup} />
      </section>
      <section aria-labelledby="rules-heading" className="space-y-3">
        <h2 id="rules-heading" className="text-lg font-semibold text-stone-900">Team rules</h2>
        <TeamRulesForm autoApproveAgreements={settings.autoApproveAgreements} organizationName={settings.organizationName} />
      </section>
    </main>
  );
}

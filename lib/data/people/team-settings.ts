import "server-only";
import { getDb } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { canManageTeam, type Actor } from "@/lib/permissions/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";

export type TeamSettingsView = {
  allowSignup: boolean;
  autoApproveAgreements: number;
  organizationName: string;
};

// Closed by default: a stranger who could sign up could read and export everything as a viewer.
const DEFAULTS: TeamSettingsView = {
  allowSignup: false,
  autoApproveAgreements: 2,
  organizationName: "Factmark",
};

/** Public: the sign-up page needs to know whether sign-up is open before anyone is signed in. */
export async function getTeamSettings(): Promise<TeamSettingsView> {
  const db = await getDb();
  const row = await db.teamSettings.findUnique({ where: { id: 1 } });
  if (!row) return DEFAULTS;
  return {
    allowSignup: row.allowSignup,
    autoApproveAgreements: row.autoApproveAgreements,
    organizationName: row.organizationName,
  };
}

/** Public: open on an empty installation (its first account becomes admin), else only when an admin opened it. */
export async function isSignupOpen(): Promise<boolean> {
  const db = await getDb();
  const [settings, anyUser] = await Promise.all([
    db.teamSettings.findUnique({ where: { id: 1 } }),
    db.user.findFirst({ select: { id: true } }),
  ]);
  return !anyUser || (settings?.allowSignup ?? DEFAULTS.allowSignup);
}

export async function updateTeamSettings(
  actor: Actor,
  changes: Partial<TeamSettingsView>,
): Promise<TeamSettingsView> {
  if (!canManageTeam(actor)) throw forbidden("Only an admin can change team settings");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await tx.teamSettings.findUnique({ where: { id: 1 } });
    const row = await tx.teamSettings.upsert({
      where: { id: 1 },
      create: { id: 1, ...changes },
      update: changes,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "settings.update",
      entityType: "teamSettings",
      entityId: "1",
      before: before
        ? {
            allowSignup: before.allowSignup,
            autoApproveAgreements: before.autoApproveAgreements,
            organizationName: before.organizationName,
          }
        : DEFAULTS,
      after: changes,
    });
    return {
      allowSignup: row.allowSignup,
      autoApproveAgreements: row.autoApproveAgreements,
      organizationName: row.organizationName,
    };
  });
}

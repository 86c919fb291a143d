import "server-only";
import { describeRange } from "@/lib/anchoring";
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db";
import { DEMO_ANNOTATIONS } from "@/lib/demo/demo-annotations";
import {
  DEMO_ARTICLE_AUTHOR,
  DEMO_ARTICLE_OUTLET,
  DEMO_ARTICLE_TITLE,
  DEMO_ARTICLE_URL,
} from "@/lib/demo/demo-article";
import { readSeedArticle } from "@/lib/demo/read-seed-article";
import type { Role } from "@/lib/permissions/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { seedReviews } from "@/lib/data/demo/demo-seed-reviews";

const DEMO_PASSWORD = "demo-password";

const DEMO_USERS: readonly { key: string; email: string; name: string; role: Role }[] = [
  { key: "admin", email: "admin@demo.test", name: "Ada Admin", role: "admin" },
  { key: "editor", email: "editor@demo.test", name: "Eddie Editor", role: "editor" },
  { key: "alice", email: "alice@demo.test", name: "Alice Reviewer", role: "reviewer" },
  { key: "bob", email: "bob@demo.test", name: "Bob Reviewer", role: "reviewer" },
  { key: "viewer", email: "viewer@demo.test", name: "Vera Viewer", role: "viewer" },
];

function nthIndexOf(body: string, quote: string, occurrence: number): number {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = body.indexOf(quote, index + 1);
    if (index < 0) break;
  }
  return index;
}

/**
 * Seeds the demo accounts, the demo article and its sample annotations. Idempotent: running it
 * again keeps what is there (accounts get the demo password back). Only `npm run demo` and the
 * test suite call it; a production setup never has demo accounts.
 */
export async function seedDemo(): Promise<{ articleId: string; created: boolean }> {
  const db = await getDb();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const seed = readSeedArticle();
  return db.$transaction(async (tx) => {
    const ids = new Map<string, string>();
    for (const user of DEMO_USERS) {
      const row = await tx.user.upsert({
        where: { email: user.email },
        create: { email: user.email, name: user.name, role: user.role, passwordHash },
        update: { role: user.role, passwordHash, deactivatedAt: null },
      });
      ids.set(user.key, row.id);
    }
    const adminId = ids.get("admin")!;
    // The demo invites visitors to try it; a real installation starts closed (invitations only).
    await tx.teamSettings.upsert({
      where: { id: 1 },
      create: { id: 1, allowSignup: true },
      update: {},
    });
    const existing = await tx.article.findFirst({
      where: { title: DEMO_ARTICLE_TITLE, createdById: adminId },
    });
    if (existing) return { articleId: existing.id, created: false };

    const article = await tx.article.create({
      data: {
        title: DEMO_ARTICLE_TITLE,
        outlet: DEMO_ARTICLE_OUTLET,
        author: DEMO_ARTICLE_AUTHOR,
        url: DEMO_ARTICLE_URL,
        publishedAt: new Date(`${seed.publishedAt}T00:00:00Z`),
        body: seed.body,
        createdById: adminId,
      },
    });
    await tx.articleRevision.create({
      data: {
        articleId: article.id,
        version: 1,
        title: article.title,
        body: article.body,
        createdById: adminId,
      },
    });
    const byQuote = new Map<string, { id: string; authorId: string; status: string }>();
    for (const demo of DEMO_ANNOTATIONS) {
      const start = nthIndexOf(seed.body, demo.quote, demo.occurrence ?? 0);
      const target = start < 0 ? null : describeRange(seed.body, start, start + demo.quote.length);
      if (!target) throw new Error(`Demo quote not found in the article: ${demo.quote}`);
      const authorId = ids.get(demo.author)!;
      const created = await tx.annotation.create({
        data: {
          articleId: article.id,
          authorId,
          status: demo.status,
          note: demo.note,
          ...target,
          sources: { create: demo.sources.map((source, position) => ({ ...source, position })) },
        },
      });
      byQuote.set(demo.quote, { id: created.id, authorId, status: demo.status });
      await recordAudit(tx, {
        actorId: authorId,
        action: "annotation.create",
        entityType: "annotation",
        entityId: created.id,
        articleId: article.id,
        after: { status: demo.status, note: demo.note },
      });
    }
    await seedReviews(tx, article.id, byQuote, ids);
    return { articleId: article.id, created: true };
  });
}

import "server-only";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/roles";
import { articleScope } from "@/lib/data/scopes";
import type { ArticleFacets } from "@/lib/contracts/article";

const MAX_CHOICES = 200;

/** Choices for the library's filters: the outlets and the people that appear in the articles the actor may see. */
export async function listArticleFacets(actor: Actor): Promise<ArticleFacets> {
  const db = await getDb();
  const where = articleScope(actor);
  const [outlets, adders] = await Promise.all([
    db.article.groupBy({
      by: ["outlet"],
      where: { ...where, outlet: { not: null } },
      orderBy: { outlet: "asc" },
      take: MAX_CHOICES,
    }),
    db.user.findMany({
      where: { articles: { some: where } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
      take: MAX_CHOICES,
    }),
  ]);
  return { outlets: outlets.flatMap((o) => (o.outlet ? [o.outlet] : [])), adders };
}

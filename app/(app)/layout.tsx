import { AppHeader } from "@/components/layout/app-header";
import { requirePageActor } from "@/lib/auth/current-actor";
import { countUnreadNotifications } from "@/lib/data/notifications/notifications";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
  const unread = await countUnreadNotifications(actor);
  return (
    <>
      <AppHeader actor={actor} unread={unread} />
      <div id="main">{children}</div>
    </>
  );
}

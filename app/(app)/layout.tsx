import { AppHeader } from "@/components/layout/app-header";
import { requirePageActor } from "@/lib/auth/current-actor";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
  return (
    <>
      <AppHeader actor={actor} />
      <div id="main">{children}</div>
    </>
  );
}

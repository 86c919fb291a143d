import Link from "next/link";
import { signOut } from "@/lib/auth/auth";
import { canManageTeam, type Actor } from "@/lib/permissions/roles";

export function AppHeader({ actor, unread }: { actor: Actor; unread: number }) {
  return (
    <header className="border-b border-stone-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="font-serif text-xl font-semibold tracking-tight text-stone-900">
          Factmark
        </Link>
        <nav aria-label="Main" className="flex gap-4 text-sm">
          <Link href="/" className="text-stone-700 hover:text-stone-950 hover:underline">
            Articles
          </Link>
          <Link href="/review" className="text-stone-700 hover:text-stone-950 hover:underline">
            Review queue
          </Link>
          <Link href="/inbox" className="text-stone-700 hover:text-stone-950 hover:underline">
            Inbox
            {unread > 0 && (
              <span
                className="ml-1 rounded-full bg-blue-800 px-1.5 text-xs font-semibold text-white"
                aria-label={`${unread} unread`}
              >
                {unread}
              </span>
            )}
          </Link>
          <Link href="/settings" className="text-stone-700 hover:text-stone-950 hover:underline">
            Settings
          </Link>
          {canManageTeam(actor) && (
            <Link href="/admin" className="text-stone-700 hover:text-stone-950 hover:underline">
              Admin
            </Link>
          )}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span className="text-stone-700">
            <span className="font-medium text-stone-900">{actor.name}</span> ·{" "}
            <span className="capitalize">{actor.role}</span>
          </span>
          <form
            action={async () => {
              "use server";
              await signOut({ redirectTo: "/signin" });
            }}
          >
            <button
              type="submit"
              className="rounded-md border border-stone-300 px-3 py-1 text-stone-800 hover:bg-stone-100 focus-visible:ring-2 focus-visible:ring-blue-600"
            >
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}

import type { ReactNode } from "react";

export function AuthCard({
  title,
  children,
  footer,
}: {
  title: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <p className="mb-6 text-center font-serif text-2xl font-semibold tracking-tight text-stone-900">
          Factmark
        </p>
        <div className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
          <h1 className="mb-4 text-lg font-semibold text-stone-900">{title}</h1>
          {children}
        </div>
        {footer && <div className="mt-4 text-center text-sm text-stone-700">{footer}</div>}
      </div>
    </main>
  );
}

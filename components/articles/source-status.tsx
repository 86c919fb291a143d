/** Under the source tabs: that a source is being read, what was loaded, or why it could not be. */
export function SourceStatus({
  loading,
  notice,
  error,
}: {
  loading: boolean;
  notice: string | null;
  error: string | null;
}) {
  return (
    <>
      <div aria-live="polite" className="mt-2 space-y-2 text-sm">
        {loading && <p className="text-stone-700">Reading the article…</p>}
        {notice && !error && <p className="text-stone-700">{notice}</p>}
      </div>
      {error && (
        <p
          role="alert"
          className="mt-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900"
        >
          {error}
        </p>
      )}
    </>
  );
}

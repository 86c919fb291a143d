import type { FormEvent, KeyboardEvent } from "react";
import { Button, Field } from "@/components/ui/form-controls";

/** The "From a URL" tab: the address to fetch and the button that fetches it. */
export function UrlFetchPanel({
  url,
  onUrl,
  onFetch,
  busy,
}: {
  url: string;
  onUrl: (url: string) => void;
  onFetch: (event: FormEvent | KeyboardEvent) => void;
  busy: null | "loading" | "saving";
}) {
  return (
    <div className="space-y-3">
      <Field
        label="Article address"
        name="fetch-url"
        type="url"
        inputMode="url"
        placeholder="https://"
        value={url}
        onChange={(event) => onUrl(event.target.value)}
        onKeyDown={(event) => event.key === "Enter" && void onFetch(event)}
      />
      <Button type="button" variant="secondary" onClick={onFetch} disabled={busy !== null}>
        {busy === "loading" ? "Fetching…" : "Fetch article"}
      </Button>
      <p className="text-xs text-stone-600">
        The server fetches the page (public web addresses only), finds the article in it and keeps
        the page as received.
      </p>
    </div>
  );
}

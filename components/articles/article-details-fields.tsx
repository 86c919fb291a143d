import { Field } from "@/components/ui/form-controls";
import type { ArticlePreview } from "@/lib/contracts/article";

export type Details = {
  title: string;
  author: string;
  outlet: string;
  url: string;
  publishedAt: string;
};
export const EMPTY_DETAILS: Details = {
  title: "",
  author: "",
  outlet: "",
  url: "",
  publishedAt: "",
};

/** Suggested details fill only what the user has left empty: a fetch never overwrites their edits. */
export function suggest(details: Details, preview: ArticlePreview): Details {
  const pick = (mine: string, theirs: string | null) => mine || theirs || "";
  return {
    title: pick(details.title, preview.title),
    author: pick(details.author, preview.author),
    outlet: pick(details.outlet, preview.outlet),
    url: pick(details.url, preview.url),
    publishedAt: pick(details.publishedAt, preview.publishedAt?.slice(0, 10) ?? null),
  };
}

/** What must be there before the article is sent: the server checks again. */
export function missingFields(details: Details, content: string): Record<string, string[]> {
  const missing: Record<string, string[]> = {};
  if (!details.title.trim()) missing.title = ["Give the article a title"];
  if (!content.trim()) missing.content = ["Paste, upload or fetch the article text first"];
  return missing;
}

/** The new article's title, author, outlet, publication date and address. */
export function ArticleDetailsFields({
  details,
  onChange,
  errors,
}: {
  details: Details;
  onChange: (update: (current: Details) => Details) => void;
  errors: Record<string, string[]>;
}) {
  const set = (key: keyof Details) => (event: { target: { value: string } }) =>
    onChange((current) => ({ ...current, [key]: event.target.value }));
  return (
    <section aria-labelledby="details-heading" className="space-y-4">
      <h2 id="details-heading" className="text-lg font-semibold text-stone-900">
        Details
      </h2>
      <Field
        label="Title"
        name="title"
        required
        value={details.title}
        onChange={set("title")}
        errors={errors.title}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Author"
          name="author"
          value={details.author}
          onChange={set("author")}
          errors={errors.author}
        />
        <Field
          label="Outlet"
          name="outlet"
          value={details.outlet}
          onChange={set("outlet")}
          errors={errors.outlet}
        />
        <Field
          label="Published"
          name="publishedAt"
          type="date"
          value={details.publishedAt}
          onChange={set("publishedAt")}
          errors={errors.publishedAt}
        />
        <Field
          label="Original URL"
          name="url"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={details.url}
          onChange={set("url")}
          errors={errors.url}
        />
      </div>
    </section>
  );
}

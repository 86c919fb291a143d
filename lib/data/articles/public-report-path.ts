/** Where a published report lives, under the app's public address (app/r/[slug]). */
export const publicReportPath = (slug: string) => `/r/${slug}`;

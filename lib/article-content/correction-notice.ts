/**
 * Outlets that change a published story say so in a line of the text: "Correction: …",
 * "Update (3 March): …", "An earlier version of this article misstated …". A re-fetch whose text
 * changed without such a line appearing is a stealth edit (issue 9). The phrases are the ones
 * newsrooms' own corrections policies use (AP, Reuters, BBC, NYT, Guardian); a false "announced"
 * only hides a flag a reviewer could still find in the diff, so the list leans to the common forms.
 */
const LEADS = [
  /^\W{0,3}(?:correction|corrections|clarification|update|updated|editor['’]s note|editors['’] note|note to readers|amendment|amended|retraction)s?\b/i,
  /\b(?:an|a previous|the original|an earlier|a prior) (?:version|edition) of this (?:article|story|report|piece|post)\b/i,
  /\bthis (?:article|story|report|piece|post) (?:has been|was|is) (?:updated|corrected|amended|changed|revised|edited)\b/i,
  /\b(?:we|reuters|the ap|this newspaper) (?:has|have)? ?(?:corrected|amended|updated) (?:this|the) (?:article|story|report)\b/i,
];

const MAX_NOTICE_CHARS = 300;

function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function isNotice(paragraph: string): boolean {
  return LEADS.some((lead) => lead.test(paragraph));
}

/**
 * The outlet's note announcing the change from `before` to `after`: the first paragraph of the new
 * text that reads as a correction or update notice and was not in the old text. Null when there is
 * none, which makes a changed re-fetch a stealth edit.
 */
export function findCorrectionNotice(before: string, after: string): string | null {
  const old = new Set(paragraphs(before));
  const notice = paragraphs(after).find((p) => !old.has(p) && isNotice(p));
  if (!notice) return null;
  return notice.length > MAX_NOTICE_CHARS ? `${notice.slice(0, MAX_NOTICE_CHARS - 1)}…` : notice;
}

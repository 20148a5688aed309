/** A language tag as the UI's locale names it ("de" → "Deutsch" in German, "German" in English); the tag itself when Intl cannot. */
export function languageName(uiLocale: string, tag: string): string {
  try {
    return new Intl.DisplayNames([uiLocale], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * A catalogue entry: a plain template, or plural forms chosen by the `count`
 * parameter with Intl.PluralRules (`other` is required, as in every language).
 */
export type Message = string | PluralMessage;
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type MessageParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Replaces `{name}` placeholders with `params.name`. A placeholder without a
 * value stays as written, so a forgotten parameter is visible instead of blank.
 */
export function interpolate(template: string, params: MessageParams | undefined, formatNumber: (n: number) => string): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(value) : value;
  });
}

/** Picks the plural form for `count`; falls back to `other`. */
export function selectPlural(message: PluralMessage, count: number, rules: Intl.PluralRules): string {
  return message[rules.select(count)] ?? message.other;
}

export type Translator<K extends string> = (key: K, params?: MessageParams) => string;

/**
 * Builds `t(key, params)` for one locale. Keys missing from `messages` come from
 * `fallback` (English), so a partial translation still renders.
 */
export function createTranslator<K extends string>(
  locale: string,
  messages: Partial<Record<K, Message>>,
  fallback: Record<K, Message>,
): Translator<K> {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const formatNumber = (n: number) => numbers.format(n);
  return (key, params) => {
    const message = messages[key] ?? fallback[key];
    if (message === undefined) return key;
    const template = typeof message === "string" ? message : selectPlural(message, Number(params?.count ?? 0), rules);
    return interpolate(template, params, formatNumber);
  };
}

import { describe, expect, it } from "vitest";
import { accountLocale, initialLocaleChoice, LOCALE_STORAGE_KEY, readLocaleChoice, rememberLocaleChoice, storeLocaleChoice } from "./localeChoice.ts";
import { DEFAULT_LOCALE, LOCALES } from "./locales.ts";

/** An in-memory Storage with the two methods the choice uses. */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

const refusing = {
  getItem: (): string | null => {
    throw new Error("SecurityError");
  },
  setItem: () => {
    throw new Error("QuotaExceededError");
  },
};

const shipped = Object.keys(LOCALES) as (keyof typeof LOCALES)[];

describe("the language before sign-in", () => {
  it("is the stored choice when the app ships it", () => {
    for (const locale of shipped) expect(initialLocaleChoice(memoryStorage({ [LOCALE_STORAGE_KEY]: locale }), ["xx"])).toBe(locale);
  });

  it("ignores a stored value the app does not ship, and falls back to the browser's languages, then English", () => {
    expect(readLocaleChoice(memoryStorage({ [LOCALE_STORAGE_KEY]: "klingon" }))).toBeNull();
    expect(initialLocaleChoice(memoryStorage({ [LOCALE_STORAGE_KEY]: "klingon" }), [`${shipped.at(-1)}-XX`])).toBe(shipped.at(-1));
    expect(initialLocaleChoice(memoryStorage(), ["xx-YY", "zz"])).toBe(DEFAULT_LOCALE);
    expect(initialLocaleChoice(null, [])).toBe(DEFAULT_LOCALE);
  });

  it("survives a storage that refuses access", () => {
    expect(readLocaleChoice(refusing)).toBeNull();
    expect(() => storeLocaleChoice(refusing, DEFAULT_LOCALE)).not.toThrow();
    expect(initialLocaleChoice(refusing, [])).toBe(DEFAULT_LOCALE);
  });

  it("is stored under one key and read back", () => {
    const storage = memoryStorage();
    storeLocaleChoice(storage, DEFAULT_LOCALE);
    expect(storage.items.get(LOCALE_STORAGE_KEY)).toBe(DEFAULT_LOCALE);
    expect(readLocaleChoice(storage)).toBe(DEFAULT_LOCALE);
  });
});

describe("a signed-in user's language", () => {
  it("is taken when the app ships it, else left to the current one", () => {
    for (const locale of shipped) expect(accountLocale(locale)).toBe(locale);
    expect(accountLocale("xx")).toBeNull();
    expect(accountLocale(null)).toBeNull();
    expect(accountLocale("")).toBeNull();
  });
});

describe("choosing a language", () => {
  it("stores it, and saves it on the account when signed in", async () => {
    const storage = memoryStorage();
    const saved: string[] = [];
    await rememberLocaleChoice(DEFAULT_LOCALE, { storage, save: async (locale) => void saved.push(locale) });
    expect(storage.items.get(LOCALE_STORAGE_KEY)).toBe(DEFAULT_LOCALE);
    expect(saved).toEqual([DEFAULT_LOCALE]);
  });

  it("only stores it when signed out", async () => {
    const storage = memoryStorage();
    await rememberLocaleChoice(DEFAULT_LOCALE, { storage });
    expect(storage.items.get(LOCALE_STORAGE_KEY)).toBe(DEFAULT_LOCALE);
  });

  it("keeps the choice when the account cannot save it, and only logs", async () => {
    const storage = memoryStorage();
    const logged: unknown[] = [];
    const failure = new Error("offline");
    await expect(
      rememberLocaleChoice(DEFAULT_LOCALE, { storage, save: () => Promise.reject(failure), log: (_message, error) => void logged.push(error) }),
    ).resolves.toBeUndefined();
    expect(storage.items.get(LOCALE_STORAGE_KEY)).toBe(DEFAULT_LOCALE);
    expect(logged).toEqual([failure]);
  });
});

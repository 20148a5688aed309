-- The interface and export language each account chose (shared/src/schema/locale.ts).
ALTER TABLE users ADD COLUMN locale text NOT NULL DEFAULT 'en'
  CHECK (locale IN ('en', 'de', 'es'));

-- Benchmarks carry the language of their text; those stored before are English.
UPDATE benchmarks SET data = jsonb_set(data, '{language}', '"en"') WHERE NOT (data ? 'language');

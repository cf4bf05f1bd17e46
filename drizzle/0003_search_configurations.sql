-- Text search that ignores accents: "credit" finds "crédits", "frais" finds "Frais bancaires".
-- The configurations run unaccent before stemming, and being fixed configurations they can be used
-- in generated columns and indexes.
CREATE TEXT SEARCH CONFIGURATION confiance_fr (COPY = pg_catalog.french);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION confiance_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION confiance_en (COPY = pg_catalog.english);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION confiance_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
--> statement-breakpoint
-- Unstemmed words too: French stemming treats "credit" and "crédits" differently once accents
-- are gone, so searches also match words by their beginning ("credit" finds "crédits").
CREATE TEXT SEARCH CONFIGURATION confiance_simple (COPY = pg_catalog.simple);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION confiance_simple ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

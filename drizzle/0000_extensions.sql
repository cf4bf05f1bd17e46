-- Extensions the product relies on: accent-insensitive search, trigram similarity for names,
-- case-insensitive e-mail addresses.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS citext;

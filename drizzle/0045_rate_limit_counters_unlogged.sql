-- Rate-limit counters are written on every post and sign-in, in a statement of their own: logged,
-- each of those commits waited for the disk. Unlogged, they write no WAL and their commit does
-- not wait; after a crash of PostgreSQL (or on a standby promoted) the table starts empty, so
-- the windows then in progress start again, as with counters kept in memory.
ALTER TABLE "rate_limit_counters" SET UNLOGGED;

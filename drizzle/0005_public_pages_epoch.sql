-- Moves forward after every change that public pages show (a post, an edit, a profile…).
-- App instances keep rendered anonymous pages while it stays still. A sequence takes no row
-- lock, so writers never wait on each other for it.
CREATE SEQUENCE "public_pages_epoch";

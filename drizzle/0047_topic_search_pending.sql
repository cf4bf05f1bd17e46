-- A reply no longer rewrites its topic's search document: it leaves a row here, and a job folds the
-- words of all the replies since into the documents every minute.
CREATE TABLE "community_topic_search_pending" (
	"post_id" bigint PRIMARY KEY NOT NULL,
	"topic_id" bigint NOT NULL
);


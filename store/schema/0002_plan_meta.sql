-- Version 2: the plan snapshot, so that `followupd plan` can show what the
-- running daemon decided without recomputing it, and a small key/value
-- table for state that does not deserve a table of its own (feed ETags and
-- Last-Modified values, for instance).

CREATE TABLE plan_items (
	interview_id TEXT NOT NULL,
	rule         TEXT NOT NULL,
	company      TEXT NOT NULL,
	due          TEXT NOT NULL,
	status       TEXT NOT NULL,
	reason       TEXT NOT NULL,
	PRIMARY KEY (interview_id, rule)
) STRICT;

CREATE TABLE meta (
	key   TEXT NOT NULL PRIMARY KEY,
	value TEXT NOT NULL
) STRICT;

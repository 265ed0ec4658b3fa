-- Version 3: the state of each calendar feed between fetches, keyed by the
-- calendar's name in the config: the validators of its last good copy for
-- a conditional GET (ETag, Last-Modified; RFC 9110 section 13.1), that
-- copy, the time of the last attempt and of the last success, and the
-- error of the last attempt ('' when it succeeded). A NULL time is one
-- that has not happened yet.

CREATE TABLE feeds (
	name          TEXT NOT NULL PRIMARY KEY,
	etag          TEXT NOT NULL,
	last_modified TEXT NOT NULL,
	body          BLOB NOT NULL,
	fetched_at    TEXT,
	good_at       TEXT,
	err           TEXT NOT NULL
) STRICT;

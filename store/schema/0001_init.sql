-- Version 1: what incremental sync and the draft journal need.
--
-- Times are TEXT in UTC with a fixed nine-digit fraction
-- (2006-01-02T15:04:05.000000000Z), so that they round-trip exactly and
-- sort as text in time order.

-- One row per synced mailbox: the UID cursor of RFC 3501 section 2.3.1.1.
-- A changed UIDVALIDITY invalidates every stored UID of the mailbox.
CREATE TABLE mailboxes (
	name         TEXT    NOT NULL PRIMARY KEY,
	uid_validity INTEGER NOT NULL,
	last_uid     INTEGER NOT NULL
) STRICT;

-- Messages learnt from a mailbox. data is the JSON form of mail.Message
-- (see messages.go); the other columns exist to be searched and sorted.
-- Dropping a mailbox's cursor drops its messages: they are only
-- meaningful under the UIDVALIDITY they were read with.
CREATE TABLE messages (
	mailbox    TEXT    NOT NULL REFERENCES mailboxes (name) ON DELETE CASCADE,
	uid        INTEGER NOT NULL,
	message_id TEXT    NOT NULL,
	date       TEXT    NOT NULL,
	data       TEXT    NOT NULL,
	PRIMARY KEY (mailbox, uid)
) STRICT;

CREATE INDEX messages_message_id ON messages (message_id);
CREATE INDEX messages_date ON messages (date);

-- The last snapshot of interview.Interview values, as their JSON form.
CREATE TABLE interviews (
	id    TEXT NOT NULL PRIMARY KEY,
	start TEXT NOT NULL,
	data  TEXT NOT NULL
) STRICT;

-- The draft journal: an (interview, rule) pair yields at most one draft
-- ever, so a row is never deleted. The intent, with the draft's own
-- Message-ID, is committed before the APPEND; the UID after it.
CREATE TABLE drafts (
	interview_id TEXT    NOT NULL,
	rule         TEXT    NOT NULL,
	message_id   TEXT    NOT NULL UNIQUE,
	mailbox      TEXT    NOT NULL,
	state        TEXT    NOT NULL CHECK (state IN ('intent', 'appended')),
	uid_validity INTEGER NOT NULL DEFAULT 0,
	uid          INTEGER NOT NULL DEFAULT 0,
	due          TEXT    NOT NULL,
	created_at   TEXT    NOT NULL,
	appended_at  TEXT,
	PRIMARY KEY (interview_id, rule)
) STRICT;

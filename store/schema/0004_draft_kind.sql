-- Version 4: the kind of the rule that wrote each draft (its trigger and
-- template, rules.Rule.Kind), so that a rule renamed in the config does
-- not draft again for an interview it drafted under its old name. Drafts
-- journaled before this version have '' (unknown).

ALTER TABLE drafts ADD COLUMN kind TEXT NOT NULL DEFAULT '';

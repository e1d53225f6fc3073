-- A note may ask for a reminder by e-mail at a time (plugin contract 1.2: scheduled tasks, mails sent once).
ALTER TABLE contract_note ADD COLUMN remind_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE contract_note ADD COLUMN remind_to VARCHAR(320);
ALTER TABLE contract_note ADD COLUMN remind_language VARCHAR(2);
ALTER TABLE contract_note ADD COLUMN reminded_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX contract_note_reminder ON contract_note (reminded_at, remind_at);

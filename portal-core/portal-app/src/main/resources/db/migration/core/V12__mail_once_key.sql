-- Mails sent at most once (plugin contract 1.2, Mail.sendOnce): the key says what the mail is about, e.g.
-- "events:reminder:4711"; a second mail with the same key is refused by the unique index. Other mails have none.
ALTER TABLE queued_mail ADD COLUMN once_key VARCHAR(300);
CREATE UNIQUE INDEX queued_mail_once_key ON queued_mail (once_key);

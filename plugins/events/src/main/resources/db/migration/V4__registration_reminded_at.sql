-- When the reminder the day before went out to a registrant (the mail itself is sent once through the portal's
-- outbox); organisers see it with the registrations.
ALTER TABLE events_registration ADD COLUMN reminded_at TIMESTAMP WITH TIME ZONE;

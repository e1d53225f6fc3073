-- Registrations' private tokens and check-in codes are now the plugin kit's secret tokens (256 bits, 43 characters);
-- those handed out before (22 or 32 characters) keep working. Runs on PostgreSQL and on H2 in PostgreSQL mode.
ALTER TABLE events_registration ALTER COLUMN private_token SET DATA TYPE VARCHAR(64);
ALTER TABLE events_registration ALTER COLUMN check_in_code SET DATA TYPE VARCHAR(64);

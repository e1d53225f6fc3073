-- What the event list's query (EventSearch) looks up. Runs on PostgreSQL and on H2 in PostgreSQL mode.
-- (Upcoming events are found by their end through events_event_ends, made in V3, so that the archive of past events,
-- which only grows, is not walked through for every list of upcoming ones.)
-- The audiences "regions" and "organizations": the events listing the viewer's region or organization
CREATE INDEX events_event_region_listed ON events_event_region (region, event_id);
CREATE INDEX events_event_organization_listed ON events_event_organization (organization_id, event_id);

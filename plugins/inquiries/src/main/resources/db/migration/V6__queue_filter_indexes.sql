-- The queue's topic and region filters read these instead of every inquiry (measured with 100,000 inquiries:
-- bin/portal bench inquiries); the status filter has had its own since V1.
CREATE INDEX inquiries_inquiry_topic ON inquiries_inquiry (topic, region, created_at);
CREATE INDEX inquiries_inquiry_region ON inquiries_inquiry (region, created_at);

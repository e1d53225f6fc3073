-- When an inquiry was answered or closed (cleared when it is reopened): the resolution target is met or missed then.
-- The service-level views and the queue's sla filter compare it, and first_response_at, with the due times.
ALTER TABLE inquiries_inquiry ADD COLUMN resolved_at TIMESTAMP WITH TIME ZONE;
UPDATE inquiries_inquiry SET resolved_at = COALESCE(closed_at, changed_at) WHERE status IN ('answered', 'closed');
CREATE INDEX inquiries_inquiry_first_response_due ON inquiries_inquiry (first_response_due);
CREATE INDEX inquiries_inquiry_resolution_due ON inquiries_inquiry (resolution_due);

-- Indexes for the national scale (100,000 cases, 5,000,000 contacts).

-- The service dashboard counts a region's facilitated contacts in a period from this index alone:
-- one range per case, without reading the contact rows.
create index contact_event_facilitated_idx on contact_event (case_id, facilitated, outcome, occurred_at);

-- Caseloads and their keyset pages: a prison's open cases in review order.
create index family_case_caseload_idx on family_case (prison_id, status, next_review_due, id);

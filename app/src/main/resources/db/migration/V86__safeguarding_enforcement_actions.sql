-- Enforcement also covers planning a contact and enrolling a family member on a course: what was being done,
-- and the planned contact or enrolment kept after an override.
alter table sg_enforcement add column action varchar(20) default 'LOGGED' not null;
alter table sg_enforcement add column record_id bigint;
update sg_enforcement set record_id = contact_event_id where contact_event_id is not null;

-- The sequence number of the latest change (not read) in the audit chain: every change is audited, so a figure
-- computed while it had one value is still current while it keeps it (the service dashboard's cache uses this).
alter table audit_chain_head add column last_change_seq bigint default 0 not null;
update audit_chain_head set last_change_seq = last_seq;

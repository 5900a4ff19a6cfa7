create table audit_event (
    seq bigint primary key,
    occurred_at timestamp with time zone not null,
    actor_user_id bigint,
    actor_username varchar(64) not null,
    action varchar(32) not null,
    record_type varchar(64) not null,
    record_id varchar(64),
    person_id bigint,
    remote_address varchar(64),
    reason varchar(1000),
    details varchar(20000),
    previous_hash varchar(64) not null,
    hash varchar(64) not null
);
create index audit_event_record_idx on audit_event (record_type, record_id);
create index audit_event_person_idx on audit_event (person_id);
create index audit_event_actor_idx on audit_event (actor_user_id);

create table audit_chain_head (
    id integer primary key,
    last_seq bigint not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

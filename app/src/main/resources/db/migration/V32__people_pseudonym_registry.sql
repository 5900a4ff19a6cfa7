create table person_pseudonym (
    pseudonym varchar(32) primary key,
    person_id bigint not null,
    study_id bigint not null,
    created_at timestamp with time zone not null,
    constraint person_pseudonym_person_fk foreign key (person_id) references person (id)
);
create index person_pseudonym_study_idx on person_pseudonym (study_id);

create table person_contact (
    person_id bigint primary key,
    address varchar(300),
    phone varchar(40),
    constraint person_contact_person_fk foreign key (person_id) references person (id)
);

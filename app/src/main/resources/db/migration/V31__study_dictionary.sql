create table study_dictionary (
    study_id bigint primary key,
    csv varchar(1000000) not null,
    field_count integer not null,
    version integer not null,
    uploaded_at timestamp with time zone not null,
    uploaded_by varchar(100) not null,
    constraint study_dictionary_study_fk foreign key (study_id) references study (id)
);

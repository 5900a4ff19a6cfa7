create table study_instrument_scale (
    study_id bigint not null,
    instrument varchar(100) not null,
    scale_id varchar(40) not null,
    constraint study_instrument_scale_pk primary key (study_id, instrument, scale_id),
    constraint study_instrument_scale_study_fk foreign key (study_id) references study (id)
);

create table study_score (
    record_id bigint not null,
    scale_id varchar(40) not null,
    subscale_id varchar(40) not null,
    raw_score double precision,
    score double precision,
    band varchar(100),
    answered integer not null,
    expected integer not null,
    reason varchar(300),
    constraint study_score_pk primary key (record_id, scale_id, subscale_id),
    constraint study_score_record_fk foreign key (record_id) references study_record (id)
);

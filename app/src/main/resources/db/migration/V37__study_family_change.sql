create table study_family_status (
    family_id bigint not null,
    wave_id bigint not null,
    study_id bigint not null,
    household varchar(300) not null,
    other_adults integer not null,
    other_children integer not null,
    parents_relationship varchar(16) not null,
    father_custody varchar(16) not null,
    recorded_at timestamp with time zone not null,
    recorded_by varchar(100) not null,
    constraint study_family_status_pk primary key (family_id, wave_id),
    constraint study_family_status_family_fk foreign key (family_id) references study_family (id),
    constraint study_family_status_wave_fk foreign key (wave_id) references study_wave (id)
);
create index study_family_status_study_idx on study_family_status (study_id);

create table study_father_contact (
    family_id bigint not null,
    wave_id bigint not null,
    child_participant_id bigint not null,
    contact varchar(16) not null,
    constraint study_father_contact_pk primary key (family_id, wave_id, child_participant_id),
    constraint study_father_contact_child_fk foreign key (child_participant_id) references study_participant (id),
    constraint study_father_contact_wave_fk foreign key (wave_id) references study_wave (id)
);

-- The comparison of BIS's proposed outcome with every agency position.
create table reconciliation_result (
    id               uuid primary key,
    application_id   uuid        not null,
    review_id        uuid        not null,
    proposed_outcome varchar(40) not null,
    verdict          varchar(10) not null,
    reconciled_at    timestamptz not null,
    constraint reconciliation_result_verdict check (verdict in ('AGREE', 'DISPUTE'))
);

create index reconciliation_result_by_application on reconciliation_result (application_id, reconciled_at);

create table reconciliation_position_verdict (
    result_id     uuid        not null references reconciliation_result (id),
    position_id   uuid        not null,
    agency        varchar(30) not null,
    position_type varchar(30) not null,
    verdict       varchar(10) not null,
    primary key (result_id, position_id)
);

-- Support documents of an application (PDF). Each upload is a version of a document; a replacement is
-- a new version and the old one stays. The bytes live in a content-addressed directory beside the
-- database (named by their SHA-256), streamed in and out, never held whole in memory.
create table document_version (
    id                 uuid primary key,
    document_id        uuid         not null,
    application_id     uuid         not null,
    version            integer      not null,
    type               varchar(40)  not null,
    file_name          varchar(255) not null,
    size_bytes         bigint       not null,
    sha256             varchar(64)  not null,
    uploaded_by        varchar(200) not null,
    uploaded_by_agency varchar(200),
    uploaded_at        timestamptz  not null,
    constraint document_version_type check (type in ('TECHNICAL_SPECIFICATION', 'END_USER_STATEMENT',
        'LETTER_OF_EXPLANATION', 'IMPORT_CERTIFICATE', 'OTHER')),
    constraint document_version_sha256 check (sha256 ~ '^[0-9a-f]{64}$'),
    constraint document_version_once unique (document_id, version)
);

create index document_version_by_case on document_version (application_id, uploaded_at);

create function document_version_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'document versions are append-only (% refused)', tg_op;
end;
$$;

create trigger document_version_append_only before update or delete on document_version
    for each row execute function document_version_is_append_only();

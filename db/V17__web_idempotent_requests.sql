-- Responses remembered for requests sent with an Idempotency-Key header: a retry of the same request by the
-- same person returns the first answer and changes nothing. Only successful answers are remembered; a
-- refused request changed nothing, so its retry is judged afresh. Rows are kept for a day.
create table web_idempotent_request (
    owner                 text        not null,
    idempotency_key       text        not null,
    fingerprint           text        not null,
    -- empty while the first request is being answered, inside its own transaction
    response_status       integer,
    response_content_type text,
    response_location     text,
    response_body         bytea,
    created_at            timestamptz not null default now(),
    primary key (owner, idempotency_key)
);

create index web_idempotent_request_created_at on web_idempotent_request (created_at);

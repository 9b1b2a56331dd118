-- The lists of items by Harmonized Tariff Schedule code in the supplements to 15 CFR part 746 (for example
-- supplement no. 4, items requiring a license to Russia and Belarus; no. 7, to Iran). Their text was not found in
-- any stored copy of the regulation, so none is shipped: an ADMIN imports them as a reference dataset, a new
-- version like every other, and until then the determination reports them as not loaded.
create table classification_hts_entry (
    version       integer      not null references classification_reference_version (version),
    supplement    varchar(4)   not null,
    hts_code      varchar(6)   not null,
    description   text         not null,
    destinations  text[]       not null,
    section       varchar(100) not null,
    review_policy text,
    source        text         not null,
    primary key (version, supplement, hts_code)
);

create trigger classification_hts_entry_append_only before update or delete
    on classification_hts_entry for each row execute function classification_reference_is_append_only();

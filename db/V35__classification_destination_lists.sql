-- The destinations (and Country Groups) that sections of the EAR list and the license determination reads: the UN
-- arms embargoes of 746.1(b)(2), Russia and Belarus of 746.8(a)(1), the destinations of 744.21(a) and 744.22(a), the
-- terrorist-supporting countries of 750.4(b)(6)(i), the exceptions of 742.14(a) and 742.15(a)(1). One row a
-- destination a list a version, citing the section that prints it. Migration 35.1 loads the shipped file.
create table classification_destination_list_entry (
    version     integer      not null references classification_reference_version (version),
    list        varchar(60)  not null,
    destination varchar(8)   not null,
    listed_as   text         not null,
    citation    varchar(100) not null,
    text_as_of  varchar(100) not null,
    primary key (version, list, destination)
);

create trigger classification_destination_list_entry_append_only before update or delete
    on classification_destination_list_entry for each row execute function classification_reference_is_append_only();

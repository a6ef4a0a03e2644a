-- Bytes and files each company keeps in storage (changed in the same transaction as the file registry).
CREATE TABLE company_usage (
    company_id uuid                     NOT NULL,
    bytes_used bigint                   NOT NULL,
    file_count integer                  NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_company_usage PRIMARY KEY (company_id)
);

CREATE TABLE notes (
    id         uuid        NOT NULL,
    text       varchar(200) NOT NULL,
    copies     integer     NOT NULL,
    created_at timestamptz NOT NULL,
    CONSTRAINT pk_notes PRIMARY KEY (id)
);
CREATE INDEX ix_notes_created_at ON notes (created_at);

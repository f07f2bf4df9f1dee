-- LON SDK persistence schema, version 1.
--
-- One script for embedded H2 2.3 (default mode or MODE=PostgreSQL) and PostgreSQL 15+: only
-- standard types (BIGINT, INTEGER, VARCHAR(n), BOOLEAN, DATE, TIMESTAMP WITH TIME ZONE), unquoted
-- lower-case names (H2 folds them to upper case, PostgreSQL to lower case; the adapters never
-- quote them), no identity columns, no vendor functions.
-- Applied by Flyway from classpath:db/migration/lon with history table lon_schema_history.

-- ===== event store =====================================================================

-- One row per stream (case): its network, fixed by the first append, and its version
-- (the sequence of its last event). Updated in the append transaction with a compare-and-set
-- UPDATE ... WHERE stream_version = <expected>.
CREATE TABLE lon_streams (
  stream_id      VARCHAR(128) NOT NULL,
  network_id     VARCHAR(128) NOT NULL,
  stream_version BIGINT       NOT NULL,
  CONSTRAINT lon_streams_pk PRIMARY KEY (stream_id),
  CONSTRAINT lon_streams_version_ck CHECK (stream_version >= 1)
);
CREATE INDEX lon_streams_network_ix ON lon_streams (network_id, stream_id);

-- The events, one JSON text each (nl.lon.persistence.codec.EventCodec, schema 1).
-- The unique constraint on (stream_id, seq_no) is what enforces optimistic concurrency:
-- two appends expecting the same version insert the same sequence, and only one commits.
CREATE TABLE lon_events (
  global_position BIGINT          NOT NULL,
  stream_id       VARCHAR(128)    NOT NULL,
  seq_no          BIGINT          NOT NULL,
  network_id      VARCHAR(128)    NOT NULL,
  event_type      VARCHAR(64)     NOT NULL,
  payload         VARCHAR(1000000) NOT NULL,
  CONSTRAINT lon_events_pk PRIMARY KEY (global_position),
  CONSTRAINT lon_events_stream_seq_uk UNIQUE (stream_id, seq_no),
  CONSTRAINT lon_events_seq_ck CHECK (seq_no >= 1),
  CONSTRAINT lon_events_position_ck CHECK (global_position >= 1)
);
CREATE INDEX lon_events_network_position_ix ON lon_events (network_id, global_position);

-- The single counter row that hands out global positions. An append locks it
-- (SELECT ... FOR UPDATE) and holds the lock until it commits, so positions are gap-free and
-- become visible in ascending order: a reader that has seen position p never later finds a
-- newly committed event at or below p.
CREATE TABLE lon_position_counter (
  counter_id    INTEGER NOT NULL,
  last_position BIGINT  NOT NULL,
  CONSTRAINT lon_position_counter_pk PRIMARY KEY (counter_id),
  CONSTRAINT lon_position_counter_one_ck CHECK (counter_id = 1)
);
INSERT INTO lon_position_counter (counter_id, last_position) VALUES (1, 0);

-- Idempotency keys, scoped per stream, written in the append transaction; the result of the
-- append is rebuilt from the events (positions) of seq_no first_seq_no..last_seq_no.
-- batch_fingerprint (nl.lon.persistence.store.StreamAppend#fingerprint) tells a retry of the
-- same batch (answered with the earlier result) from another batch under the same key (refused).
CREATE TABLE lon_idempotency_keys (
  stream_id         VARCHAR(128) NOT NULL,
  idempotency_key   VARCHAR(200) NOT NULL,
  first_seq_no      BIGINT       NOT NULL,
  last_seq_no       BIGINT       NOT NULL,
  batch_fingerprint VARCHAR(64)  NOT NULL,
  CONSTRAINT lon_idempotency_keys_pk PRIMARY KEY (stream_id, idempotency_key)
);

-- ===== audit log (NEN 7513) ==============================================================

-- One row per record, one column per fact of the canonical text of
-- nl.lon.persistence.audit.AuditChain (format lon-audit-v1), plus both hashes.
-- chain_position is the record's place in storage, the order in which verify() walks the chain
-- and reads return records; seq_no is the sequence sealed into the record's hash. The log
-- writes both with the same value. They are kept apart so that records moved in storage are
-- reported as reordered, exactly as AuditChain.verify reports them on the records as read.
CREATE TABLE lon_audit_records (
  chain_position         BIGINT                   NOT NULL,
  seq_no                 BIGINT                   NOT NULL,
  event_id               VARCHAR(36)              NOT NULL,
  occurred_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_id               VARCHAR(128)             NOT NULL,
  actor_organisation_id  VARCHAR(128),
  on_behalf_of           VARCHAR(200)             NOT NULL,
  client_number          VARCHAR(128),
  case_id                VARCHAR(128),
  network_id             VARCHAR(128)             NOT NULL,
  audit_action           VARCHAR(16)              NOT NULL,
  operation              VARCHAR(64)              NOT NULL,
  data_categories        VARCHAR(500)             NOT NULL,
  purpose                VARCHAR(500)             NOT NULL,
  emergency_reason       VARCHAR(2000),
  authorised             BOOLEAN                  NOT NULL,
  relationship_to_case   BOOLEAN                  NOT NULL,
  consent_or_legal_basis BOOLEAN                  NOT NULL,
  emergency_override     BOOLEAN                  NOT NULL,
  legal_basis            VARCHAR(500),
  outcome                VARCHAR(16)              NOT NULL,
  rule_ids               VARCHAR(8000),
  details                VARCHAR(8000),
  previous_hash          VARCHAR(64)              NOT NULL,
  record_hash            VARCHAR(64)              NOT NULL,
  CONSTRAINT lon_audit_records_pk PRIMARY KEY (chain_position)
);
CREATE INDEX lon_audit_records_seq_ix ON lon_audit_records (seq_no);
CREATE INDEX lon_audit_records_case_ix ON lon_audit_records (case_id, chain_position);
CREATE INDEX lon_audit_records_client_ix
  ON lon_audit_records (network_id, client_number, chain_position);

-- The head of the hash chain: the last sequence and hash. An append locks this single row
-- (SELECT ... FOR UPDATE), links the next record with AuditChain, inserts it, moves the head
-- and commits, so writers in any number of connections or processes never fork the chain.
CREATE TABLE lon_audit_head (
  head_id     INTEGER     NOT NULL,
  last_seq_no BIGINT      NOT NULL,
  last_hash   VARCHAR(64) NOT NULL,
  CONSTRAINT lon_audit_head_pk PRIMARY KEY (head_id),
  CONSTRAINT lon_audit_head_one_ck CHECK (head_id = 1)
);
INSERT INTO lon_audit_head (head_id, last_seq_no, last_hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- ===== personal-data vault ===============================================================

CREATE TABLE lon_personal_data (
  network_id    VARCHAR(128) NOT NULL,
  client_number VARCHAR(128) NOT NULL,
  full_name     VARCHAR(200) NOT NULL,
  address       VARCHAR(200) NOT NULL,
  residence     VARCHAR(100) NOT NULL,
  phone         VARCHAR(40),
  date_of_birth DATE,
  CONSTRAINT lon_personal_data_pk PRIMARY KEY (network_id, client_number)
);

-- ===== directory ===========================================================================

-- Each value as one JSON text, mapped by hand (nl.lon.persistence.jdbc.internal.DirectoryJson).
CREATE TABLE lon_directory_networks (
  network_id VARCHAR(128)     NOT NULL,
  document   VARCHAR(1000000) NOT NULL,
  CONSTRAINT lon_directory_networks_pk PRIMARY KEY (network_id)
);

CREATE TABLE lon_directory_organisations (
  organisation_id VARCHAR(128)     NOT NULL,
  document        VARCHAR(1000000) NOT NULL,
  CONSTRAINT lon_directory_organisations_pk PRIMARY KEY (organisation_id)
);

CREATE TABLE lon_directory_professionals (
  professional_id VARCHAR(128)     NOT NULL,
  network_id      VARCHAR(128)     NOT NULL,
  document        VARCHAR(1000000) NOT NULL,
  CONSTRAINT lon_directory_professionals_pk PRIMARY KEY (professional_id)
);
CREATE INDEX lon_directory_professionals_network_ix
  ON lon_directory_professionals (network_id, professional_id);

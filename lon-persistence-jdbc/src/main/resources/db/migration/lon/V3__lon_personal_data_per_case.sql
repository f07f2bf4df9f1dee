-- LON SDK persistence schema, version 3: the personal-data vault keyed per case.
--
-- Same dialect rules as V1: standard types only, unquoted lower-case names, no vendor functions;
-- runs unchanged on embedded H2 2.3 (default mode or MODE=PostgreSQL) and PostgreSQL 15+.
--
-- Until version 2 the vault held one row per network and client number, so a second case opened
-- under a known client number showed, and on opening with personal data replaced, what had been
-- given with the first. From version 3 the data given with a case are stored under that case
-- (rules V1-V3 of nl.lon.persistence.vault.PersonalDataVault); an erasure still removes the
-- client's rows of every case in the network, which the primary key's order serves.

CREATE TABLE lon_personal_data_v3 (
  network_id    VARCHAR(128) NOT NULL,
  client_number VARCHAR(128) NOT NULL,
  case_id       VARCHAR(128) NOT NULL,
  full_name     VARCHAR(200) NOT NULL,
  address       VARCHAR(200) NOT NULL,
  residence     VARCHAR(100) NOT NULL,
  phone         VARCHAR(40),
  date_of_birth DATE,
  CONSTRAINT lon_personal_data_case_pk PRIMARY KEY (network_id, client_number, case_id)
);

-- Each earlier row goes to the cases it was given with: every case the network opened for that
-- client, known from the case's allowed opening record in the audit trail (operation
-- report-signal, written in the same transaction as the opening's events and its vault row) whose
-- stream exists in that network. A refused or conflicting opening under the client number gets
-- nothing, so no case receives data it was not opened with.
INSERT INTO lon_personal_data_v3 (network_id, client_number, case_id, full_name, address,
    residence, phone, date_of_birth)
  SELECT p.network_id, p.client_number, o.case_id, p.full_name, p.address, p.residence, p.phone,
      p.date_of_birth
  FROM lon_personal_data p
  JOIN (SELECT DISTINCT a.network_id, a.client_number, a.case_id
        FROM lon_audit_records a
        JOIN lon_streams s ON s.stream_id = a.case_id AND s.network_id = a.network_id
        WHERE a.operation = 'report-signal' AND a.outcome = 'ALLOWED'
          AND a.case_id IS NOT NULL AND a.client_number IS NOT NULL) o
    ON o.network_id = p.network_id AND o.client_number = p.client_number;

-- A row that no opening ties to a case (data put through the vault port by an embedder's own
-- code) is kept, not lost, under the case id '' (which no case id can be): no case reads it, and
-- the client's erasure removes it with the rest.
INSERT INTO lon_personal_data_v3 (network_id, client_number, case_id, full_name, address,
    residence, phone, date_of_birth)
  SELECT p.network_id, p.client_number, '', p.full_name, p.address, p.residence, p.phone,
      p.date_of_birth
  FROM lon_personal_data p
  WHERE NOT EXISTS (SELECT 1 FROM lon_personal_data_v3 c
                    WHERE c.network_id = p.network_id AND c.client_number = p.client_number);

DROP TABLE lon_personal_data;
ALTER TABLE lon_personal_data_v3 RENAME TO lon_personal_data;

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
-- Run it with the writers of version-2 instances stopped: a row they wrote between the copy and
-- the DROP below would be lost.

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

-- Each earlier row goes to the one case that wrote it: under version 2 the row held what the
-- latest opening with personal data had put (an erasure deleted it), so it belongs to the case of
-- the network's latest allowed report-signal record for that client whose data categories name
-- PERSONAL_DATA and that is no replay (a replay applies no vault change), and whose stream exists
-- in the network. In JDBC the network's chain head is locked from the audit record until the
-- commit that also writes the vault row, so chain order is the order in which the row was
-- written. A case opened without personal data, an earlier case whose data a later opening
-- replaced, and a refused or conflicting opening get nothing.
INSERT INTO lon_personal_data_v3 (network_id, client_number, case_id, full_name, address,
    residence, phone, date_of_birth)
  SELECT p.network_id, p.client_number, a.case_id, p.full_name, p.address, p.residence, p.phone,
      p.date_of_birth
  FROM lon_personal_data p
  JOIN lon_audit_records a ON a.network_id = p.network_id AND a.client_number = p.client_number
  JOIN lon_streams s ON s.stream_id = a.case_id AND s.network_id = a.network_id
  WHERE a.chain_position = (
    SELECT MAX(b.chain_position) FROM lon_audit_records b
    WHERE b.network_id = p.network_id AND b.client_number = p.client_number
      AND b.operation = 'report-signal' AND b.outcome = 'ALLOWED' AND b.case_id IS NOT NULL
      AND POSITION(',PERSONAL_DATA,' IN ',' || b.data_categories || ',') > 0
      AND POSITION(';replay=true;' IN ';' || b.details || ';') = 0);

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

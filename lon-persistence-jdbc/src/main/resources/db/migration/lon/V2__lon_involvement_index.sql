-- LON SDK persistence schema, version 2: the involvement index (verwijsindex).
--
-- Same dialect rules as V1: standard types only, unquoted lower-case names, no vendor functions;
-- runs unchanged on embedded H2 2.3 (default mode or MODE=PostgreSQL) and PostgreSQL 15+.

-- One row per client pseudonym, network and organisation (rule I1 of
-- nl.lon.persistence.index.InvolvementIndex). The six columns are all the index stores (rule I5):
-- the pseudonym is an HMAC-SHA-256 of the BSN or client number under a key kept outside the
-- database; there is no column for a reason or any case content.
CREATE TABLE lon_involvements (
  pseudonym       VARCHAR(64)  NOT NULL,
  network_id      VARCHAR(128) NOT NULL,
  organisation_id VARCHAR(128) NOT NULL,
  contact_id      VARCHAR(128) NOT NULL,
  since_date      DATE         NOT NULL,
  last_active     DATE         NOT NULL,
  CONSTRAINT lon_involvements_pk PRIMARY KEY (pseudonym, network_id, organisation_id),
  CONSTRAINT lon_involvements_dates_ck CHECK (last_active >= since_date)
);
-- Expiry (rule I3) deletes a network's registrations last active before a day.
CREATE INDEX lon_involvements_expiry_ix ON lon_involvements (network_id, last_active);

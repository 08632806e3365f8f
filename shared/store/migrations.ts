/**
 * Versioned schema migrations of the workspace store, applied in order inside one transaction
 * each. A migration is never edited once released: change the schema by appending one.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'workspace, import batches, bills of lading, lines, parties, containers',
    sql: `
      CREATE TABLE workspace_setting (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE import_batch (
        id             INTEGER PRIMARY KEY,
        source_file    TEXT NOT NULL,
        content_sha256 TEXT NOT NULL UNIQUE,
        imported_at    TEXT NOT NULL,
        encoding       TEXT NOT NULL,
        delimiter      TEXT NOT NULL,
        column_mapping TEXT NOT NULL,
        rows_read      INTEGER NOT NULL,
        rows_stored    INTEGER NOT NULL,
        rows_rejected  INTEGER NOT NULL,
        CHECK (rows_read = rows_stored + rows_rejected)
      ) STRICT;

      CREATE TABLE import_issue (
        id          INTEGER PRIMARY KEY,
        batch_id    INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
        severity    TEXT NOT NULL CHECK (severity IN ('rejection', 'warning')),
        source_row  INTEGER NOT NULL,
        column_name TEXT,
        value       TEXT,
        reason      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX import_issue_batch ON import_issue(batch_id, severity);

      CREATE TABLE bill_of_lading (
        id                          INTEGER PRIMARY KEY,
        bill_of_lading_number       TEXT NOT NULL UNIQUE,
        master_bill_of_lading_number TEXT,
        arrival_date                TEXT,
        vessel_name                 TEXT,
        vessel_imo                  TEXT,
        voyage_number               TEXT,
        place_of_receipt            TEXT,
        port_of_loading             TEXT,
        port_of_discharge           TEXT,
        country_of_origin           TEXT,
        batch_id                    INTEGER NOT NULL REFERENCES import_batch(id),
        source_row                  INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX bill_of_lading_arrival ON bill_of_lading(arrival_date);
      CREATE INDEX bill_of_lading_master ON bill_of_lading(master_bill_of_lading_number);
      CREATE INDEX bill_of_lading_vessel ON bill_of_lading(vessel_imo, voyage_number);

      CREATE TABLE manifest_line (
        id                 INTEGER PRIMARY KEY,
        bill_of_lading_id  INTEGER NOT NULL REFERENCES bill_of_lading(id),
        line_number        INTEGER,
        container_number   TEXT,
        hs_code            TEXT,
        goods_description  TEXT,
        packages           INTEGER,
        gross_weight_kg    REAL,
        declared_value_usd REAL,
        batch_id           INTEGER NOT NULL REFERENCES import_batch(id),
        source_row         INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX manifest_line_bill ON manifest_line(bill_of_lading_id);
      CREATE INDEX manifest_line_container ON manifest_line(container_number);
      CREATE INDEX manifest_line_hs ON manifest_line(hs_code);

      CREATE TABLE party_occurrence (
        id                INTEGER PRIMARY KEY,
        bill_of_lading_id INTEGER NOT NULL REFERENCES bill_of_lading(id),
        role              TEXT NOT NULL CHECK (role IN ('shipper', 'consignee', 'notify_party')),
        raw_name          TEXT NOT NULL,
        raw_address       TEXT,
        raw_phone         TEXT,
        batch_id          INTEGER NOT NULL REFERENCES import_batch(id),
        source_row        INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX party_occurrence_bill ON party_occurrence(bill_of_lading_id, role);
      CREATE INDEX party_occurrence_name ON party_occurrence(raw_name);
    `,
  },
  {
    version: 2,
    name: 'import formats, sheets, AMS releases, placeholder parties, containers, hazardous cargo',
    sql: `
      CREATE TABLE import_release (
        id          INTEGER PRIMARY KEY,
        kind        TEXT NOT NULL CHECK (kind IN ('ams')),
        imported_at TEXT NOT NULL
      ) STRICT;

      -- How each file was read: its format ('delimited-text', 'xlsx', 'json', 'json-lines', 'ams-table'),
      -- the AMS table it holds and the release it belongs to, when it is part of one.
      ALTER TABLE import_batch ADD COLUMN source_format TEXT NOT NULL DEFAULT 'delimited-text';
      ALTER TABLE import_batch ADD COLUMN source_table TEXT;
      ALTER TABLE import_batch ADD COLUMN release_id INTEGER REFERENCES import_release(id);

      -- The worksheet of a workbook a row came from (null for single-table files).
      ALTER TABLE import_issue ADD COLUMN sheet_name TEXT;
      ALTER TABLE bill_of_lading ADD COLUMN source_sheet TEXT;
      ALTER TABLE manifest_line ADD COLUMN source_sheet TEXT;
      ALTER TABLE party_occurrence ADD COLUMN source_sheet TEXT;

      -- The identifiers a source data set gives a bill (the AMS 'identifier' of each filing; two
      -- filings of one B/L share the bill), so that table files imported later join to it.
      CREATE TABLE bill_source_record (
        source_record_id  TEXT PRIMARY KEY,
        bill_of_lading_id INTEGER NOT NULL REFERENCES bill_of_lading(id),
        batch_id          INTEGER NOT NULL REFERENCES import_batch(id),
        source_row        INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX bill_source_record_bill ON bill_source_record(bill_of_lading_id);

      -- 'TO ORDER', 'SAME AS CONSIGNEE', 'UNKNOWN'...: kept as written, flagged as not a trader.
      ALTER TABLE party_occurrence ADD COLUMN is_placeholder INTEGER NOT NULL DEFAULT 0 CHECK (is_placeholder IN (0, 1));
      -- Parties imported before the flag: the common placeholders (imports flag them all, see
      -- shared/ingest/parties/placeholderParty.ts).
      UPDATE party_occurrence SET is_placeholder = 1
        WHERE upper(trim(raw_name)) IN ('TO ORDER', 'ORDER', 'UNKNOWN', 'NA', 'N/A', 'NONE', 'NIL', 'SAME AS CONSIGNEE', 'SAME AS SHIPPER', 'SAME AS ABOVE')
           OR upper(trim(raw_name)) LIKE 'TO ORDER %' OR upper(trim(raw_name)) LIKE 'TO THE ORDER%' OR upper(trim(raw_name)) LIKE 'SAME AS %';

      CREATE TABLE shipping_container (
        id                INTEGER PRIMARY KEY,
        bill_of_lading_id INTEGER NOT NULL REFERENCES bill_of_lading(id),
        container_number  TEXT,
        seal_numbers      TEXT,
        equipment_code    TEXT,
        length            TEXT,
        height            TEXT,
        width             TEXT,
        container_type    TEXT,
        load_status       TEXT,
        service_type      TEXT,
        marks_and_numbers TEXT,
        batch_id          INTEGER NOT NULL REFERENCES import_batch(id),
        source_row        INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX shipping_container_bill ON shipping_container(bill_of_lading_id);
      CREATE INDEX shipping_container_number ON shipping_container(container_number);

      CREATE TABLE hazardous_cargo (
        id                     INTEGER PRIMARY KEY,
        bill_of_lading_id      INTEGER NOT NULL REFERENCES bill_of_lading(id),
        container_number       TEXT,
        sequence_number        TEXT,
        hazard_code            TEXT,
        hazard_code_qualifier  TEXT,
        hazard_class           TEXT,
        hazard_classifications TEXT,
        description            TEXT,
        emergency_contact      TEXT,
        page_number            TEXT,
        flash_point            TEXT,
        batch_id               INTEGER NOT NULL REFERENCES import_batch(id),
        source_row             INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX hazardous_cargo_bill ON hazardous_cargo(bill_of_lading_id);
    `,
  },
  {
    version: 3,
    name: 'source documents kept byte for byte (intelligence reports, watchlists, examination outcomes)',
    sql: `
      CREATE TABLE source_document (
        id             INTEGER PRIMARY KEY,
        kind           TEXT NOT NULL CHECK (kind IN ('intelligence-report', 'watchlist', 'examination-outcomes')),
        file_name      TEXT NOT NULL,
        content        BLOB NOT NULL,
        byte_length    INTEGER NOT NULL CHECK (byte_length = length(content)),
        content_sha256 TEXT NOT NULL,
        added_at       TEXT NOT NULL,
        UNIQUE (kind, content_sha256)
      ) STRICT;
      CREATE INDEX source_document_kind ON source_document(kind, file_name);
    `,
  },
  {
    version: 4,
    name: 'identifiers as written beside their normalised form; first party names and sort indexes for the shipments table',
    sql: `
      -- Import normalises ports (UN/LOCODE), countries (ISO 3166 alpha-2), HS codes, container and
      -- IMO numbers (shared/ingest/normalisation). Where the stored value differs from the text in
      -- the file, the text as written is kept here; null means the file had the stored value.
      ALTER TABLE bill_of_lading ADD COLUMN vessel_imo_as_written TEXT;
      ALTER TABLE bill_of_lading ADD COLUMN place_of_receipt_as_written TEXT;
      ALTER TABLE bill_of_lading ADD COLUMN port_of_loading_as_written TEXT;
      ALTER TABLE bill_of_lading ADD COLUMN port_of_discharge_as_written TEXT;
      ALTER TABLE bill_of_lading ADD COLUMN country_of_origin_as_written TEXT;
      ALTER TABLE manifest_line ADD COLUMN container_number_as_written TEXT;
      ALTER TABLE manifest_line ADD COLUMN hs_code_as_written TEXT;

      -- The first shipper, consignee and notify party recorded for the bill (party_occurrence keeps
      -- every one): what the shipments table shows, sorts and filters on, without a lookup per row.
      ALTER TABLE bill_of_lading ADD COLUMN shipper_name TEXT;
      ALTER TABLE bill_of_lading ADD COLUMN consignee_name TEXT;
      ALTER TABLE bill_of_lading ADD COLUMN notify_party_name TEXT;
      UPDATE bill_of_lading SET
        shipper_name = (SELECT raw_name FROM party_occurrence AS p WHERE p.bill_of_lading_id = bill_of_lading.id AND p.role = 'shipper' ORDER BY p.id LIMIT 1),
        consignee_name = (SELECT raw_name FROM party_occurrence AS p WHERE p.bill_of_lading_id = bill_of_lading.id AND p.role = 'consignee' ORDER BY p.id LIMIT 1),
        notify_party_name = (SELECT raw_name FROM party_occurrence AS p WHERE p.bill_of_lading_id = bill_of_lading.id AND p.role = 'notify_party' ORDER BY p.id LIMIT 1);
    `,
  },
  {
    version: 5,
    name: 'trader entity resolution: the analyst decision log, the stored resolution, watchlist entries and screening hits',
    sql: `
      -- The analyst's decisions about traders, append-only: every entry (undo included) is audited
      -- with its analyst, time and note, and is never changed or removed.
      CREATE TABLE entity_decision (
        seq         INTEGER PRIMARY KEY,
        decision_id TEXT NOT NULL UNIQUE,
        kind        TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'not the same', 'undo')),
        payload     TEXT NOT NULL CHECK (json_valid(payload)),
        analyst     TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        note        TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE TRIGGER entity_decision_no_update BEFORE UPDATE ON entity_decision
        BEGIN SELECT RAISE(ABORT, 'the entity decision log is append-only'); END;
      CREATE TRIGGER entity_decision_no_delete BEFORE DELETE ON entity_decision
        BEGIN SELECT RAISE(ABORT, 'the entity decision log is append-only'); END;

      -- The latest resolution run (one row): its counts, and what the workspace held when it ran
      -- (the last import batch, party occurrence, decision and watchlist) to tell when it is stale.
      CREATE TABLE entity_resolution (
        id                     INTEGER PRIMARY KEY CHECK (id = 1),
        resolved_at            TEXT NOT NULL,
        duration_ms            INTEGER NOT NULL,
        occurrences            INTEGER NOT NULL,
        placeholders           INTEGER NOT NULL,
        entities               INTEGER NOT NULL,
        entities_with_variants INTEGER NOT NULL,
        review_items           INTEGER NOT NULL,
        decisions_in_force     INTEGER NOT NULL,
        watchlist_hits         INTEGER NOT NULL,
        inputs_seen            TEXT NOT NULL
      ) STRICT;

      -- Trader entities; roles, countries as JSON arrays, role_mask (1 shipper, 2 consignee,
      -- 4 notify party) for filtering, search_text: every raw name, lower case, one a line.
      CREATE TABLE trader_entity (
        entity_id      TEXT PRIMARY KEY,
        display_name   TEXT NOT NULL,
        variants       INTEGER NOT NULL,
        occurrences    INTEGER NOT NULL,
        roles          TEXT NOT NULL,
        role_mask      INTEGER NOT NULL,
        countries      TEXT NOT NULL,
        watchlist_hits INTEGER NOT NULL DEFAULT 0,
        search_text    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX trader_entity_occurrences ON trader_entity(occurrences, entity_id);
      CREATE INDEX trader_entity_display_name ON trader_entity(display_name, entity_id);
      CREATE INDEX trader_entity_variants ON trader_entity(variants, entity_id);
      CREATE INDEX trader_entity_watchlist_hits ON trader_entity(watchlist_hits, entity_id);

      -- Each party occurrence's place in the resolution: its trader entity, or the placeholder it
      -- is ('TO ORDER', 'SAME AS CONSIGNEE', fillers), set aside with the reason.
      CREATE TABLE entity_member (
        occurrence_id           INTEGER PRIMARY KEY,
        entity_id               TEXT,
        placeholder_kind        TEXT,
        placeholder_explanation TEXT,
        CHECK ((entity_id IS NULL) <> (placeholder_kind IS NULL))
      ) STRICT;
      CREATE INDEX entity_member_entity ON entity_member(entity_id, occurrence_id);

      -- Each distinct explanation of a comparison once: its features as compact JSON
      -- (shared/store/storedExplanations.ts); links and review items refer to it.
      CREATE TABLE match_explanation (
        id       INTEGER PRIMARY KEY,
        features TEXT NOT NULL
      ) STRICT;

      -- The links holding each entity together (a spanning tree over its members), each explained:
      -- a scored comparison (its explanation) or an analyst decision.
      CREATE TABLE entity_link (
        id               INTEGER PRIMARY KEY,
        entity_id        TEXT NOT NULL,
        left_occurrence  INTEGER NOT NULL,
        right_occurrence INTEGER NOT NULL,
        basis            TEXT NOT NULL CHECK (basis IN ('matched', 'analyst')),
        decision_id      TEXT,
        explanation_id   INTEGER REFERENCES match_explanation(id),
        CHECK ((basis = 'matched') = (explanation_id IS NOT NULL AND decision_id IS NULL))
      ) STRICT;
      CREATE INDEX entity_link_entity ON entity_link(entity_id);

      -- The review queue of the latest resolution, most uncertain first (position).
      CREATE TABLE entity_review_item (
        position         INTEGER PRIMARY KEY,
        question         TEXT NOT NULL,
        left_entity_id   TEXT NOT NULL,
        right_entity_id  TEXT NOT NULL,
        left_occurrence  INTEGER NOT NULL,
        right_occurrence INTEGER NOT NULL,
        uncertainty      REAL NOT NULL,
        explanation_id   INTEGER NOT NULL REFERENCES match_explanation(id)
      ) STRICT;

      -- Each watchlist file read: its source document (kept byte for byte), format and accounting.
      CREATE TABLE watchlist_import (
        document_id INTEGER PRIMARY KEY REFERENCES source_document(id),
        file_name   TEXT NOT NULL,
        format      TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        rows_read   INTEGER NOT NULL,
        entries     INTEGER NOT NULL,
        rejected    INTEGER NOT NULL,
        rejections  TEXT NOT NULL,
        CHECK (rows_read = entries + rejected)
      ) STRICT;

      -- Listed parties, with the document they came from; entry: the parsed entry as JSON.
      CREATE TABLE watchlist_entry (
        id          INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES watchlist_import(document_id),
        entry_id    TEXT NOT NULL,
        list_name   TEXT NOT NULL,
        subject     TEXT NOT NULL,
        name        TEXT NOT NULL,
        entry       TEXT NOT NULL,
        UNIQUE (document_id, entry_id)
      ) STRICT;

      -- Screening hits of the latest resolution: a trader (entity id) or a vessel (IMO number,
      -- else name) against a watchlist entry; hit: the explained hit as JSON.
      CREATE TABLE screening_hit (
        id                 INTEGER PRIMARY KEY,
        subject_kind       TEXT NOT NULL CHECK (subject_kind IN ('trader', 'vessel')),
        subject_key        TEXT NOT NULL,
        subject_name       TEXT NOT NULL,
        watchlist_entry_id INTEGER NOT NULL REFERENCES watchlist_entry(id),
        score              REAL NOT NULL,
        hit                TEXT NOT NULL
      ) STRICT;
      CREATE INDEX screening_hit_subject ON screening_hit(subject_kind, subject_key, score);
    `,
  },
  {
    version: 6,
    name: 'named import profiles: a file layout and the field of each of its columns',
    sql: `
      -- A profile maps the columns of one file layout (see shared/ingest/importProfile.ts). The
      -- signature is the folded header list per table; a file with the same signature is mapped by
      -- the profile without asking. definition is the profile's tables as JSON.
      CREATE TABLE import_profile (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE,
        signature  TEXT NOT NULL,
        definition TEXT NOT NULL,
        saved_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX import_profile_signature ON import_profile(signature);
    `,
  },
  {
    version: 7,
    name: 'intelligence reports parsed from their source documents; full-text indexes of reports and goods descriptions',
    sql: `
      -- One per intelligence-report source document (shared/reports): the header as read (each
      -- field with the segment it came from and its style, JSON), what could not be read (flags,
      -- JSON, verbatim with the reason) and the text. body is never rewritten: mentions found in
      -- it later are stored as character offsets into it.
      CREATE TABLE intelligence_report (
        id                      INTEGER PRIMARY KEY,
        document_id             INTEGER NOT NULL UNIQUE REFERENCES source_document(id),
        format                  TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'email', 'docx', 'pdf')),
        reference               TEXT,
        report_date             TEXT CHECK (report_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        source_reliability      TEXT CHECK (source_reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
        information_credibility INTEGER CHECK (information_credibility BETWEEN 1 AND 6),
        handling_code           TEXT,
        marking                 TEXT CHECK (marking IN ('OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET', 'TOP SECRET')),
        originator              TEXT,
        title                   TEXT NOT NULL,
        header_fields           TEXT NOT NULL CHECK (json_valid(header_fields)),
        flags                   TEXT NOT NULL CHECK (json_valid(flags)),
        flag_count              INTEGER NOT NULL,
        metadata                TEXT NOT NULL CHECK (json_valid(metadata)),
        body                    TEXT NOT NULL,
        parsed_at               TEXT NOT NULL
      ) STRICT;
      CREATE INDEX intelligence_report_date ON intelligence_report(report_date, id);
      CREATE INDEX intelligence_report_grading ON intelligence_report(source_reliability, information_credibility, id);

      -- Full text of the reports (FTS4, external content: the text stays in intelligence_report),
      -- kept in step by triggers.
      CREATE VIRTUAL TABLE report_text_index USING fts4(content="intelligence_report", reference, title, body, tokenize=unicode61 "remove_diacritics=2");
      CREATE TRIGGER intelligence_report_index_insert AFTER INSERT ON intelligence_report BEGIN
        INSERT INTO report_text_index(docid, reference, title, body) VALUES (new.id, new.reference, new.title, new.body);
      END;
      CREATE TRIGGER intelligence_report_index_delete BEFORE DELETE ON intelligence_report BEGIN
        INSERT INTO report_text_index(report_text_index, docid, reference, title, body) VALUES ('delete', old.id, old.reference, old.title, old.body);
      END;
      CREATE TRIGGER intelligence_report_index_update_before BEFORE UPDATE ON intelligence_report BEGIN
        INSERT INTO report_text_index(report_text_index, docid, reference, title, body) VALUES ('delete', old.id, old.reference, old.title, old.body);
      END;
      CREATE TRIGGER intelligence_report_index_update_after AFTER UPDATE ON intelligence_report BEGIN
        INSERT INTO report_text_index(docid, reference, title, body) VALUES (new.id, new.reference, new.title, new.body);
      END;

      -- Full text of goods descriptions (FTS4 over manifest_line). Not kept by a trigger, which
      -- would slow every manifest import: the first search after an import indexes the lines added
      -- since (text_index_state says how far it got).
      CREATE VIRTUAL TABLE goods_text_index USING fts4(content="manifest_line", goods_description, tokenize=unicode61 "remove_diacritics=2");
      CREATE TABLE text_index_state (
        name            TEXT PRIMARY KEY,
        indexed_through INTEGER NOT NULL,
        indexed_rows    INTEGER NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 8,
    name: 'mentions found in intelligence reports and the analyst reviews of them',
    sql: `
      -- The mentions of the latest extraction of each report (shared/reports/extraction): a span of
      -- the report's body by character offsets, its kind, the target it links to (null when it
      -- names nothing the workspace knows), confidence and reason. Replaced on re-extraction.
      CREATE TABLE report_mention (
        id           INTEGER PRIMARY KEY,
        report_id    INTEGER NOT NULL REFERENCES intelligence_report(id),
        start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
        end_offset   INTEGER NOT NULL,
        mention_text TEXT NOT NULL,
        kind         TEXT NOT NULL,
        target_kind  TEXT,
        target_key   TEXT,
        target_label TEXT,
        confidence   REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
        reason       TEXT NOT NULL,
        CHECK (end_offset > start_offset),
        CHECK ((target_kind IS NULL) = (target_key IS NULL)),
        UNIQUE (report_id, start_offset, end_offset, kind)
      ) STRICT;
      CREATE INDEX report_mention_target ON report_mention(target_kind, target_key);

      -- When each report was last read for mentions, and what the workspace held then (the
      -- lookups' signature), to tell when a new import or resolution calls for a re-extraction.
      CREATE TABLE report_extraction (
        report_id    INTEGER PRIMARY KEY REFERENCES intelligence_report(id),
        extracted_at TEXT NOT NULL,
        inputs_seen  TEXT NOT NULL
      ) STRICT;

      -- The analyst's reviews of mentions, append-only and audited: accept, reject, or re-link to
      -- another target. A review names the span (report, offsets, kind), not the mention row, so it
      -- holds across re-extractions; the latest review of a span is in force.
      CREATE TABLE mention_review (
        seq          INTEGER PRIMARY KEY,
        report_id    INTEGER NOT NULL REFERENCES intelligence_report(id),
        start_offset INTEGER NOT NULL,
        end_offset   INTEGER NOT NULL,
        kind         TEXT NOT NULL,
        decision     TEXT NOT NULL CHECK (decision IN ('accept', 'reject', 'relink')),
        target_kind  TEXT,
        target_key   TEXT,
        target_label TEXT,
        analyst      TEXT NOT NULL,
        recorded_at  TEXT NOT NULL,
        note         TEXT NOT NULL DEFAULT '',
        CHECK ((decision = 'relink') = (target_key IS NOT NULL AND target_kind IS NOT NULL))
      ) STRICT;
      CREATE INDEX mention_review_span ON mention_review(report_id, start_offset, end_offset, kind, seq);
      CREATE INDEX mention_review_target ON mention_review(target_kind, target_key);
      CREATE TRIGGER mention_review_no_update BEFORE UPDATE ON mention_review
        BEGIN SELECT RAISE(ABORT, 'the mention review log is append-only'); END;
      CREATE TRIGGER mention_review_no_delete BEFORE DELETE ON mention_review
        BEGIN SELECT RAISE(ABORT, 'the mention review log is append-only'); END;
    `,
  },
  {
    version: 9,
    name: 'risk scores of shipments and traders with their evidence; examination outcomes',
    sql: `
      -- Examination outcomes read from a kept source document (kind examination-outcomes): the
      -- officer's result per examined bill. Outcomes never score the bills they came from.
      CREATE TABLE examination_outcome (
        id                    INTEGER PRIMARY KEY,
        document_id           INTEGER NOT NULL REFERENCES source_document(id),
        source_row            INTEGER NOT NULL,
        bill_of_lading_number TEXT NOT NULL,
        examination_date      TEXT,
        result                TEXT NOT NULL CHECK (result IN ('seizure', 'no find')),
        UNIQUE (document_id, source_row)
      ) STRICT;
      CREATE INDEX examination_outcome_bill ON examination_outcome(bill_of_lading_number);

      -- The latest scoring run (one row): the profile used (JSON), when, how long, and its summary.
      CREATE TABLE risk_run (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        scored_at   TEXT NOT NULL,
        duration_ms INTEGER NOT NULL,
        profile     TEXT NOT NULL CHECK (json_valid(profile)),
        summary     TEXT NOT NULL CHECK (json_valid(summary))
      ) STRICT;

      -- Every scored shipment (ref: the B/L number as in the input) and trader (ref: entity id)
      -- with a score above 0, ranked per kind; evidence: the reasons with their points and facts.
      CREATE TABLE risk_target (
        id           INTEGER PRIMARY KEY,
        kind         TEXT NOT NULL CHECK (kind IN ('shipment', 'trader')),
        rank         INTEGER NOT NULL,
        ref          TEXT NOT NULL,
        name         TEXT NOT NULL,
        score        REAL NOT NULL,
        evidence     TEXT NOT NULL,
        bill_id      INTEGER,
        arrival_date TEXT,
        vessel       TEXT,
        voyage       TEXT,
        bills        INTEGER
      ) STRICT;
      CREATE UNIQUE INDEX risk_target_ref ON risk_target(kind, ref);
      CREATE UNIQUE INDEX risk_target_rank ON risk_target(kind, rank);
    `,
  },
  {
    version: 10,
    name: 'the analyst\'s target list with its append-only audited history',
    sql: `
      -- The target list the analyst works with (issue 8): shipments (ref: the B/L number as in the
      -- input) and traders (ref: entity id) added from the ranked risks or by hand, with priority
      -- (1 high, 2 medium, 3 low), status, notes and assigned agency. The score and reasons as of
      -- when it was added are kept (score_when_added NULL: never scored then); the current score is
      -- read from risk_target.
      CREATE TABLE target_entry (
        kind               TEXT NOT NULL CHECK (kind IN ('shipment', 'trader')),
        ref                TEXT NOT NULL,
        name               TEXT NOT NULL,
        priority           INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 3),
        status             TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'examined')),
        notes              TEXT NOT NULL DEFAULT '',
        agency             TEXT NOT NULL DEFAULT '',
        score_when_added   REAL,
        reasons_when_added TEXT NOT NULL CHECK (json_valid(reasons_when_added)),
        added_at           TEXT NOT NULL,
        added_by           TEXT NOT NULL,
        updated_at         TEXT NOT NULL,
        PRIMARY KEY (kind, ref)
      ) STRICT;

      -- Every change to the target list, append-only (triggers refuse updates and deletes): who,
      -- when, what (changes: JSON object field -> {from, to}).
      CREATE TABLE target_history (
        seq         INTEGER PRIMARY KEY,
        kind        TEXT NOT NULL CHECK (kind IN ('shipment', 'trader')),
        ref         TEXT NOT NULL,
        action      TEXT NOT NULL CHECK (action IN ('add', 'update', 'remove')),
        changes     TEXT NOT NULL CHECK (json_valid(changes)),
        analyst     TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX target_history_subject ON target_history(kind, ref, seq);
      CREATE TRIGGER target_history_no_update BEFORE UPDATE ON target_history
        BEGIN SELECT RAISE(ABORT, 'the target history is append-only'); END;
      CREATE TRIGGER target_history_no_delete BEFORE DELETE ON target_history
        BEGIN SELECT RAISE(ABORT, 'the target history is append-only'); END;
    `,
  },
  {
    version: 11,
    name: 'the hash-chained, append-only audit trail of every action that changes or exports data',
    sql: `
      -- One record per action (shared/audit/auditTrail.ts): who, what, on what, with what outcome,
      -- detail as canonical JSON; hash = SHA-256 of the record's canonical serialisation with the
      -- previous record's hash. Triggers refuse updates and deletes and any record that does not
      -- extend the chain's head.
      CREATE TABLE audit_record (
        sequence      INTEGER PRIMARY KEY,
        at            TEXT NOT NULL,
        actor         TEXT NOT NULL,
        action        TEXT NOT NULL,
        object_kind   TEXT NOT NULL,
        object_id     TEXT NOT NULL,
        outcome       TEXT NOT NULL CHECK (outcome IN ('done', 'refused', 'failed')),
        detail        TEXT CHECK (detail IS NULL OR json_valid(detail)),
        previous_hash TEXT NOT NULL,
        hash          TEXT NOT NULL
      ) STRICT;

      -- The chain's head: its last sequence and hash (0 and 64 zeros when empty), so removing the
      -- newest records is detected too.
      CREATE TABLE audit_head (
        id       INTEGER PRIMARY KEY CHECK (id = 1),
        sequence INTEGER NOT NULL,
        hash     TEXT NOT NULL
      ) STRICT;
      INSERT INTO audit_head (id, sequence, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

      CREATE TRIGGER audit_record_extends_head BEFORE INSERT ON audit_record
        WHEN NEW.sequence IS NOT (SELECT sequence + 1 FROM audit_head WHERE id = 1)
          OR NEW.previous_hash IS NOT (SELECT hash FROM audit_head WHERE id = 1)
        BEGIN SELECT RAISE(ABORT, 'an audit record must extend the head of the audit trail'); END;
      CREATE TRIGGER audit_record_moves_head AFTER INSERT ON audit_record
        BEGIN UPDATE audit_head SET sequence = NEW.sequence, hash = NEW.hash WHERE id = 1; END;
      CREATE TRIGGER audit_record_no_update BEFORE UPDATE ON audit_record
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
      CREATE TRIGGER audit_record_no_delete BEFORE DELETE ON audit_record
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
      CREATE TRIGGER audit_head_moves_forward BEFORE UPDATE ON audit_head
        WHEN NEW.sequence IS NOT OLD.sequence + 1 OR NEW.id IS NOT OLD.id
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
      CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    `,
  },
  {
    version: 12,
    name: 'risk rule profiles kept in the workspace, one active, with their append-only history',
    sql: `
      -- The analyst's risk profiles (issue 8; shared/store/riskProfileStore.ts): weights, parameter
      -- overrides and the target threshold as the JSON of a RiskProfile. Saving under a name in
      -- use makes its next version. At most one is active (scoring uses it; none: the built-in
      -- default profile).
      CREATE TABLE risk_profile (
        name        TEXT PRIMARY KEY,
        definition  TEXT NOT NULL CHECK (json_valid(definition)),
        version     INTEGER NOT NULL CHECK (version >= 1),
        active      INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX risk_profile_one_active ON risk_profile(active) WHERE active = 1;

      -- Every change to the profiles, append-only (triggers refuse updates and deletes): which
      -- profile, what (save, import, learn, activate, deactivate), its definition after, who, when.
      CREATE TABLE risk_profile_history (
        seq          INTEGER PRIMARY KEY,
        profile_name TEXT NOT NULL,
        version      INTEGER,
        action       TEXT NOT NULL CHECK (action IN ('save', 'import', 'learn', 'activate', 'deactivate')),
        definition   TEXT CHECK (definition IS NULL OR json_valid(definition)),
        note         TEXT NOT NULL DEFAULT '',
        analyst      TEXT NOT NULL,
        recorded_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX risk_profile_history_name ON risk_profile_history(profile_name, seq);
      CREATE TRIGGER risk_profile_history_no_update BEFORE UPDATE ON risk_profile_history
        BEGIN SELECT RAISE(ABORT, 'the risk profile history is append-only'); END;
      CREATE TRIGGER risk_profile_history_no_delete BEFORE DELETE ON risk_profile_history
        BEGIN SELECT RAISE(ABORT, 'the risk profile history is append-only'); END;
    `,
  },
  {
    version: 13,
    name: 'the import profile each manifest import was mapped by',
    sql: `
      -- The profile whose mapping an import used (re-used for its layout, given, or saved from the
      -- analyst's preview); NULL when the columns were mapped without one. The profiles list shows
      -- when each profile was last used and how often from it.
      ALTER TABLE import_batch ADD COLUMN mapping_profile TEXT;
      CREATE INDEX import_batch_mapping_profile ON import_batch(mapping_profile) WHERE mapping_profile IS NOT NULL;
    `,
  },
  {
    version: 14,
    name: 'parties\' e-mail addresses as written',
    sql: `
      -- A party's e-mail address where the manifest carries one (Shipper Email, Consignee Email,
      -- Notify Party Email): trader resolution compares it and the hidden-links views join on it.
      ALTER TABLE party_occurrence ADD COLUMN raw_email TEXT;
    `,
  },
  {
    version: 15,
    name: 'each trader\'s addresses and telephone lines as written, with its resolution',
    sql: `
      -- The distinct (address, telephone) pairs a trader's members wrote, in the order first written
      -- (occurrence order), as JSON [[address or null, phone or null], ...]; pairs with neither are
      -- left out. Written by each resolution run with the entities (shared/store/entityResolutionStore.ts),
      -- so risk scoring reads them per trader, not from every party occurrence. Filled here for a
      -- workspace resolved before this migration.
      ALTER TABLE trader_entity ADD COLUMN contacts TEXT NOT NULL DEFAULT '[]';
      UPDATE trader_entity SET contacts = coalesce((
        SELECT json_group_array(json_array(written.address, written.phone)) FROM (
          SELECT nullif(p.raw_address, '') AS address, nullif(p.raw_phone, '') AS phone, min(p.id) AS first
            FROM entity_member AS m JOIN party_occurrence AS p ON p.id = m.occurrence_id
           WHERE m.entity_id = trader_entity.entity_id AND (nullif(p.raw_address, '') IS NOT NULL OR nullif(p.raw_phone, '') IS NOT NULL)
           GROUP BY 1, 2 ORDER BY first) AS written), '[]');
    `,
  },
  {
    version: 16,
    name: 'the latest scoring\'s evidence items kept once each, the ranked targets listing theirs',
    sql: `
      -- Each distinct item of evidence of the latest scoring, once (JSON: rule, reason, points,
      -- facts): a trader's finding comes to every bill of its, a rule's one signal to many bills.
      -- risk_target.evidence_ids lists a target's items by id, strongest first (JSON array), and
      -- the view risk_target_reasons gives each target with its items in that order as
      -- \`evidence\` (what risk_target.evidence held before). Rows scored before are converted.
      CREATE TABLE risk_evidence (
        id   INTEGER PRIMARY KEY,
        item TEXT NOT NULL
      ) STRICT;
      INSERT INTO risk_evidence (item) SELECT DISTINCT item.value FROM risk_target AS target, json_each(target.evidence) AS item;
      CREATE INDEX risk_evidence_item ON risk_evidence(item);
      ALTER TABLE risk_target RENAME COLUMN evidence TO evidence_ids;
      UPDATE risk_target SET evidence_ids = (
        SELECT json_group_array(kept.id ORDER BY item.key) FROM json_each(risk_target.evidence_ids) AS item JOIN risk_evidence AS kept ON kept.item = item.value);
      DROP INDEX risk_evidence_item;
      CREATE VIEW risk_target_reasons AS
        SELECT target.*, (SELECT json_group_array(json(kept.item) ORDER BY item.key)
                            FROM json_each(target.evidence_ids) AS item JOIN risk_evidence AS kept ON kept.id = item.value) AS evidence
          FROM risk_target AS target;
    `,
  },
  {
    version: 17,
    name: 'each bill\'s first shipper, consignee and notify-party trader, with its resolution',
    sql: `
      -- Per bill, its first shipper, consignee and notify party (by occurrence id) that the
      -- resolution made a trader, as the number of the trader's entity id ("T:" and its first
      -- member occurrence); NULL where the role has none (a placeholder, or not yet resolved).
      -- Written by each resolution run (shared/store/billPartyTraderStore.ts), so risk scoring reads
      -- three numbers per bill, not every party occurrence joined to its entity. Bills without any
      -- such trader have no row. Filled here for a workspace resolved before this migration.
      CREATE TABLE bill_party_trader (
        bill_of_lading_id INTEGER PRIMARY KEY,
        shipper           INTEGER,
        consignee         INTEGER,
        notify_party      INTEGER
      ) STRICT;
      INSERT INTO bill_party_trader (bill_of_lading_id, shipper, consignee, notify_party)
        SELECT bill_of_lading_id, max(CASE role WHEN 'shipper' THEN trader END), max(CASE role WHEN 'consignee' THEN trader END),
               max(CASE role WHEN 'notify_party' THEN trader END)
          FROM (SELECT p.bill_of_lading_id, p.role, CAST(substr(m.entity_id, 3) AS INTEGER) AS trader,
                       row_number() OVER (PARTITION BY p.bill_of_lading_id, p.role ORDER BY p.id) AS nth
                  FROM party_occurrence AS p JOIN entity_member AS m ON m.occurrence_id = p.id WHERE m.entity_id IS NOT NULL)
         WHERE nth = 1
         GROUP BY bill_of_lading_id ORDER BY bill_of_lading_id;
    `,
  },
  {
    version: 18,
    name: 'ranked shipments show their bill\'s consignee, arrival, vessel and voyage, not copies of them',
    sql: `
      -- A ranked shipment's consignee name, arrival date, vessel and voyage are its bill's
      -- (bill_id): the view risk_target_reasons reads them from bill_of_lading instead of each
      -- scoring writing copies of them for a quarter of a million rows. risk_target.name is the
      -- trader's name for a trader and NULL for a shipment (a row without a bill keeps the name
      -- stored). Rows scored before are kept; their copies go, the view gives the same values.
      DROP VIEW risk_target_reasons;
      CREATE TABLE risk_target_next (
        id           INTEGER PRIMARY KEY,
        kind         TEXT NOT NULL CHECK (kind IN ('shipment', 'trader')),
        rank         INTEGER NOT NULL,
        ref          TEXT NOT NULL,
        name         TEXT,
        score        REAL NOT NULL,
        evidence_ids TEXT NOT NULL,
        bill_id      INTEGER,
        bills        INTEGER
      ) STRICT;
      INSERT INTO risk_target_next (id, kind, rank, ref, name, score, evidence_ids, bill_id, bills)
        SELECT id, kind, rank, ref, CASE WHEN kind = 'shipment' AND bill_id IS NOT NULL THEN NULL ELSE name END, score, evidence_ids, bill_id, bills
          FROM risk_target ORDER BY id;
      DROP TABLE risk_target;
      ALTER TABLE risk_target_next RENAME TO risk_target;
      CREATE UNIQUE INDEX risk_target_ref ON risk_target(kind, ref);
      CREATE UNIQUE INDEX risk_target_rank ON risk_target(kind, rank);
      CREATE VIEW risk_target_reasons AS
        SELECT target.id, target.kind, target.rank, target.ref,
               coalesce(target.name, (SELECT coalesce(bill.consignee_name, '') FROM bill_of_lading AS bill WHERE bill.id = target.bill_id), '') AS name,
               target.score, target.evidence_ids, target.bill_id,
               (SELECT nullif(bill.arrival_date, '') FROM bill_of_lading AS bill WHERE bill.id = target.bill_id) AS arrival_date,
               (SELECT coalesce(nullif(bill.vessel_name, ''), nullif(bill.vessel_imo, '')) FROM bill_of_lading AS bill WHERE bill.id = target.bill_id) AS vessel,
               (SELECT nullif(bill.voyage_number, '') FROM bill_of_lading AS bill WHERE bill.id = target.bill_id) AS voyage,
               target.bills,
               (SELECT json_group_array(json(kept.item) ORDER BY item.key)
                  FROM json_each(target.evidence_ids) AS item JOIN risk_evidence AS kept ON kept.id = item.value) AS evidence
          FROM risk_target AS target;
    `,
  },
];

export const latestSchemaVersion: number = migrations[migrations.length - 1]?.version ?? 0;

"""The vault's SQL schema, as numbered migrations.

``PRAGMA user_version`` holds the schema version. Each migration moves the
vault from version N-1 to N inside one transaction; its SQL is frozen once
released (a new change is a new migration). A vault newer than this program
is refused before anything is written.

Tables use an explicit ``n INTEGER PRIMARY KEY`` so row ids stay stable
(the search index refers to them) and ``id`` holds the record's UUID.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from hrdoc.core.errors import VaultTooNew

_COMMON = """
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    author TEXT NOT NULL,
    sensitivity TEXT NOT NULL CHECK (sensitivity IN ('public', 'restricted', 'secret')),
    field_sensitivity TEXT NOT NULL DEFAULT '{}'
"""

V1 = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

CREATE TABLE vault_keys (
    name TEXT PRIMARY KEY,
    public TEXT NOT NULL,
    secret BLOB NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE cases ({_COMMON},
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open'
) STRICT;

CREATE TABLE incidents ({_COMMON},
    case_id TEXT NOT NULL REFERENCES cases(id),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    start_date TEXT, start_precision TEXT,
    end_date TEXT, end_precision TEXT,
    country TEXT, region TEXT NOT NULL DEFAULT '', place TEXT NOT NULL DEFAULT '',
    latitude REAL, longitude REAL,
    types TEXT NOT NULL DEFAULT '[]',
    verification TEXT NOT NULL,
    sources TEXT NOT NULL DEFAULT '[]'
) STRICT;
CREATE INDEX incidents_by_case ON incidents(case_id, start_date);

CREATE TABLE actors ({_COMMON},
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]',
    attributes TEXT NOT NULL DEFAULT '{{}}',
    contact TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE involvements ({_COMMON},
    incident_id TEXT NOT NULL REFERENCES incidents(id),
    actor_id TEXT NOT NULL REFERENCES actors(id),
    role TEXT NOT NULL,
    confidence TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX involvements_by_incident ON involvements(incident_id);
CREATE INDEX involvements_by_actor ON involvements(actor_id);

CREATE TABLE indicators ({_COMMON},
    incident_id TEXT NOT NULL REFERENCES incidents(id),
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    first_seen TEXT,
    source TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX indicators_by_incident ON indicators(incident_id);
CREATE INDEX indicators_by_value ON indicators(type, value);

CREATE TABLE evidence ({_COMMON},
    incident_id TEXT NOT NULL REFERENCES incidents(id),
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    captured_at TEXT,
    source TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    derived_from TEXT REFERENCES evidence(id),
    publishable INTEGER NOT NULL DEFAULT 0,
    custody TEXT NOT NULL DEFAULT '[]'
) STRICT;
CREATE INDEX evidence_by_incident ON evidence(incident_id);

-- Evidence bytes, in fixed-size chunks, until schema 6 moved them into
-- sealed files (V6 below).
CREATE TABLE evidence_chunks (
    n INTEGER PRIMARY KEY,
    evidence_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    UNIQUE (evidence_id, seq)
) STRICT;

CREATE TABLE interventions ({_COMMON},
    case_id TEXT NOT NULL REFERENCES cases(id),
    incident_id TEXT REFERENCES incidents(id),
    kind TEXT NOT NULL,
    by TEXT NOT NULL DEFAULT '',
    date TEXT, date_precision TEXT,
    outcome TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX interventions_by_case ON interventions(case_id);

-- Every earlier version of every record, as canonical JSON.
CREATE TABLE record_versions (
    n INTEGER PRIMARY KEY,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    data TEXT NOT NULL,
    UNIQUE (record_type, record_id, version)
) STRICT;

-- Append-only, hash-chained log of every change.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    author TEXT NOT NULL,
    action TEXT NOT NULL,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
) STRICT;
CREATE INDEX audit_by_record ON audit_log(record_type, record_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER record_versions_no_update BEFORE UPDATE ON record_versions
BEGIN SELECT RAISE(ABORT, 'record history is append-only'); END;
CREATE TRIGGER record_versions_no_delete BEFORE DELETE ON record_versions
BEGIN SELECT RAISE(ABORT, 'record history is append-only'); END;
"""

# Version 2: full-text search. One FTS5 table over titles, descriptions,
# actor names and aliases, indicator values; its rowid is the source row's
# n * 8 + a code per table, so triggers update it in place.
SEARCH_SOURCES: dict[str, tuple[int, str, str]] = {
    # table: (code, title expression, body expression) over NEW./OLD. columns
    "cases": (1, "{r}.title", "{r}.description"),
    "incidents": (2, "{r}.title", "{r}.description || ' ' || {r}.region || ' ' || {r}.place"),
    "actors": (
        3,
        "{r}.name",
        "(SELECT group_concat(value, ' ') FROM json_each({r}.aliases)) || ' ' || {r}.description",
    ),
    "indicators": (4, "{r}.value", "{r}.type || ' ' || {r}.notes"),
    "evidence": (5, "{r}.file_name", "{r}.description"),
    "interventions": (6, "{r}.kind", "{r}.description || ' ' || {r}.outcome"),
}


def _v2_statements() -> list[str]:
    out = [
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "title, body, tokenize = 'unicode61 remove_diacritics 2')",
        # incident lists are shown newest first
        "CREATE INDEX incidents_by_start ON incidents(start_date)",
    ]
    for table, (code, title, body) in SEARCH_SOURCES.items():
        new_t, new_b = title.format(r="NEW"), f"coalesce({body.format(r='NEW')}, '')"
        out.append(
            f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO search_index(rowid, title, body) VALUES (NEW.n * 8 + {code}, "
            f"{new_t}, {new_b}); END"
        )
        out.append(
            f"CREATE TRIGGER {table}_search_update AFTER UPDATE ON {table} BEGIN "
            f"UPDATE search_index SET title = {new_t}, body = {new_b} "
            f"WHERE rowid = NEW.n * 8 + {code}; END"
        )
        out.append(
            f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM search_index WHERE rowid = OLD.n * 8 + {code}; END"
        )
        row_t = title.format(r=table)
        row_b = f"coalesce({body.format(r=table)}, '')"
        out.append(
            f"INSERT INTO search_index(rowid, title, body) "
            f"SELECT {table}.n * 8 + {code}, {row_t}, {row_b} FROM {table}"
        )
    return out


# Version 3: exchange between vaults. Contacts (the keys of people we
# exchange bundles with), imported bundles, the provenance of every imported
# record, and conflicts (an incoming version that differs from ours).
V3 = """
CREATE TABLE contacts (
    n INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    ed25519 TEXT NOT NULL UNIQUE,
    age_recipient TEXT NOT NULL,
    verified INTEGER NOT NULL DEFAULT 0,
    added_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE imported_bundles (
    bundle_id TEXT PRIMARY KEY,
    sender_key TEXT NOT NULL,
    sender_name TEXT NOT NULL,
    profile TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    added INTEGER NOT NULL,
    skipped INTEGER NOT NULL,
    conflicts INTEGER NOT NULL
) STRICT;

CREATE TABLE provenance (
    n INTEGER PRIMARY KEY,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    bundle_id TEXT NOT NULL,
    sender_key TEXT NOT NULL,
    sender_name TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    UNIQUE (record_type, record_id, bundle_id)
) STRICT;
CREATE INDEX provenance_by_record ON provenance(record_id);

CREATE TABLE conflicts (
    n INTEGER PRIMARY KEY,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    incoming TEXT NOT NULL,
    incoming_hash TEXT NOT NULL,
    bundle_id TEXT NOT NULL,
    sender_key TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    resolved_at TEXT,
    UNIQUE (record_type, record_id, incoming_hash)
) STRICT;
"""


# Version 4: a library of known indicators (from STIX 2.1 files such as
# Amnesty's), to match the indicators recorded in incidents against.
V4 = """
CREATE TABLE ioc_sources (
    n INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    imported_at TEXT NOT NULL,
    indicators INTEGER NOT NULL,
    unsupported INTEGER NOT NULL
) STRICT;

CREATE TABLE ioc_library (
    n INTEGER PRIMARY KEY,
    source INTEGER NOT NULL REFERENCES ioc_sources(n),
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    family TEXT NOT NULL,
    stix_id TEXT NOT NULL
) STRICT;
CREATE INDEX ioc_library_by_value ON ioc_library(type, value);
"""


V5 = """
ALTER TABLE evidence ADD COLUMN file_metadata TEXT NOT NULL DEFAULT '{}';
-- which records went to whom: a bundle may attach records under ours only
-- where we shared them with its sender
CREATE TABLE shared (
    record_id TEXT NOT NULL,
    recipient TEXT NOT NULL,
    bundle_id TEXT NOT NULL,
    shared_at TEXT NOT NULL,
    PRIMARY KEY (record_id, recipient)
) STRICT;
-- deleted records, undoable until purged (hrdoc/core/deletion.py)
CREATE TABLE deleted (
    record_id TEXT PRIMARY KEY,
    record_type TEXT NOT NULL,
    data TEXT NOT NULL,
    batch TEXT NOT NULL,
    deleted_at TEXT NOT NULL
) STRICT;
CREATE INDEX deleted_by_batch ON deleted(batch);
-- records deleted or purged here that went to contacts: the next bundle to
-- each of them carries a signed withdrawal
CREATE TABLE withdrawals (
    record_id TEXT NOT NULL,
    record_type TEXT NOT NULL,
    recipient TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('delete', 'purge')),
    at TEXT NOT NULL,
    PRIMARY KEY (record_id, recipient)
) STRICT;
-- record history stays append-only, except for the records a purge names here
CREATE TABLE purging (record_id TEXT PRIMARY KEY) STRICT;
DROP TRIGGER record_versions_no_delete;
CREATE TRIGGER record_versions_no_delete BEFORE DELETE ON record_versions
WHEN NOT EXISTS (SELECT 1 FROM purging WHERE record_id = OLD.record_id)
BEGIN SELECT RAISE(ABORT, 'record history is append-only'); END;
"""


def _migrate_5(conn: Any) -> None:
    for statement in _split(V5):
        conn.execute(statement)
    _fold_search_index(conn)


V6 = """
-- evidence bytes live in sealed files beside the database (hrdoc/core/sealed.py);
-- this row holds the file's name and the only key that opens it
CREATE TABLE evidence_blobs (
    evidence_id TEXT PRIMARY KEY,
    file TEXT NOT NULL,
    identity TEXT NOT NULL
) STRICT;
CREATE INDEX evidence_blobs_by_file ON evidence_blobs(file);
-- contacts who keep a copy of this vault's records (hrdoc/core/contact_backup.py)
ALTER TABLE contacts ADD COLUMN keeps_backup INTEGER NOT NULL DEFAULT 0;
"""


def _migrate_6(conn: Any) -> None:
    for statement in _split(V6):
        conn.execute(statement)
    # chunks already stored move out when the vault opens (Vault._move_chunks_out);
    # a vault without any has no use for the table
    if conn.execute("SELECT NOT EXISTS (SELECT 1 FROM evidence_chunks)").fetchone()[0]:
        conn.execute("DROP TABLE evidence_chunks")


def _fold_search_index(conn: Any) -> None:
    """The index now holds folded text (hrdoc/core/searchtext.py), kept in each
    table's search_title and search_body, which the store computes."""
    import json

    from hrdoc.core.searchtext import search_columns

    for table in SEARCH_SOURCES:
        for column in ("search_title", "search_body"):
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
        for event in ("insert", "update", "delete"):
            conn.execute(f"DROP TRIGGER {table}_search_{event}")
        cursor = conn.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        updates = []
        for values in cursor.fetchall():
            row = dict(zip(names, values, strict=True))
            if table == "actors":
                row["aliases"] = json.loads(row["aliases"])
            folded = search_columns(table, row)
            updates.append((folded["search_title"], folded["search_body"], row["n"]))
        conn.executemany(
            f"UPDATE {table} SET search_title = ?, search_body = ? WHERE n = ?", updates
        )
    conn.execute("DROP TABLE search_index")
    conn.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "title, body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    # a deleted row's words leave the index at once, not at the next merge
    # (SQLite 3.42 and later; SQLCipher 4.6 has it. An older plain SQLite, as
    # in the benchmark's comparison, goes without: purge optimizes the index.)
    with contextlib.suppress(Exception):
        conn.execute("INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1)")
    for table, (code, _title, _body) in SEARCH_SOURCES.items():
        conn.execute(
            f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO search_index(rowid, title, body) VALUES (NEW.n * 8 + {code}, "
            "NEW.search_title, NEW.search_body); END"
        )
        conn.execute(
            f"CREATE TRIGGER {table}_search_update AFTER UPDATE ON {table} BEGIN "
            "UPDATE search_index SET title = NEW.search_title, body = NEW.search_body "
            f"WHERE rowid = NEW.n * 8 + {code}; END"
        )
        conn.execute(
            f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM search_index WHERE rowid = OLD.n * 8 + {code}; END"
        )
        conn.execute(
            f"INSERT INTO search_index(rowid, title, body) "
            f"SELECT n * 8 + {code}, search_title, search_body FROM {table}"
        )


def _migrate_4(conn: Any) -> None:
    for statement in _split(V4):
        conn.execute(statement)


def _migrate_3(conn: Any) -> None:
    for statement in _split(V3):
        conn.execute(statement)


def _migrate_1(conn: Any) -> None:
    for statement in _split(V1):
        conn.execute(statement)


def _migrate_2(conn: Any) -> None:
    for statement in _v2_statements():
        conn.execute(statement)


def _split(script: str) -> list[str]:
    """Split a script into statements (triggers keep their inner semicolons)."""
    statements, current = [], []
    for line in script.splitlines():
        if line.strip().startswith("--") or not line.strip():
            continue
        current.append(line)
        joined = "\n".join(current).strip()
        inside_trigger = joined.upper().startswith(
            "CREATE TRIGGER"
        ) and not joined.upper().endswith("END;")
        if joined.endswith(";") and not inside_trigger:
            statements.append(joined[:-1])
            current = []
    if current:
        statements.append("\n".join(current))
    return statements


# Version 7: statistics (and the filters they follow) read only the columns
# they count. A covering index holds them, so SQLite answers from the index
# and never decrypts the records' pages (100k incidents: 1.8 s -> 35 ms for a
# filter on dates, 0.7 s -> 0.3 s for the whole vault).
V7 = """
CREATE INDEX incidents_counted ON incidents(
    start_date, start_precision, end_date, country, verification, types, case_id, sensitivity
);
"""


def _migrate_7(conn: Any) -> None:
    for statement in _split(V7):
        conn.execute(statement)


MIGRATIONS: list[tuple[int, str, Callable[[Any], None]]] = [
    (1, "records, evidence, history, audit log", _migrate_1),
    (2, "full-text search index, incident date index", _migrate_2),
    (3, "contacts, imported bundles, provenance, conflicts", _migrate_3),
    (4, "library of known indicators (STIX)", _migrate_4),
    (5, "file metadata, shares, deleting and purging", _migrate_5),
    (6, "evidence in sealed files, one key each", _migrate_6),
    (7, "an index that answers statistics and filters without reading records", _migrate_7),
]
LATEST = MIGRATIONS[-1][0]


def current_version(conn: Any) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_supported(conn: Any) -> int:
    found = current_version(conn)
    if found > LATEST:
        raise VaultTooNew(found, LATEST)
    return found


def migrate(conn: Any, target: int = LATEST) -> list[int]:
    """Apply every migration above the vault's version up to ``target``.

    Each runs in its own transaction together with its user_version bump, so a
    crash leaves the vault at a whole version. Returns the versions applied.
    """
    applied = []
    found = check_supported(conn)
    for version, _name, step in MIGRATIONS:
        if found < version <= target:
            conn.execute("BEGIN IMMEDIATE")
            try:
                step(conn)
                conn.execute(f"PRAGMA user_version = {int(version)}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            applied.append(version)
    return applied

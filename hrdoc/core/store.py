"""Reading and writing records. Every change keeps the previous version and
appends to the audit chain, in the same transaction as the change itself."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TypeVar

from hrdoc.core import audit
from hrdoc.core.errors import Ambiguous, InvalidInput, NotFound
from hrdoc.core.records import (
    BY_KIND,
    RECORD_TYPES,
    Actor,
    Case,
    Evidence,
    Incident,
    Record,
    canonical_json,
    content_hash,
    utc_now,
)
from hrdoc.core.searchtext import TABLES as SEARCH_TABLES
from hrdoc.core.searchtext import search_columns
from hrdoc.core.vault import Vault
from hrdoc.core.vocab import Vocabularies
from hrdoc.core.vocab import load as load_vocab

R = TypeVar("R", bound=Record)

#: reference fields and the record type they must name
REFERENCES: dict[str, type[Record]] = {
    "case_id": Case,
    "incident_id": Incident,
    "actor_id": Actor,
    "derived_from": Evidence,
}


def _references(record: Record) -> dict[str, type[Record]]:
    return {k: v for k, v in REFERENCES.items() if hasattr(record, k)}


def _to_row(record: Record) -> dict[str, Any]:
    """The table row of a record: its fields, and the folded text the search
    index takes from it (hrdoc/core/searchtext.py)."""
    row: dict[str, Any] = {}
    fields = record.to_dict()
    for name, value in fields.items():
        if name == "record":
            continue
        if name in record.JSON_FIELDS or name == "field_sensitivity":
            value = canonical_json(value)
        elif isinstance(value, bool):
            value = int(value)
        row[name] = value
    if record.TABLE in SEARCH_TABLES:
        row |= search_columns(record.TABLE, fields)
    return row


def _from_row(cls: type[R], names: list[str], row: tuple[Any, ...]) -> R:
    data = dict(zip(names, row, strict=True))
    for name in (*cls.JSON_FIELDS, "field_sensitivity"):
        data[name] = json.loads(data[name])
    if "publishable" in data:
        data["publishable"] = bool(data["publishable"])
    return cls.from_dict(data)


_ANY_ID = " UNION ALL ".join(
    f"SELECT '{cls.KIND}' FROM {cls.TABLE} WHERE id = ?" for cls in RECORD_TYPES
)


class Store:
    """Record operations on an open vault."""

    def __init__(self, vault: Vault, vocab: Vocabularies | None = None) -> None:
        self.vault = vault
        self.vocab = vocab or load_vocab()

    # --- reading ------------------------------------------------------------

    def get(self, cls: type[R], record_id: str) -> R:
        names = cls.field_names()
        row = self.vault.conn.execute(
            f"SELECT {', '.join(names)} FROM {cls.TABLE} WHERE id = ?", (record_id,)
        ).fetchone()
        if row is None:
            raise NotFound(f"no {cls.KIND} with id {record_id}")
        return _from_row(cls, names, row)

    def exists(self, cls: type[Record], record_id: str) -> bool:
        sql = f"SELECT 1 FROM {cls.TABLE} WHERE id = ?"
        return self.vault.conn.execute(sql, (record_id,)).fetchone() is not None

    def find(
        self,
        cls: type[R],
        *,
        where: dict[str, Any] | None = None,
        order: str = "n",
        limit: int | None = None,
    ) -> list[R]:
        names = cls.field_names()
        sql = f"SELECT {', '.join(names)} FROM {cls.TABLE}"
        params: list[Any] = []
        if where:
            for column in where:
                if column not in names:
                    raise ValueError(f"unknown column {column}")
            sql += " WHERE " + " AND ".join(f"{c} = ?" for c in where)
            params = list(where.values())
        if order not in (*names, "n"):
            raise ValueError(f"unknown order {order}")
        sql += f" ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_from_row(cls, names, row) for row in self.vault.conn.execute(sql, params)]

    def count(self, cls: type[Record]) -> int:
        return int(self.vault.conn.execute(f"SELECT count(*) FROM {cls.TABLE}").fetchone()[0])

    def resolve(self, cls: type[Record], ref: str) -> str:
        """A full id, or a unique prefix of at least 4 characters, to a full id."""
        ref = ref.strip().lower()
        if self.exists(cls, ref):
            return ref
        if len(ref) < 4 or not all(c in "0123456789abcdef-" for c in ref):
            raise NotFound(f"no {cls.KIND} with id {ref!r}")
        rows = self.vault.conn.execute(
            f"SELECT id FROM {cls.TABLE} WHERE id >= ? AND id < ? LIMIT 2", (ref, ref + "\uffff")
        ).fetchall()
        if not rows:
            raise NotFound(f"no {cls.KIND} with id starting {ref!r}")
        if len(rows) > 1:
            raise Ambiguous(f"more than one {cls.KIND} has an id starting {ref!r}; give more of it")
        return str(rows[0][0])

    def any_exists(self, record_id: str) -> bool:
        """Whether any kind of record has this id (one query over every table)."""
        return self._kind_row(record_id) is not None

    def _kind_row(self, record_id: str) -> tuple[str] | None:
        row = self.vault.conn.execute(_ANY_ID, (record_id,) * len(RECORD_TYPES)).fetchone()
        return (str(row[0]),) if row else None

    def kind_of(self, record_id: str) -> type[Record]:
        row = self._kind_row(record_id)
        if row is None:
            raise NotFound(f"no record with id {record_id}")
        return BY_KIND[row[0]]

    def resolve_any(self, ref: str) -> tuple[type[Record], str]:
        found: list[tuple[type[Record], str]] = []
        for cls in RECORD_TYPES:
            try:
                found.append((cls, self.resolve(cls, ref)))
            except NotFound:
                continue
        if not found:
            raise NotFound(f"no record with id {ref!r}")
        if len(found) > 1:
            raise Ambiguous(f"more than one record has an id starting {ref!r}; give more of it")
        return found[0]

    # --- writing ------------------------------------------------------------

    def _check(self, record: Record) -> None:
        record.validate(self.vocab)
        self._check_references(record)

    def _check_references(self, record: Record) -> None:
        for field_name, target in _references(record).items():
            value = getattr(record, field_name)
            if value and not self.exists(target, value):
                raise InvalidInput(f"{record.KIND}: {field_name} names no {target.KIND} ({value})")

    def add(self, record: R, *, note: str = "") -> R:
        """Insert a new record (version 1). Validation errors change nothing."""
        with self.vault.transaction() as conn:
            self._insert(conn, record, note=note)
        self._intake_done([record])
        return record

    def add_all(
        self, records: Sequence[Record], *, note: str = "", then_update: Sequence[Record] = ()
    ) -> None:
        """Insert several new records, and save changes to ``then_update``, in
        one transaction: all of it or none."""
        with self.vault.transaction() as conn:
            for record in records:
                self._insert(conn, record, note=note)
            for record in then_update:
                self._update(conn, record, note=note)
        self._intake_done(records)

    def _intake_done(self, records: Sequence[Record]) -> None:
        """Evidence whose row is committed needs no intake lock any more."""
        for record in records:
            if record.KIND == "evidence":
                self.vault.intakes.release(record.id)

    def insert_imported(self, conn: Any, record: R, *, note: str, validated: bool = False) -> R:
        """Insert a record from a bundle inside the caller's transaction. Its
        author and creation time are kept; locally it starts at version 1.
        ``validated``: the caller has just checked it against this store's
        vocabularies (what it refers to is still checked here)."""
        return self._insert(conn, record, note=note, action="import", validated=validated)

    def _insert(
        self,
        conn: Any,
        record: R,
        *,
        note: str = "",
        action: str = "create",
        validated: bool = False,
    ) -> R:
        taken = conn.execute(_ANY_ID, (record.id,) * len(RECORD_TYPES)).fetchone()
        if taken:  # ids are unique across kinds, or history cannot tell them apart
            raise InvalidInput(f"id {record.id} is already taken by a {taken[0]}")
        now = utc_now()
        record.version = 1
        record.created_at = record.created_at or now
        record.updated_at = now
        record.author = record.author or self.vault.author_id
        if validated:
            self._check_references(record)
        else:
            self._check(record)
        row = _to_row(record)
        conn.execute(
            f"INSERT INTO {record.TABLE} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        self._audit(conn, action, record, note)
        return record

    def update(self, record: R, *, note: str = "") -> R:
        """Save a changed record as a new version; the previous one is kept.

        Saving identical content is a no-op and returns the stored record.
        """
        with self.vault.transaction() as conn:
            return self._update(conn, record, note=note)

    def update_all(self, records: Sequence[Record], *, note: str = "") -> list[Record]:
        """Save several changed records in one transaction: all of them or none."""
        with self.vault.transaction() as conn:
            return [self._update(conn, record, note=note) for record in records]

    def _update(self, conn: Any, record: R, *, note: str) -> R:
        current = self.get(type(record), record.id)
        if current.same_content(record):
            return current
        record.version = current.version + 1
        record.created_at = current.created_at
        record.updated_at = utc_now()
        record.author = self.vault.author_id
        self._check(record)
        conn.execute(
            "INSERT INTO record_versions (record_type, record_id, version, data)"
            " VALUES (?, ?, ?, ?)",
            (current.KIND, current.id, current.version, canonical_json(current.content())),
        )
        row = _to_row(record)
        del row["id"]
        conn.execute(
            f"UPDATE {record.TABLE} SET {', '.join(f'{c} = ?' for c in row)} WHERE id = ?",
            [*row.values(), record.id],
        )
        self._audit(conn, "update", record, note)
        return record

    def record_event(self, record: Record, action: str, note: str = "") -> None:
        """Note something done with a record that did not change it (an export)."""
        with self.vault.transaction() as conn:
            current = self.get(type(record), record.id)
            self._audit(conn, action, current, note, at=utc_now())

    def _audit(
        self, conn: Any, action: str, record: Record, note: str, at: str | None = None
    ) -> None:
        audit.append(
            conn,
            at=at or record.updated_at,
            author=self.vault.author_id,
            action=action,
            record_type=record.KIND,
            record_id=record.id,
            version=record.version,
            content_hash=content_hash(record.content()),
            note=note,
        )

    # --- history --------------------------------------------------------------

    def versions(self, record_id: str) -> list[Record]:
        """Every version of a record, oldest first, the current one last."""
        cls = self.kind_of(record_id)
        rows = self.vault.conn.execute(
            "SELECT data FROM record_versions WHERE record_type = ? AND record_id = ?"
            " ORDER BY version",
            (cls.KIND, record_id),
        ).fetchall()
        older: list[Record] = [cls.from_dict(json.loads(r[0])) for r in rows]
        return [*older, self.get(cls, record_id)]

    def history(self, record_id: str) -> dict[str, Any]:
        return {
            "versions": [v.to_dict() for v in self.versions(record_id)],
            "audit": [e.to_dict() for e in audit.entries(self.vault.conn, record_id)],
        }

    # --- verification -------------------------------------------------------

    def verify(self) -> list[str]:
        """Everything that does not check out, first problems first; [] if all is well.

        Checks SQLite and SQLCipher page integrity, the audit chain, and that
        every record and stored version matches the hash its audit entry recorded.
        """
        conn = self.vault.conn
        problems = self.vault.integrity_problems()
        broken = audit.first_broken_link(conn)
        if broken:
            problems.append(broken)
        recorded: dict[tuple[str, str, int], str] = {}
        for kind, rid, version, digest in conn.execute(
            "SELECT record_type, record_id, version, content_hash FROM audit_log WHERE version > 0"
        ):
            recorded[(kind, rid, version)] = digest
        for cls in RECORD_TYPES:
            for record in self.find(cls):
                key = (cls.KIND, record.id, record.version)
                if recorded.get(key) != content_hash(record.content()):
                    problems.append(
                        f"{cls.KIND} {record.id} (version {record.version}) does not match its"
                        " audit entry: it was altered outside hrdoc"
                    )
        for kind, rid, version, data in conn.execute(
            "SELECT record_type, record_id, version, data FROM record_versions ORDER BY n"
        ):
            stored_cls = BY_KIND.get(kind)
            try:
                digest = (
                    content_hash(stored_cls.from_dict(json.loads(data)).content())
                    if stored_cls
                    else ""
                )
            except (ValueError, InvalidInput):
                digest = ""
            if recorded.get((kind, rid, version)) != digest:
                problems.append(
                    f"stored version {version} of {kind} {rid} does not match its audit entry"
                )
        return problems

"""Item models over the vault. Rows are fetched in pages as the view needs them,
so 100k incidents stay smooth. Display text is plain: views never read it as
rich text."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from hrdoc.core.filters import IncidentFilter
from hrdoc.core.search import incident_ids
from hrdoc.core.store import Store
from hrdoc.gui.widgets import joined

Index = QModelIndex | QPersistentModelIndex
PAGE = 256


class IncidentTableModel(QAbstractTableModel):
    COLUMNS = ("date", "title", "types", "verification", "received_from")

    def __init__(self, lang: str = "en") -> None:
        super().__init__()
        self.lang = lang
        self._store: Store | None = None
        self._keys: list[int] = []  # SQLite rowids of the incidents, in display order
        self._rows: dict[int, tuple[str, ...]] = {}
        self._headers = (
            self.tr("Date"),
            self.tr("Title"),
            self.tr("Type"),
            self.tr("Verification"),
            self.tr("Received from"),
        )

    # what is shown ------------------------------------------------------------

    def show(
        self,
        store: Store | None,
        case_id: str | None = None,
        query: str = "",
        chosen: IncidentFilter | None = None,
    ) -> None:
        """List incidents (of one case, matching a search and a filter). Only
        row numbers (SQLite rowids, read from an index) are fetched here; the
        rows themselves come a page at a time when the view shows them."""
        self.beginResetModel()
        self._store = store
        self._rows.clear()
        self._keys = []
        if store is not None:
            conn = store.vault.conn
            chosen = dataclasses.replace(chosen or IncidentFilter(), case_id=case_id)
            where, values = chosen.where()
            if query.strip():
                ids = incident_ids(conn, query, limit=500)
                marks = ",".join("?" * len(ids))
                sql = f"SELECT id, n FROM incidents WHERE id IN ({marks}) AND {where}"
                by_id = dict(conn.execute(sql, [*ids, *values]).fetchall()) if ids else {}
                self._keys = [by_id[i] for i in ids if i in by_id]  # keep the ranking
            else:
                rows = conn.execute(
                    f"SELECT n FROM incidents WHERE {where} ORDER BY start_date DESC, n DESC",
                    values,
                )
                self._keys = [r[0] for r in rows]
        self.endResetModel()

    def clear(self) -> None:
        self.show(None)

    def row_of(self, incident_id: str) -> int | None:
        """The row showing this incident, if the list shows it."""
        if self._store is None:
            return None
        found = self._store.vault.conn.execute(
            "SELECT n FROM incidents WHERE id = ?", (incident_id,)
        ).fetchone()
        if found is None or found[0] not in self._keys:
            return None
        return self._keys.index(found[0])

    def incident_id(self, row: int) -> str:
        loaded = self._row(row)
        return loaded[-1] if loaded else ""

    # Qt ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self._row(index.row())
        return row[index.column()] if row else None

    def _row(self, row: int) -> tuple[str, ...] | None:
        if row not in self._rows:
            self._load_page(row - row % PAGE)
        return self._rows.get(row)

    def _load_page(self, first: int) -> None:
        if self._store is None:
            return
        keys = self._keys[first : first + PAGE]
        marks = ",".join("?" * len(keys))
        found = {
            r[0]: r[1:]
            for r in self._store.vault.conn.execute(
                "SELECT n, id, start_date, title, types, verification,"
                " (SELECT group_concat(name, char(31)) FROM (SELECT DISTINCT sender_name AS name"
                "  FROM provenance p WHERE p.record_id = incidents.id))"
                f" FROM incidents WHERE n IN ({marks})",
                keys,
            )
        }
        if len(self._rows) > 20 * PAGE:
            self._rows.clear()  # keep memory bounded while scrolling far
        vocab = self._store.vocab
        for offset, key in enumerate(keys):
            rid, start, title, types, verification, senders = found.get(
                key, ("", "", "", "[]", "", None)
            )
            kinds = joined(
                (vocab["incident_types"].label(t, self.lang) for t in json.loads(types)), self.lang
            )
            state = (
                vocab["verification_status"].label(verification, self.lang) if verification else ""
            )
            received = joined(senders.split("\x1f") if senders else [], self.lang)
            self._rows[first + offset] = (start or "", title or "", kinds, state, received, rid)

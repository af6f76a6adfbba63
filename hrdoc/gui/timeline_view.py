"""The timeline view: the incidents the list shows (or the whole vault) on a
time axis, drawn by the reports' timeline painter (hrdoc.reports.timeline).

Lanes by type, by person (targets and victims), by perpetrator, or one lane.
Click an incident, or press Enter on it, to open it in the main window. The
keyboard moves through it: Left and Right go back and forth in time, Up and
Down to the nearest incident in the row above or below, Home and End to the
first and last.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hrdoc.core.filters import IncidentFilter
from hrdoc.core.statistics import PERPETRATOR_ROLES
from hrdoc.core.store import Store
from hrdoc.gui.widgets import ltr, plain_label
from hrdoc.reports.chartdata import TimelineItem
from hrdoc.reports.model import RTL_LANGUAGES
from hrdoc.reports.timeline import Placed, TimelineLayout, lay_out, paint

#: incidents drawn at most; a larger set asks for a narrower filter
MAX_ITEMS = 3000
PEOPLE_ROLES = ("target", "victim")


def load_items(
    store: Store, chosen: IncidentFilter | None, lanes: str, lang: str
) -> tuple[list[TimelineItem], int]:
    """The incidents to draw (at most MAX_ITEMS, earliest first) and how many matched."""
    conn = store.vault.conn
    where, values = (chosen or IncidentFilter()).where("i")
    total = conn.execute(f"SELECT count(*) FROM incidents i WHERE {where}", values).fetchone()[0]
    rows = conn.execute(
        "SELECT i.id, i.title, i.start_date, i.start_precision, i.end_date, i.types"
        f" FROM incidents i WHERE {where} ORDER BY i.start_date, i.n LIMIT ?",
        [*values, MAX_ITEMS],
    ).fetchall()
    items = {row[0]: TimelineItem(row[0], row[1] or "", row[2], row[3], row[4], []) for row in rows}
    if lanes == "type":
        types = store.vocab["incident_types"]
        for row in rows:
            items[row[0]].lanes = [types.label(code, lang) for code in json.loads(row[5] or "[]")]
    elif lanes in ("person", "perpetrator"):
        roles = PEOPLE_ROLES if lanes == "person" else PERPETRATOR_ROLES
        marks = ",".join("?" * len(roles))
        for incident_id, name in conn.execute(
            "SELECT v.incident_id, a.name FROM involvements v JOIN actors a ON a.id = v.actor_id"
            f" JOIN incidents i ON i.id = v.incident_id WHERE v.role IN ({marks}) AND {where}",
            [*roles, *values],
        ):
            item = items.get(incident_id)
            if item is not None and name not in item.lanes:
                item.lanes.append(name)
    return list(items.values()), total


class TimelineCanvas(QWidget):
    """Draws a timeline layout; clicks and keys choose and open incidents."""

    opened = Signal(str)
    current_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_: TimelineLayout | None = None
        self.current: str | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(QCoreApplication.translate("Timeline", "Timeline"))

    def set_layout(self, layout: TimelineLayout) -> None:
        self.layout_ = layout
        ids = {p.item.id for p in layout.placed}
        if self.current not in ids:
            order = layout.in_time_order()
            self.current = order[0].item.id if order else None
        self.setMinimumSize(QSize(int(layout.width), int(layout.height) + 2))
        self._announce()
        self.update()

    def sizeHint(self) -> QSize:
        if self.layout_ is None:
            return QSize(640, 200)
        return QSize(int(self.layout_.width), int(self.layout_.height) + 2)

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self.layout_ is None:
            return
        painter = QPainter(self)
        paint(self.layout_, painter, selected=self.current)
        if self.hasFocus() and self.placed() is not None:
            chosen = self.placed()
            assert chosen is not None
            painter.setPen(Qt.PenStyle.DotLine)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(chosen.rect.united(chosen.label).adjusted(-2, -1, 2, 1))
        painter.end()

    def placed(self, item_id: str | None = None) -> Placed | None:
        wanted = item_id or self.current
        if self.layout_ is None or wanted is None:
            return None
        return next((p for p in self.layout_.placed if p.item.id == wanted), None)

    def item_rect(self, item_id: str) -> QRectF:
        placed = self.placed(item_id)
        return placed.rect if placed else QRectF()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.layout_ is None:
            return
        hit = self.layout_.at(QPointF(event.position()))
        if hit is not None:
            self.choose(hit.item.id)
            self.opened.emit(hit.item.id)

    def choose(self, item_id: str) -> None:
        self.current = item_id
        self._announce()
        self.update()

    def _announce(self) -> None:
        placed = self.placed()
        if placed is not None:
            self.current_changed.emit(placed.item.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.layout_ is None or not self.layout_.placed:
            super().keyPressEvent(event)
            return
        order = self.layout_.in_time_order()
        ids = [p.item.id for p in order]
        index = ids.index(self.current) if self.current in ids else 0
        key = event.key()
        forward, back = Qt.Key.Key_Right, Qt.Key.Key_Left
        if self.layout_.rtl:  # later is to the left
            forward, back = back, forward
        if key == forward:
            self.choose(ids[min(index + 1, len(ids) - 1)])
        elif key == back:
            self.choose(ids[max(index - 1, 0)])
        elif key == Qt.Key.Key_Home:
            self.choose(ids[0])
        elif key == Qt.Key.Key_End:
            self.choose(ids[-1])
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._vertical(order[index], up=key == Qt.Key.Key_Up)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.opened.emit(ids[index])
        else:
            super().keyPressEvent(event)

    def _vertical(self, here: Placed, *, up: bool) -> None:
        """The nearest incident (in time) in the nearest row above or below."""
        assert self.layout_ is not None
        y = here.rect.center().y()
        rows = sorted(
            {p.rect.center().y() for p in self.layout_.placed if (p.rect.center().y() < y) == up}
            - {y}
        )
        if not rows:
            return
        row = rows[-1] if up else rows[0]
        x = here.rect.center().x()
        nearest = min(
            (p for p in self.layout_.placed if p.rect.center().y() == row),
            key=lambda p: abs(p.rect.center().x() - x),
        )
        self.choose(nearest.item.id)


class TimelineWindow(QDialog):
    """The timeline of what the list shows (case and filter) or of the vault."""

    scope_changed = Signal()
    opened = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(QCoreApplication.translate("Timeline", "Timeline"))
        self.setModal(False)
        self.resize(1000, 600)
        self.scope = QComboBox()
        self.scope.addItem(QCoreApplication.translate("Timeline", "What the list shows"), True)
        self.scope.addItem(QCoreApplication.translate("Timeline", "The whole vault"), False)
        self.scope.setAccessibleName(QCoreApplication.translate("Timeline", "Show"))
        self.lanes = QComboBox()
        for text, code in (
            (QCoreApplication.translate("Timeline", "Lanes by type"), "type"),
            (QCoreApplication.translate("Timeline", "Lanes by person"), "person"),
            (QCoreApplication.translate("Timeline", "Lanes by perpetrator"), "perpetrator"),
            (QCoreApplication.translate("Timeline", "One lane"), "none"),
        ):
            self.lanes.addItem(text, code)
        self.lanes.setAccessibleName(QCoreApplication.translate("Timeline", "Lanes"))
        for combo in (self.scope, self.lanes):
            combo.currentIndexChanged.connect(lambda *_: self.scope_changed.emit())
        self.canvas = TimelineCanvas()
        self.canvas.opened.connect(self.opened.emit)
        self.canvas.current_changed.connect(self._describe)
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.canvas)
        self.scroller.setWidgetResizable(True)
        self.detail = plain_label()
        self.detail.setAccessibleName(QCoreApplication.translate("Timeline", "Chosen incident"))
        self.note = plain_label()
        self.empty = plain_label(
            QCoreApplication.translate(
                "Timeline",
                "No dated incident to show. Add one with Vault > New incident, or clear the"
                " filter above the list.",
            )
        )
        self.empty.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.scope)
        top.addWidget(self.lanes)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.note)
        layout.addWidget(
            plain_label(
                QCoreApplication.translate(
                    "Timeline",
                    "A bar spans the month or year an incident is known to; a dot is a day;"
                    " a dashed outline marks an approximate date. Click an incident or press"
                    " Enter to open it.",
                )
            )
        )
        self._items: dict[str, TimelineItem] = {}

    def follows_list(self) -> bool:
        return bool(self.scope.currentData())

    def show_incidents(self, store: Store, chosen: IncidentFilter) -> None:
        items, total = load_items(
            store, chosen if self.follows_list() else None, self.lanes.currentData(), self.lang
        )
        self._items = {item.id: item for item in items}
        width = max(640.0, self.scroller.viewport().width() - 4.0)
        layout = lay_out(
            items,
            no_lane=self._no_lane(),
            rtl=self.lang in RTL_LANGUAGES,
            width=width,
        )
        self.canvas.set_layout(layout)
        self.empty.setVisible(not layout.placed)
        self.scroller.setVisible(bool(layout.placed))
        notes = []
        if layout.undated:
            notes.append(
                QCoreApplication.translate(
                    "Timeline", "%n incident(s) without a date are not shown.", "", layout.undated
                )
            )
        if total > len(items):
            notes.append(
                QCoreApplication.translate(
                    "Timeline",
                    "The first %n incidents are shown: narrow the filter to see the rest.",
                    "",
                    len(items),
                )
            )
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))

    def _no_lane(self) -> str:
        lanes = self.lanes.currentData()
        if lanes == "type":
            return QCoreApplication.translate("Timeline", "No type")
        if lanes == "person":
            return QCoreApplication.translate("Timeline", "No person named")
        if lanes == "perpetrator":
            return QCoreApplication.translate("Timeline", "No perpetrator named")
        return QCoreApplication.translate("Timeline", "Incidents")

    def _describe(self, item_id: str) -> None:
        item: Any = self._items.get(item_id)
        if item is None:
            self.detail.clear()
            return
        date = item.start or ""
        if item.end:
            date += f" – {item.end}"
        text = f"{item.title} · {ltr(date)}"  # the date reads left to right in any line
        self.detail.setText(text)
        self.canvas.setAccessibleDescription(text)

    def clear(self) -> None:
        self.canvas.layout_ = None
        self._items = {}
        self.detail.clear()
        self.canvas.update()

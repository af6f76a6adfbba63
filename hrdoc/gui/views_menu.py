"""View menu: the timeline and the statistics of what the list shows.

Both windows follow the list: a new filter, case, search result or saved
incident redraws the ones on screen. Locking empties and closes them.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from hrdoc.core.filters import IncidentFilter
from hrdoc.gui.statistics_view import StatisticsWindow
from hrdoc.gui.timeline_view import TimelineWindow


class Views:
    def __init__(self, window: Any) -> None:
        self.window = window
        self.statistics: StatisticsWindow | None = None
        self.timeline: TimelineWindow | None = None
        window.model.modelReset.connect(self.refresh)
        window.locked.connect(self.clear)

    def scope(self) -> IncidentFilter:
        """What the list shows: its filter, in its case (the search aside)."""
        return dataclasses.replace(
            self.window.filters.current(), case_id=self.window.current_case_id()
        )

    def show_statistics(self) -> None:
        if self.statistics is None:
            self.statistics = StatisticsWindow(self.window.lang, self.window)
            self.statistics.scope_changed.connect(self.refresh)
        self.statistics.show()
        self.statistics.raise_()
        self.refresh()

    def show_timeline(self) -> None:
        if self.timeline is None:
            self.timeline = TimelineWindow(self.window.lang, self.window)
            self.timeline.scope_changed.connect(self.refresh)
            self.timeline.opened.connect(self.open_incident)
        self.timeline.show()
        self.timeline.raise_()
        self.refresh()

    def refresh(self) -> None:
        store = self.window.store
        if store is None:
            return
        if self.statistics is not None and self.statistics.isVisible():
            self.statistics.show_counts(store, self.scope())
        if self.timeline is not None and self.timeline.isVisible():
            self.timeline.show_incidents(store, self.scope())

    def open_incident(self, incident_id: str) -> None:
        """Show the incident in the main window, selected in the list (the
        list shows every incident again if its filter hid this one)."""
        window = self.window
        if window.store is None:
            return
        row = window.model.row_of(incident_id)
        if row is None:
            window.search.clear()
            window.filters.clear()
            window.filters.fill(window.store)
            window.cases.setCurrentRow(0)  # all cases
            window.refresh_incidents()
            row = window.model.row_of(incident_id)
        if row is not None:
            window.table.setCurrentIndex(window.model.index(row, 0))
            window.table.scrollTo(window.model.index(row, 0))
        window.activateWindow()

    def clear(self) -> None:
        for view in (self.statistics, self.timeline):
            if view is not None:
                view.clear()
                view.hide()


def add_view_menu(window: Any) -> Views:
    views = Views(window)
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "V&iew"))
    for text, shortcut, slot in (
        (QCoreApplication.translate("MainWindow", "&Timeline"), "Ctrl+T", views.show_timeline),
        (
            QCoreApplication.translate("MainWindow", "&Statistics"),
            "Ctrl+Shift+S",
            views.show_statistics,
        ),
    ):
        action = menu.addAction(text)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        window.vault_actions.append(action)
    return views

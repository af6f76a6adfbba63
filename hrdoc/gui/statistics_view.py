"""The statistics view: incidents per month by type, per country, per
perpetrator and per verification level, for the whole vault or for what the
list shows (its case and filter). The charts are the reports' charts
(hrdoc.reports.charts); each can be copied or saved as PNG or SVG, and its
numbers are shown beside it as a table, for screen readers and for checking.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrdoc.core.atomic import atomic_write_bytes
from hrdoc.core.filters import IncidentFilter
from hrdoc.core.statistics import statistics
from hrdoc.core.store import Store
from hrdoc.gui.widgets import plain_label, plain_message
from hrdoc.reports.chartdata import ChartData, chart_data
from hrdoc.reports.charts import build_chart, chart_image, chart_svg
from hrdoc.reports.model import RTL_LANGUAGES, strings


class ChartPanel(QWidget):
    """One chart, its buttons and its numbers."""

    def __init__(self, data: ChartData, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.direction = "rtl" if lang in RTL_LANGUAGES else "ltr"
        self.view: QChartView | None = None  # drawn when first shown
        self.numbers = QTableWidget()
        header, rows = data.table(strings(lang)["total"])
        self.numbers.setColumnCount(len(header))
        self.numbers.setRowCount(len(rows))
        self.numbers.setHorizontalHeaderLabels(header)
        self.numbers.setAccessibleName(
            QCoreApplication.translate("Statistics", "Numbers of the chart: %1").replace(
                "%1", data.title
            )
        )
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                item = QTableWidgetItem(cell)  # plain text, whatever the label holds
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.numbers.setItem(r, c, item)
        self.numbers.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.numbers.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.numbers.verticalHeader().hide()
        notes = "\n".join(f"{text}: {n}" if n else text for text, n in data.notes)
        self.notes = plain_label(notes)
        self.notes.setVisible(bool(notes))

        buttons = QHBoxLayout()
        for text, slot in (
            (QCoreApplication.translate("Statistics", "&Copy"), self.copy),
            (QCoreApplication.translate("Statistics", "Save as &PNG…"), self.save_png),
            (QCoreApplication.translate("Statistics", "Save as &SVG…"), self.save_svg),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.chart_box = QVBoxLayout()
        top = QWidget()
        top.setLayout(self.chart_box)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.numbers)
        splitter.setSizes([420, 180])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notes)
        layout.addLayout(buttons)

    def draw(self) -> None:
        if self.view is None:
            self.view = QChartView(build_chart(self.data, self.direction))
            self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.view.setAccessibleName(self.data.title)
            self.view.setMinimumHeight(260)
            self.chart_box.addWidget(self.view)

    def copy(self) -> None:
        QGuiApplication.clipboard().setImage(chart_image(self.data, self.direction))

    # file dialogs are attributes so tests can replace them
    get_save_file_name = staticmethod(QFileDialog.getSaveFileName)

    def _save(self, suffix: str, data: bytes) -> None:
        name, _filter = self.get_save_file_name(
            self,
            QCoreApplication.translate("Statistics", "Save the chart"),
            f"{self.data.key}.{suffix}",
        )
        if not name:
            return
        dest = Path(name)
        if dest.suffix.lower() != f".{suffix}":
            dest = dest.with_name(dest.name + f".{suffix}")
        try:
            atomic_write_bytes(dest, data, mode=0o644)
        except OSError as exc:
            plain_message(
                self,
                "hrdoc",
                QCoreApplication.translate("Statistics", "Could not save the chart: %1").replace(
                    "%1", exc.strerror or str(exc)
                ),
            ).exec()

    def save_png(self) -> None:
        from PySide6.QtCore import QBuffer, QIODevice

        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        chart_image(self.data, self.direction).save(buffer, "PNG")  # type: ignore[call-overload]
        self._save("png", bytes(buffer.data().data()))

    def save_svg(self) -> None:
        svg = chart_svg(self.data, self.direction)
        self._save("svg", ('<?xml version="1.0" encoding="UTF-8"?>\n' + svg).encode("utf-8"))


class StatisticsWindow(QDialog):
    """Charts of the vault or of what the list shows; follows the list's filter."""

    scope_changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(QCoreApplication.translate("Statistics", "Statistics"))
        self.setModal(False)
        self.resize(900, 700)
        self.scope = QComboBox()
        self.scope.addItem(QCoreApplication.translate("Statistics", "What the list shows"), True)
        self.scope.addItem(QCoreApplication.translate("Statistics", "The whole vault"), False)
        self.scope.setAccessibleName(QCoreApplication.translate("Statistics", "Count"))
        self.scope.currentIndexChanged.connect(lambda *_: self.scope_changed.emit())
        self.summary = plain_label()
        self.empty = plain_label(
            QCoreApplication.translate(
                "Statistics",
                "No incident to count. Add one with Vault > New incident, or clear the filter"
                " above the list.",
            )
        )
        self.empty.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.currentChanged.connect(self._tab_shown)
        top = QHBoxLayout()
        top.addWidget(plain_label(QCoreApplication.translate("Statistics", "Count:")))
        top.addWidget(self.scope)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence.StandardKey.Copy, self, self._copy_current)
        #: milliseconds the last update took (counting and drawing the chart shown)
        self.last_update_ms = 0.0

    def follows_list(self) -> bool:
        return bool(self.scope.currentData())

    def show_counts(self, store: Store, chosen: IncidentFilter) -> None:
        """Count and chart; only the chart on screen is drawn now (the others
        when their tab is opened), so a filter change is quick."""
        started = time.perf_counter()
        stats = statistics(store.vault.conn, chosen if self.follows_list() else None)
        charts = chart_data(stats, self.lang, store.vocab)
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        self._remove_tabs()
        for data in charts:
            self.tabs.addTab(ChartPanel(data, self.lang), data.title)
        self.tabs.blockSignals(False)
        self.empty.setVisible(not charts)
        self.tabs.setVisible(bool(charts))
        self.summary.setText(
            QCoreApplication.translate("Statistics", "%n incident(s)", "", stats.total)
        )
        if charts:
            self.tabs.setCurrentIndex(min(max(current, 0), len(charts) - 1))
            self._tab_shown(self.tabs.currentIndex())
        self.last_update_ms = (time.perf_counter() - started) * 1000

    def panel(self, index: int | None = None) -> ChartPanel | None:
        page = self.tabs.widget(self.tabs.currentIndex() if index is None else index)
        return page if isinstance(page, ChartPanel) else None

    def _tab_shown(self, index: int) -> None:
        panel = self.panel(index)
        if panel is not None:
            panel.draw()

    def _copy_current(self) -> None:
        panel = self.panel()
        if panel is not None:
            panel.copy()

    def clear(self) -> None:
        self._remove_tabs()

    def _remove_tabs(self) -> None:
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if page is not None:
                page.deleteLater()

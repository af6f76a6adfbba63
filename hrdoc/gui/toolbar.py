"""The window's toolbar: the actions used most, with icons drawn for hrdoc
(resources/icons/actions, SVG, no network), each also in a menu."""

from __future__ import annotations

from importlib import resources
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QToolBar


def action_icon(name: str) -> QIcon:
    """One of hrdoc's action icons, rendered from its SVG at two sizes."""
    data = resources.files("hrdoc.resources").joinpath("icons", "actions", f"{name}.svg")
    renderer = QSvgRenderer(QByteArray(data.read_bytes()))
    icon = QIcon()
    for size in (24, 48):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(QPixmap.fromImage(image))
    return icon


def add_toolbar(window: Any) -> QToolBar:
    """New incident, add evidence, export a report or a bundle, lock."""

    def add_evidence() -> None:
        if window.evidence.incident_id is None:
            window._tell(
                QCoreApplication.translate("MainWindow", "Select the incident the files belong to.")
            )
            return
        window.tabs.setCurrentWidget(window.evidence)
        window.evidence.choose_files()

    bar = QToolBar(QCoreApplication.translate("MainWindow", "Main actions"))
    bar.setObjectName("main-actions")  # the window's layout is kept by this name
    bar.setIconSize(QSize(24, 24))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    bar.setMovable(False)
    entries = (
        (
            "new-incident",
            QCoreApplication.translate("MainWindow", "New incident"),
            window.new_incident,
            True,
        ),
        (
            "add-evidence",
            QCoreApplication.translate("MainWindow", "Add evidence"),
            add_evidence,
            True,
        ),
        (
            "export-report",
            QCoreApplication.translate("MainWindow", "Report"),
            window.export_report,
            True,
        ),
        (
            "export-bundle",
            QCoreApplication.translate("MainWindow", "Bundle"),
            window.export_bundle,
            True,
        ),
        ("lock", QCoreApplication.translate("MainWindow", "Lock"), window.lock, False),
    )
    for icon, text, slot, needs_vault in entries:
        action = bar.addAction(action_icon(icon), text)
        action.triggered.connect(slot)
        if needs_vault:
            window.vault_actions.append(action)
    window.addToolBar(bar)
    return bar

"""The layers in DESIGN.md: nothing below the GUI imports Qt."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "hrdoc"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


#: the reports' drawing, done by Qt's text engine and Qt Charts (what they
#: draw is decided without Qt: model.py, chartdata.py)
DRAWING = {"pdf.py", "charts.py", "timeline.py"}


def test_core_exchange_and_reports_do_not_import_qt():
    offenders = []
    for layer in ("core", "exchange", "reports"):
        for path in (PACKAGE / layer).rglob("*.py"):
            if layer == "reports" and path.name in DRAWING:
                continue
            if any(m.split(".")[0] == "PySide6" for m in imported_modules(path)):
                offenders.append(str(path))
    assert offenders == []


def test_core_does_not_import_upper_layers():
    offenders = []
    for path in (PACKAGE / "core").rglob("*.py"):
        for module in imported_modules(path):
            if module.startswith(("hrdoc.gui", "hrdoc.cli", "hrdoc.exchange", "hrdoc.reports")):
                offenders.append(f"{path.name}: {module}")
    assert offenders == []

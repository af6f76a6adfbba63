"""The self-contained HTML report (Jinja2, autoescaped, inline CSS, no requests)."""

from __future__ import annotations

import functools

import jinja2

from hrdoc.reports.model import ReportModel


@functools.cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("hrdoc.resources", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(model: ReportModel, *, for_qt: bool = False) -> str:
    """HTML of the report. ``for_qt``: the subset Qt's text engine lays out (PDF)."""
    template = environment().get_template("report.html.j2")
    return template.render(m=model, s=model.s, qt=for_qt)

"""The self-contained HTML report (Jinja2, autoescaped, inline CSS, no requests)."""

from __future__ import annotations

import functools
import unicodedata
from typing import Any

import jinja2
import markupsafe

from hrdoc.reports.model import ReportModel


def isolate_ltr(value: str, direction: str) -> str:
    """In right-to-left text, keep an ISO date or number reading left to right
    (2024-03-05, not 05-03-2024) by isolating it (Unicode LRI ... PDI)."""
    if direction == "rtl" and value:
        return f"\u2066{value}\u2069"
    return value


def text_direction(text: str, default: str) -> str:
    """'rtl' or 'ltr' from the first strongly directional character (Unicode
    bidi rule P2), for Qt, which does not know dir="auto"."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return default


@functools.cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("hrdoc.resources", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["ltr"] = isolate_ltr
    env.filters["textdir"] = text_direction
    return env


def render(model: ReportModel, *, for_qt: bool = False) -> str:
    """HTML of the report. ``for_qt``: the subset Qt's text engine lays out (PDF)."""
    template = environment().get_template("report.html.j2")
    svgs: list[markupsafe.Markup] = []
    if not for_qt and model.charts:  # the PDF paints its charts itself (vector)
        from hrdoc.reports.charts import chart_svg

        # Qt's SVG writer escapes every text it writes, and chart_svg checks
        # that only drawing elements came out: the markup is safe to inline
        svgs = [
            markupsafe.Markup(chart_svg(chart, model.direction))  # noqa: S704
            for chart in model.charts
        ]
    timelines: list[markupsafe.Markup] = []
    if not for_qt and model.timelines:
        from hrdoc.reports.timeline import timeline_svg

        timelines = [
            markupsafe.Markup(timeline_svg(layout, title))  # noqa: S704 (checked like a chart)
            for title, layout in timeline_layouts(model)
        ]
    return template.render(m=model, s=model.s, qt=for_qt, svgs=svgs, timelines=timelines)


def timeline_layouts(model: ReportModel) -> list[tuple[str, Any]]:
    """Each case's timeline, laid out in the report's direction (lanes by
    type), with titles when they fit a page, else as marks only."""
    from hrdoc.reports.timeline import WIDTH, lay_out

    out = []
    for title, items in model.timelines:
        rtl = model.direction == "rtl"
        layout = lay_out(items, no_lane=model.s["no_type"], rtl=rtl)
        if layout.height > WIDTH * 1.3:
            layout = lay_out(items, no_lane=model.s["no_type"], rtl=rtl, titles=False)
        out.append((title, layout))
    return out

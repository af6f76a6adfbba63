"""What the charts of the statistics view and of reports show, in a
language, with no Qt: labelled numbers made from counts
(:mod:`hrdoc.core.statistics`). :mod:`hrdoc.reports.charts` draws them.
Every chart carries its numbers as a table, for screen readers and for
checking.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from hrdoc.core.statistics import NO_TYPE, Statistics
from hrdoc.core.vocab import Vocabularies
from hrdoc.reports.model import country_name, strings

#: months on one axis before the chart counts per year instead
MAX_MONTHS = 36
#: bars in a chart of countries or perpetrators, the rest summed as "Others"
TOP = 12
#: types shown as their own colour, the rest summed as "Others"
TOP_TYPES = 7


@dataclass
class ChartData:
    key: str
    title: str
    category_label: str
    categories: list[str]
    #: (series label, one value per category); one series for plain bars
    series: list[tuple[str, list[int]]]
    horizontal: bool = False
    notes: list[tuple[str, int]] = field(default_factory=list)

    def totals(self) -> list[int]:
        return [sum(values[i] for _, values in self.series) for i in range(len(self.categories))]

    def table(self, total_label: str) -> tuple[list[str], list[list[str]]]:
        """Header and rows of the chart's numbers (a stacked chart also shows its totals)."""
        if len(self.series) == 1:
            header = [self.category_label, self.series[0][0]]
            rows = [[c, str(v)] for c, v in zip(self.categories, self.series[0][1], strict=True)]
            return header, rows
        header = [self.category_label, *(name for name, _ in self.series), total_label]
        rows = []
        for i, category in enumerate(self.categories):
            values = [values[i] for _, values in self.series]
            rows.append([category, *map(str, values), str(sum(values))])
        return header, rows


def _top(counts: Counter[str], label: dict[str, str], others: str) -> tuple[list[str], list[int]]:
    """The TOP largest (ties by label, so the order is stable), the rest as one bar."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], label.get(kv[0], kv[0])))
    shown, rest = ranked[:TOP], ranked[TOP:]
    names = [label.get(code, code) for code, _ in shown]
    values = [n for _, n in shown]
    if rest:
        names.append(others)
        values.append(sum(n for _, n in rest))
    return names, values


def chart_data(stats: Statistics, lang: str, vocab: Vocabularies) -> list[ChartData]:
    """The charts worth drawing for these counts (none for no incident)."""
    if not stats.total:
        return []
    s = strings(lang)
    charts: list[ChartData] = []
    timeline = _by_time(stats, lang, vocab)
    if timeline:
        charts.append(timeline)
    countries = {code: country_name(code, lang) or s["not_recorded"] for code in stats.by_country}
    names, values = _top(stats.by_country, countries, s["others"])
    charts.append(
        ChartData(
            "by_country",
            s["chart_by_country"],
            s["country"],
            names,
            [(s["incidents"], values)],
            horizontal=True,
        )
    )
    if stats.by_perpetrator:
        names, values = _top(stats.by_perpetrator, stats.perpetrator_names, s["others"])
        charts.append(
            ChartData(
                "by_perpetrator",
                s["chart_by_perpetrator"],
                s["perpetrator"],
                names,
                [(s["incidents"], values)],
                horizontal=True,
            )
        )
    levels = vocab["verification_status"]
    order = [t.code for t in levels.terms]
    present = sorted(stats.by_verification, key=lambda c: order.index(c) if c in order else 99)
    charts.append(
        ChartData(
            "by_verification",
            s["chart_by_verification"],
            s["verification"],
            [levels.label(c, lang) if c else s["not_recorded"] for c in present],
            [(s["incidents"], [stats.by_verification[c] for c in present])],
            horizontal=True,
        )
    )
    return charts


def _by_time(stats: Statistics, lang: str, vocab: Vocabularies) -> ChartData | None:
    """Per month by type; per year when the months would not fit an axis (then
    incidents known only to the year are counted too)."""
    s = strings(lang)
    months = stats.months()
    per_year = len(months) > MAX_MONTHS or (not months and bool(stats.year_only))
    buckets: dict[str, Counter[str]] = {}
    if per_year:
        for month, counts in stats.by_month.items():
            buckets.setdefault(month[:4], Counter()).update(counts)
        for year, counts in stats.year_only.items():
            buckets.setdefault(year, Counter()).update(counts)
        if not buckets:
            return None
        first, last = int(min(buckets)), int(max(buckets))
        categories = [f"{y:04d}" for y in range(first, last + 1)]
    else:
        if not months:
            return None
        buckets = stats.by_month
        categories = months
    per_type: Counter[str] = Counter()
    for counts in buckets.values():
        per_type.update(counts)
    ranked = sorted(per_type, key=lambda c: (-per_type[c], c))
    shown, rest = ranked[:TOP_TYPES], set(ranked[TOP_TYPES:])
    types = vocab["incident_types"]
    series = [
        (
            types.label(code, lang) if code != NO_TYPE else s["no_type"],
            [buckets.get(c, Counter())[code] for c in categories],
        )
        for code in shown
    ]
    if rest:
        series.append(
            (s["others"], [sum(buckets.get(c, Counter())[r] for r in rest) for c in categories])
        )
    notes: list[tuple[str, int]] = []
    if not per_year and stats.year_only:
        notes.append((s["note_year_only"], _incidents_year_only(stats)))
    if stats.approximate:
        notes.append((s["note_approximate"], stats.approximate))
    if stats.undated:
        notes.append((s["note_undated"], stats.undated))
    if any(len(c) > 1 for c in buckets.values()) or len(series) > 1:
        notes.append((s["note_two_types"], 0))
    key, title, axis = (
        ("by_year", s["chart_by_year"], s["year"])
        if per_year
        else ("by_month", s["chart_by_month"], s["month"])
    )
    return ChartData(key, title, axis, categories, series, notes=notes)


def _incidents_year_only(stats: Statistics) -> int:
    """Incidents known only to the year (each once, though a type count may be more)."""
    return stats.total - stats.undated - sum(stats.month_totals.values())


@dataclass
class TimelineItem:
    id: str
    title: str
    start: str | None
    precision: str | None = None
    end: str | None = None
    #: the lanes the incident is drawn in (a type's label, a person's name...)
    lanes: list[str] = field(default_factory=list)

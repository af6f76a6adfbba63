"""`hrdoc import-table`: incidents from a spreadsheet (CSV or XLSX), the way
NGOs keep years of cases before they have hrdoc.

Columns are mapped to incident fields (guessed from the headers in English,
Arabic, Spanish and French, or given as a saved JSON mapping); every row is
checked before anything is stored (unknown country, a date hrdoc cannot read,
an incident type not in the vocabulary, with the closest term offered), and
the import is all or nothing: one problem anywhere and nothing is stored.
Reading the files (outside input) is in table_files.py.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import functools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hrdoc.core.errors import HrdocError, InvalidInput
from hrdoc.core.progress import Progress
from hrdoc.core.records import Case, Incident, Record
from hrdoc.core.store import Store
from hrdoc.core.textnorm import folded
from hrdoc.core.vocab import LANGUAGES, Vocabularies
from hrdoc.exchange.table_files import Table, TableError, read_table
from hrdoc.exchange.unsigned import mark_unsigned

PREVIEW_ROWS = 5

#: the incident fields a column can fill, in the order a preview shows them
FIELDS = (
    "case",
    "title",
    "description",
    "start_date",
    "end_date",
    "country",
    "region",
    "place",
    "latitude",
    "longitude",
    "coordinates",
    "types",
    "verification",
)
#: header names each field is guessed from (compared folded: case, accents,
#: Arabic letter forms and spacing do not matter)
HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "case": ("case", "case title", "dossier", "caso", "expediente", "القضية", "قضية", "الملف"),
    "title": (
        "title",
        "incident",
        "name",
        "titre",
        "nom",
        "intitulé",
        "título",
        "titulo",
        "nombre",
        "العنوان",
        "عنوان",
        "الحادثة",
    ),
    "description": (
        "description",
        "details",
        "summary",
        "narrative",
        "descripción",
        "resumen",
        "résumé",
        "détails",
        "الوصف",
        "وصف",
        "التفاصيل",
    ),
    "start_date": (
        "date",
        "start date",
        "start",
        "from",
        "fecha",
        "fecha de inicio",
        "date de début",
        "début",
        "التاريخ",
        "تاريخ",
        "تاريخ البدء",
    ),
    "end_date": (
        "end date",
        "end",
        "to",
        "until",
        "fecha de fin",
        "fin",
        "date de fin",
        "تاريخ الانتهاء",
        "إلى",
    ),
    "country": ("country", "country code", "pays", "país", "pais", "البلد", "الدولة", "بلد"),
    "region": ("region", "province", "state", "región", "région", "المنطقة", "الإقليم", "المحافظة"),
    "place": (
        "place",
        "location",
        "city",
        "lieu",
        "ville",
        "lugar",
        "ciudad",
        "المكان",
        "المدينة",
        "الموقع",
    ),
    "latitude": ("latitude", "lat", "latitud", "خط العرض"),
    "coordinates": (
        "coordinates",
        "geolocation",
        "location geolocation",
        "coordonnées",
        "coordenadas",
        "الإحداثيات",
    ),
    "longitude": ("longitude", "lon", "lng", "long", "longitud", "خط الطول"),
    "types": (
        "type",
        "types",
        "incident type",
        "violation",
        "type d'incident",
        "tipo",
        "tipo de incidente",
        "النوع",
        "نوع الحادثة",
        "الانتهاك",
    ),
    "verification": (
        "verification",
        "verified",
        "status",
        "vérification",
        "verificación",
        "estado",
        "التحقق",
    ),
}
_LIST_SEPARATORS = re.compile(r"[|;،,]")
_LAT_LON = re.compile(r"^\s*-?\d+(?:\.\d+)?\s*[|,;]\s*-?\d+(?:\.\d+)?\s*$")
#: a range of days, as Uwazi writes it (from~to) and reads it (from:to)
_DAY_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\s*[~:]\s*(\d{4}-\d{2}-\d{2})$")
_LANGUAGE_SUFFIX = re.compile(r"^(.*)__([a-z]{2})$")
_ISO_DATE = re.compile(r"^(~)?(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")
_SLASH_DATE = re.compile(r"^(~)?(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")


@dataclass(frozen=True)
class Problem:
    row: int  # the row number a spreadsheet shows (the header is row 1)
    column: str
    message: str

    def line(self) -> str:
        return f"row {self.row}, column {self.column!r}: {self.message}"


@dataclass
class TablePlan:
    """What an import would store, and every problem that stops it."""

    table: Table
    mapping: dict[str, str]  # column header -> field
    new_cases: list[Case] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    imported: bool = False

    def unmapped(self) -> list[str]:
        return [h for h in self.table.headers if h not in self.mapping]

    def preview(self, store: Store, lang: str = "en") -> list[dict[str, str]]:
        """The first rows as they will be stored, in readers' words."""
        titles = {c.id: c.title for c in self.new_cases}
        out = []
        for incident in self.incidents[:PREVIEW_ROWS]:
            vocab = store.vocab
            out.append(
                {
                    "case": titles.get(incident.case_id) or _case_title(store, incident.case_id),
                    "title": incident.title,
                    "date": " to ".join(d for d in (incident.start_date, incident.end_date) if d),
                    "country": incident.country or "",
                    "place": ", ".join(p for p in (incident.place, incident.region) if p),
                    "types": ", ".join(
                        vocab["incident_types"].label(t, lang) for t in incident.types
                    ),
                    "verification": vocab["verification_status"].label(incident.verification, lang),
                }
            )
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.table.name,
            "rows": len(self.table.rows),
            "mapping": self.mapping,
            "unmapped_columns": self.unmapped(),
            "new_cases": [c.title for c in self.new_cases],
            "incidents": len(self.incidents),
            "problems": [p.__dict__ for p in self.problems],
            "imported": self.imported,
        }


def _case_title(store: Store, case_id: str) -> str:
    try:
        return store.get(Case, case_id).title
    except HrdocError:
        return ""


# --- mapping ---------------------------------------------------------------------------


@functools.cache
def _header_index() -> dict[str, str]:
    return {folded(name): fieldname for fieldname, names in HEADER_NAMES.items() for name in names}


def guess_mapping(headers: Iterable[str], rows: list[list[str]] | None = None) -> dict[str, str]:
    """Column header -> field, from the header names (each field once), and
    from the values where they say more: a column of ``lat|lon`` pairs holds
    coordinates whatever its name (Uwazi calls it after its label). Columns
    of one language among several (``title__en``, ``title__ar``, as Uwazi
    writes translations) are read in English if present, else the first."""
    headers = list(headers)
    index = _header_index()
    suffixed = [m.group(2) for h in headers if (m := _LANGUAGE_SUFFIX.match(h))]
    chosen = "en" if "en" in suffixed else (suffixed[0] if suffixed else None)
    mapping: dict[str, str] = {}
    for n, header in enumerate(headers):
        base = header
        suffix = _LANGUAGE_SUFFIX.match(header)
        if suffix and suffix.group(2) in LANGUAGES:
            if suffix.group(2) != chosen:
                continue
            base = suffix.group(1)
        fieldname = index.get(folded(" ".join(base.replace("_", " ").split())))
        values = [r[n] for r in (rows or [])[:50] if n < len(r) and r[n].strip()]
        if values and all(_LAT_LON.match(v) for v in values):
            fieldname = "coordinates"
        if fieldname and fieldname not in mapping.values():
            mapping[header] = fieldname
    return mapping


def load_mapping(path: Path, headers: list[str]) -> dict[str, str]:
    from hrdoc.core.jsonin import parse_json

    try:
        doc = parse_json(path.read_bytes(), path.name[:80])
    except OSError as exc:
        raise TableError(f"cannot read {path.name}: {exc.strerror}") from None
    except InvalidInput as exc:
        raise TableError(str(exc)) from None
    columns = doc.get("columns") if isinstance(doc, dict) else None
    if not isinstance(columns, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in columns.items()
    ):
        raise TableError(f'{path.name} is not an hrdoc column mapping ({{"columns": {{...}}}})')
    for header, fieldname in columns.items():
        if fieldname not in FIELDS:
            raise TableError(
                f"{path.name}: {fieldname!r} is not a field (fields: {', '.join(FIELDS)})"
            )
        if header not in headers:
            raise TableError(f"{path.name}: the file has no column named {header!r}")
    if len(set(columns.values())) != len(columns):
        raise TableError(f"{path.name}: a field is given two columns")
    return dict(columns)


def mapping_json(mapping: dict[str, str]) -> str:
    return json.dumps({"columns": mapping}, ensure_ascii=False, indent=2) + "\n"


# --- checking --------------------------------------------------------------------------


class _Terms:
    """A vocabulary's codes by their code and every label, folded."""

    def __init__(self, vocab: Vocabularies, name: str) -> None:
        self.vocab = vocab[name]
        self.by_name: dict[str, str] = {}
        for term in self.vocab.terms:
            self.by_name[folded(term.code)] = term.code
            self.by_name[folded(term.code.replace("_", " "))] = term.code
            for lang in LANGUAGES:
                self.by_name.setdefault(folded(term.label(lang)), term.code)

    def find(self, text: str) -> str | None:
        return self.by_name.get(folded(text))

    def closest(self, text: str) -> str:
        found = difflib.get_close_matches(folded(text), list(self.by_name), n=1, cutoff=0.6)
        if not found:
            return ""
        return f" (did you mean {self.vocab.label(self.by_name[found[0]])!r}?)"


@functools.cache
def _countries() -> dict[str, str]:
    """Every name and code of every country, folded, in the four languages."""
    import gettext

    import pycountry

    from hrdoc.reports.model import country_name

    out: dict[str, str] = {"zz": "ZZ", "unknown": "ZZ", "withheld or unknown": "ZZ"}
    for lang in LANGUAGES:  # what hrdoc's own reports write for ZZ
        out[folded(country_name("ZZ", lang))] = "ZZ"
    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in LANGUAGES[1:]
    ]
    for country in pycountry.countries:
        names = {country.alpha_2, country.alpha_3, country.name}
        for attribute in ("common_name", "official_name"):
            if hasattr(country, attribute):
                names.add(getattr(country, attribute))
        names |= {t.gettext(country.name) for t in translations}
        for name in names:
            out.setdefault(folded(name), country.alpha_2)
    return out


def _country(text: str) -> tuple[str | None, str]:
    known = _countries()
    code = known.get(folded(text))
    if code:
        return code, ""
    close = difflib.get_close_matches(folded(text), list(known), n=1, cutoff=0.75)
    hint = ""
    if close:
        import pycountry

        country = pycountry.countries.get(alpha_2=known[close[0]])
        hint = f" (did you mean {country.name if country else known[close[0]]!r}?)"
    return None, f"unknown country {text!r}{hint}; use its name or its ISO code, ZZ if withheld"


def _date(text: str, order: str) -> tuple[str | None, str | None, str]:
    """(date, precision, problem) from what a spreadsheet holds."""
    text = text.strip()
    iso = _ISO_DATE.match(text)
    if iso:
        approximate, year, month, day = iso.groups()
        value = year + (f"-{int(month):02d}" if month else "") + (f"-{int(day):02d}" if day else "")
        precision = "approximate" if approximate else {4: "year", 7: "month", 10: "day"}[len(value)]
    elif _SLASH_DATE.match(text) and order in ("dmy", "mdy"):
        approximate, a, b, year = _SLASH_DATE.match(text).groups()  # type: ignore[union-attr]
        day, month = (a, b) if order == "dmy" else (b, a)
        value = f"{year}-{int(month):02d}-{int(day):02d}"
        precision = "approximate" if approximate else "day"
    elif _SLASH_DATE.match(text):
        return (
            None,
            None,
            (
                f"{text!r} could be day/month or month/day: say which order the file uses"
                " (or write 2016-08-10)"
            ),
        )
    else:
        return (
            None,
            None,
            f"{text!r} is not a date hrdoc can read (write 2016-08-10, 2016-08 or 2016)",
        )
    try:
        parts = [int(p) for p in value.split("-")]
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return None, None, f"{text!r} is not a real date"
    return value, precision, ""


def _from_day_range(first: str, last: str) -> dict[str, Any]:
    """The dates a range of days stands for: a whole month or year is that
    month or year (as hrdoc's Uwazi CSV writes them), else its two days."""
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    month_end = calendar.monthrange(start.year, start.month)[1]
    if start == end:
        return {"start_date": first, "start_precision": "day"}
    if start.day == 1 and end == start.replace(day=month_end):
        return {"start_date": first[:7], "start_precision": "month"}
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return {"start_date": first[:4], "start_precision": "year"}
    return {
        "start_date": first,
        "start_precision": "day",
        "end_date": last,
        "end_precision": "day",
    }


def plan_import(
    store: Store,
    table: Table,
    mapping: dict[str, str],
    *,
    case_id: str | None = None,
    dates: str = "iso",
    progress: Progress | None = None,
) -> TablePlan:
    """Check every row against the mapping; nothing is stored."""
    plan = TablePlan(table, mapping)
    if "title" not in mapping.values():
        raise TableError(
            "no column is mapped to the incident title (columns: "
            f"{', '.join(table.headers)[:300]}); name one 'title' or give a mapping with --mapping"
        )
    columns = {fieldname: table.headers.index(header) for header, fieldname in mapping.items()}
    types = _Terms(store.vocab, "incident_types")
    checks = _Terms(store.vocab, "verification_status")
    existing_cases = {c.title: c.id for c in store.find(Case)}
    cases: dict[str, str] = {}
    default_case = case_id
    for n, row in enumerate(table.rows):
        if progress and n % 1000 == 0:
            progress(n, len(table.rows))
        if not any(cell.strip() for cell in row):
            continue  # an empty row: spreadsheets end with them
        number = n + 2

        def cell(fieldname: str, row: list[str] = row) -> str:
            index = columns.get(fieldname)
            return row[index].strip() if index is not None else ""

        def problem(fieldname: str, message: str, number: int = number) -> None:
            header = next((h for h, f in mapping.items() if f == fieldname), fieldname)
            plan.problems.append(Problem(number, header, message))

        data: dict[str, Any] = {
            "title": cell("title"),
            "description": cell("description"),
            "region": cell("region"),
            "place": cell("place"),
            "sources": [f"spreadsheet {table.name}, row {number}"],
        }
        if not data["title"]:
            problem("title", "no title: every incident needs one")
        day_range = _DAY_RANGE.match(cell("start_date"))
        for which in ("start", "end") if not day_range else ():
            raw = cell(f"{which}_date")
            if raw:
                value, precision, why = _date(raw, dates)
                if why:
                    problem(f"{which}_date", why)
                data[f"{which}_date"], data[f"{which}_precision"] = value, precision
        if day_range:
            try:
                data.update(_from_day_range(day_range.group(1), day_range.group(2)))
            except ValueError:
                problem("start_date", f"{cell('start_date')!r} holds a day that does not exist")
        if cell("coordinates"):
            pair = _LAT_LON.match(cell("coordinates"))
            lat, lon = re.split(r"[|,;]", cell("coordinates")) if pair else ("", "")
            try:
                data["latitude"], data["longitude"] = float(lat), float(lon)
                if not (-90 <= data["latitude"] <= 90 and -180 <= data["longitude"] <= 180):
                    raise ValueError
            except ValueError:
                problem("coordinates", f"{cell('coordinates')!r} is not latitude|longitude")
        if cell("country"):
            code, why = _country(cell("country"))
            if why:
                problem("country", why)
            data["country"] = code
        for axis, limit in (("latitude", 90.0), ("longitude", 180.0)):
            raw = cell(axis).replace(",", ".")
            if raw:
                try:
                    number_value = float(raw)
                    if not -limit <= number_value <= limit:
                        raise ValueError
                    data[axis] = number_value
                except ValueError:
                    problem(axis, f"{cell(axis)!r} is not a {axis} (-{limit:g} to {limit:g})")
        found_types = []
        for part in _LIST_SEPARATORS.split(cell("types")):
            if part.strip():
                code = types.find(part)
                if code is None:
                    problem("types", f"unknown incident type {part.strip()!r}{types.closest(part)}")
                elif code not in found_types:
                    found_types.append(code)
        data["types"] = found_types
        if cell("verification"):
            code = checks.find(cell("verification"))
            if code is None:
                problem(
                    "verification",
                    f"unknown verification {cell('verification')!r}"
                    + checks.closest(cell("verification")),
                )
            else:
                data["verification"] = code
        case_title = cell("case")
        if case_title:
            if case_title not in cases:
                known = existing_cases.get(case_title)
                if known is None:
                    new_case = Case(title=case_title)
                    plan.new_cases.append(new_case)
                    known = new_case.id
                cases[case_title] = known
            data["case_id"] = cases[case_title]
        else:
            if default_case is None:
                new_case = Case(title=f"Imported from {table.name}")
                plan.new_cases.append(new_case)
                default_case = new_case.id
            data["case_id"] = default_case
        if any(p.row == number for p in plan.problems[-20:]):
            continue
        try:
            incident = Incident(**data)
            incident.validate(store.vocab)
        except (InvalidInput, TypeError, ValueError) as exc:
            text = str(exc)
            named = [f for f in FIELDS if f in text and f in columns] or ["title"]
            problem(named[0], text)
            continue
        plan.incidents.append(incident)
    if not plan.incidents and not plan.problems:
        raise TableError(f"{table.name} holds no rows to import")
    return plan


def import_table(
    store: Store,
    path: Path,
    *,
    mapping_file: Path | None = None,
    mapping: dict[str, str] | None = None,
    case_id: str | None = None,
    dates: str = "iso",
    encoding: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> TablePlan:
    """Read, check and (unless ``dry_run`` or a problem) store, all or nothing."""
    table = read_table(path, encoding)
    if mapping is None:
        mapping = (
            load_mapping(mapping_file, table.headers)
            if mapping_file
            else guess_mapping(table.headers, table.rows)
        )
    plan = plan_import(store, table, mapping, case_id=case_id, dates=dates, progress=progress)
    if dry_run or plan.problems:
        return plan
    commit(store, plan)
    return plan


def commit(store: Store, plan: TablePlan) -> None:
    """Store a plan without problems, in one transaction."""
    if plan.problems:
        raise TableError(f"{len(plan.problems)} problem(s) in {plan.table.name}: nothing imported")
    records: list[Record] = [*plan.new_cases, *plan.incidents]
    name = plan.table.name[:80]
    with store.vault.transaction() as conn:
        for record in records:
            store.insert_imported(conn, record, note=f"imported from the spreadsheet {name}")
        mark_unsigned(conn, records, f"table:{name}", name)
    plan.imported = True


def rows_of(plan: TablePlan) -> Iterator[str]:
    """The plan in lines, for a terminal."""
    for header in plan.table.headers:
        target = plan.mapping.get(header)
        yield f"column {header!r} -> {target}" if target else f"column {header!r}: not imported"

"""Reading the spreadsheets `hrdoc import-table` takes (hrdoc/exchange/tables.py
checks and stores what they say): CSV in UTF-8 (with or without a BOM),
UTF-16 with its BOM, or a named encoding, with , ; or tab between cells; XLSX
checked as a zip before it is opened (a zip bomb is refused unread) and read
without running any formula. Sizes, columns and rows are capped; every
problem is one line and nothing is read further."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hrdoc.core.errors import HrdocError

MAX_FILE_BYTES = 256 << 20
MAX_UNPACKED_BYTES = 1 << 30  # an XLSX's contents, all entries together
MAX_COLUMNS = 256
MAX_ROWS = 200_000
MAX_CELL_CHARS = 100_000


class TableError(HrdocError):
    pass


@dataclass
class Table:
    name: str
    headers: list[str]
    rows: list[list[str]]


def read_table(path: Path, encoding: str | None = None) -> Table:
    """The file's header and rows, as text; every problem is one line."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise TableError(f"cannot read {path.name}: {exc.strerror}") from None
    if size > MAX_FILE_BYTES:
        raise TableError(f"{path.name} is larger than {MAX_FILE_BYTES >> 20} MB: nothing was read")
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        headers, rows = _read_xlsx(path)
    elif suffix in (".csv", ".tsv", ".txt"):
        headers, rows = _read_csv(path.read_bytes(), path.name, encoding)
    else:
        raise TableError(
            f"{path.name}: hrdoc reads spreadsheets saved as .csv or .xlsx"
            " (in Excel or LibreOffice: Save as, then CSV UTF-8 or Excel workbook)"
        )
    headers = [h.strip() for h in headers]
    if not any(headers):
        raise TableError(f"{path.name} has no header row (the first row names the columns)")
    seen = set()
    for header in headers:
        if header and header in seen:
            raise TableError(f"{path.name}: two columns are named {header!r}; rename one")
        seen.add(header)
    return Table(path.name, headers, rows)


def _decode(data: bytes, name: str, encoding: str | None) -> str:
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise TableError(f"unknown text encoding {encoding!r}") from None
        except UnicodeDecodeError:
            raise TableError(f"{name} is not {encoding} text: nothing was read") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise TableError(f"{name} is damaged UTF-16 text: nothing was read") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TableError(
            f"{name} is not UTF-8 text: save it as 'CSV UTF-8' (Excel) or give its encoding"
            " with --encoding (for example --encoding cp1252 for an older Excel in French)"
        ) from None


def _separator(header_line: str) -> str:
    """, ; or tab: whichever the header line has most of, outside quotes."""
    outside = re.sub(r'"[^"]*"', "", header_line)
    counts = {sep: outside.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _read_csv(data: bytes, name: str, encoding: str | None) -> tuple[list[str], list[list[str]]]:
    text = _decode(data, name, encoding)
    if "\x00" in text:
        raise TableError(f"{name} holds binary data, not text: nothing was read")
    separator = _separator(text.split("\n", 1)[0])
    csv.field_size_limit(MAX_CELL_CHARS + 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    try:
        header = next(reader, [])
        _check_width(header, name)
        rows: list[list[str]] = []
        for row in reader:
            if len(rows) >= MAX_ROWS:
                raise TableError(f"{name} has more than {MAX_ROWS} rows; split it")
            if len(row) > len(header):
                extra = row[len(header) :]
                if any(cell.strip() for cell in extra):
                    raise TableError(
                        f"{name}, row {reader.line_num}: more cells than the header has columns"
                    )
                row = row[: len(header)]
            rows.append(row + [""] * (len(header) - len(row)))
    except csv.Error as exc:
        raise TableError(
            f"{name} is not a well-formed CSV file ({exc}): nothing was read"
        ) from None
    return header, rows


def _check_width(header: list[Any], name: str) -> None:
    if len(header) > MAX_COLUMNS:
        raise TableError(
            f"{name} has {len(header)} columns; hrdoc reads at most {MAX_COLUMNS}: nothing was read"
        )


def _read_xlsx(path: Path) -> tuple[list[str], list[list[str]]]:
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            unpacked = sum(e.file_size for e in entries)
            packed = sum(e.compress_size for e in entries) or 1
            if len(entries) > 10_000 or unpacked > MAX_UNPACKED_BYTES or unpacked / packed > 200:
                raise TableError(
                    f"{name} unpacks to far more than it holds (a zip bomb?): nothing was read"
                )
    except TableError:
        raise
    except Exception:  # zipfile raises many kinds on damage (BadZipFile, NotImplementedError...)
        raise TableError(f"{name} is not an Excel workbook (.xlsx): nothing was read") from None
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception:  # openpyxl raises many kinds on a damaged file
        raise TableError(f"{name} is a damaged Excel workbook: nothing was read") from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise TableError(f"{name} has no sheet")
        if (sheet.max_column or 0) > MAX_COLUMNS:
            raise TableError(
                f"{name} has {sheet.max_column} columns; hrdoc reads at most {MAX_COLUMNS}:"
                " nothing was read"
            )
        rows_iter = sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS)
        header = [_xlsx_text(v) for v in next(rows_iter, ())]
        while header and not header[-1]:
            header.pop()
        rows: list[list[str]] = []
        for values in rows_iter:
            if len(rows) >= MAX_ROWS:
                raise TableError(f"{name} has more than {MAX_ROWS} rows; split it")
            row = [_xlsx_text(v) for v in values[: len(header)]]
            rows.append(row + [""] * (len(header) - len(row)))
    except TableError:
        raise
    except Exception:  # read lazily: damage inside a part shows up only now
        raise TableError(f"{name} is a damaged Excel workbook: nothing was read") from None
    finally:
        book.close()
    return header, rows


def _xlsx_text(value: Any) -> str:
    """A cell's stored value as text (a formula's last result, never run)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    if len(text) > MAX_CELL_CHARS:
        raise TableError(f"a cell holds more than {MAX_CELL_CHARS} characters: nothing was read")
    return text

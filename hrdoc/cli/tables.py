"""`hrdoc import-table`: incidents from a spreadsheet (hrdoc/exchange/tables.py)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from hrdoc.cli.common import _emit_json, _opened, _output_path, _printable
from hrdoc.cli.grammar import Grammar
from hrdoc.core.atomic import atomic_write_bytes
from hrdoc.core.errors import InvalidInput
from hrdoc.core.records import Case

MAX_PROBLEMS_SHOWN = 50


def cmd_import_table(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.exchange.tables import import_table, mapping_json, rows_of

    save_to = _output_path(args.save_mapping, args.force) if args.save_mapping else None
    with _opened(args) as store:
        case_id = store.resolve(Case, args.case) if args.case else None
        plan = import_table(
            store,
            Path(args.file),
            mapping_file=Path(args.mapping) if args.mapping else None,
            case_id=case_id,
            dates=args.dates,
            encoding=args.encoding,
            dry_run=args.dry_run,
        )
        preview = plan.preview(store)
    if save_to is not None:
        atomic_write_bytes(save_to, mapping_json(plan.mapping).encode("utf-8"), mode=0o644)
    if args.json:
        _emit_json(plan.to_dict() | {"preview": preview}, out)
    else:
        for line in rows_of(plan):
            out.write(_printable(line) + "\n")
        if preview:
            out.write("the first rows, as they would be stored:\n")
        for n, row in enumerate(preview, 1):
            shown = "; ".join(f"{k}: {v}" for k, v in row.items() if v)
            out.write(f"  {n}. {_printable(shown)}\n")
        for problem in plan.problems[:MAX_PROBLEMS_SHOWN]:
            out.write(_printable(problem.line()) + "\n")
        if len(plan.problems) > MAX_PROBLEMS_SHOWN:
            out.write(f"... and {len(plan.problems) - MAX_PROBLEMS_SHOWN} more problem(s)\n")
        if any("day/month" in p.message for p in plan.problems):
            out.write("the order of day and month: --dates dmy (10/08/2016 is 10 August) or mdy\n")
    if plan.problems:
        raise InvalidInput(
            f"{len(plan.problems)} problem(s) in {plan.table.name} (listed above):"
            " nothing was imported"
        )
    if args.dry_run:
        if not args.json:
            out.write(
                f"{len(plan.incidents)} incident(s) would be imported"
                f" ({len(plan.new_cases)} new case(s)); nothing was imported (--dry-run)\n"
            )
        return 0
    if not args.json:
        out.write(
            f"imported {len(plan.incidents)} incident(s) into"
            f" {len(plan.new_cases) or 'an existing'} case(s) from {_printable(plan.table.name)}\n"
        )
    return 0


def register(g: Grammar) -> None:
    p = g.with_json(
        g.command(
            "import-table",
            cmd_import_table,
            "incidents from a spreadsheet (.csv or .xlsx), all or nothing",
        )
    )
    p.add_argument("file")
    p.add_argument(
        "--mapping", metavar="FILE", help="columns -> fields, as saved by --save-mapping"
    )
    p.add_argument("--save-mapping", metavar="FILE", help="write the mapping used, to reuse")
    p.add_argument("--case", metavar="ID", help="put every incident in this case")
    p.add_argument(
        "--dates",
        choices=("iso", "dmy", "mdy"),
        default="iso",
        help="how to read 10/08/2016: dmy (10 August) or mdy (8 October); iso reads 2016-08-10",
    )
    p.add_argument("--encoding", help="the CSV's text encoding, if not UTF-8 (e.g. cp1252)")
    p.add_argument("--dry-run", action="store_true", help="check and preview; store nothing")
    p.add_argument("--force", action="store_true", help="replace the --save-mapping file")
    register_report(g)


def cmd_import_report(args: argparse.Namespace, out: TextIO) -> int:
    from hrdoc.exchange.report_import import check_report, import_report

    with _opened(args) as store:
        path = Path(args.file)
        summary = check_report(store, path) if args.dry_run else import_report(store, path)
    if args.json:
        _emit_json(summary.to_dict(), out)
        return 0
    for line in summary.lines():
        out.write(_printable(line) + "\n")
    if args.dry_run:
        out.write("nothing was imported (--dry-run)\n")
    return 0


def register_report(g: Grammar) -> None:
    p = g.with_json(
        g.command(
            "import-report",
            cmd_import_report,
            "records from an hrdoc JSON report (unsigned), all or nothing",
        )
    )
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="check; store nothing")

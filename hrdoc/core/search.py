"""Full-text search over titles, descriptions, actor names and indicator values.

User input is never passed to FTS5 as query syntax: each whitespace-separated
term becomes a quoted phrase of its word pieces with a prefix match on the
last piece, and all terms must match.

Ranking: BM25 with titles weighted above bodies. BM25 costs time for every
match, so when a query matches more than RANK_LIMIT records (a very common
word, or the first letters typed) results come title matches first, then the
rest, newest first within each: as useful for so broad a query, and quick.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from hrdoc.core.schema import SEARCH_SOURCES
from hrdoc.core.textnorm import folded

_WORD = re.compile(r"\w+", re.UNICODE)
RANK_LIMIT = 2000
_TABLE_BY_CODE = {code: table for table, (code, _t, _b) in SEARCH_SOURCES.items()}
_KIND_BY_TABLE = {
    "cases": "case",
    "incidents": "incident",
    "actors": "actor",
    "indicators": "indicator",
    "evidence": "evidence",
    "interventions": "intervention",
}


@dataclass(frozen=True)
class Hit:
    kind: str
    id: str
    title: str
    snippet: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def to_match_query(text: str) -> str:
    """Turn what a person typed into a safe FTS5 query ('' if nothing to search),
    folded as the index is (hrdoc/core/searchtext.py)."""
    phrases = []
    for term in folded(text).split():
        pieces = _WORD.findall(term)
        if pieces:
            phrases.append('"' + " ".join(pieces) + '" *')
    return " AND ".join(phrases)


def _ranked(conn: Any, query: str, limit: int) -> list[tuple[int, float]]:
    """(rowid, score) of the best ``limit`` matches; lower scores are better."""
    matches = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT ?)",
        (query, RANK_LIMIT + 1),
    ).fetchone()[0]
    if matches <= RANK_LIMIT:
        return conn.execute(
            "SELECT rowid, bm25(search_index, 10.0, 1.0) AS score FROM search_index"
            " WHERE search_index MATCH ? ORDER BY score LIMIT ?",
            (query, limit),
        ).fetchall()
    out: list[tuple[int, float]] = []
    seen: set[int] = set()
    for tier, match in enumerate((f"{{title}} : ({query})", query)):
        rows = conn.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?",
            (match, 2 * limit),
        )
        for (rowid,) in rows:
            if rowid not in seen and len(out) < limit:
                seen.add(rowid)
                out.append((rowid, float(tier)))
    return out


def make_snippet(text: str, terms: list[str], words: int = 12) -> str:
    """About ``words`` words of ``text`` around the first word that starts with a
    query term, that word marked [like this]. Plain text; the caller escapes."""
    tokens = text.split()
    if not tokens:
        return ""
    wanted = [folded(t) for t in terms]

    def hit(token: str) -> bool:
        return any(piece.startswith(f) for piece in _WORD.findall(folded(token)) for f in wanted)

    at = next((i for i, token in enumerate(tokens) if hit(token)), None)
    if at is None:
        return " ".join(tokens[:words]) + (" …" if len(tokens) > words else "")
    first = max(0, at - words // 3)
    shown = tokens[first : first + words]
    shown[at - first] = f"[{shown[at - first]}]"
    return ("… " if first else "") + " ".join(shown) + (" …" if first + words < len(tokens) else "")


def search(conn: Any, text: str, limit: int = 50) -> list[Hit]:
    query = to_match_query(text)
    if not query:
        return []
    terms = [piece for term in text.split() for piece in _WORD.findall(term)]
    hits = []
    for rowid, score in _ranked(conn, query, int(limit)):
        table = _TABLE_BY_CODE[rowid % 8]
        _code, title_sql, body_sql = SEARCH_SOURCES[table]
        row = conn.execute(  # the record's own text, not the folded index
            f"SELECT id, {title_sql.format(r=table)}, coalesce({body_sql.format(r=table)}, '')"
            f" FROM {table} WHERE n = ?",
            (rowid // 8,),
        ).fetchone()
        if row:
            found, title, body = (row[0],), row[1] or "", row[2] or ""
            hits.append(
                Hit(_KIND_BY_TABLE[table], found[0], title, make_snippet(body, terms), score)
            )
    return hits


#: how a hit of each kind leads to incidents
_TO_INCIDENTS = {
    "incident": "SELECT id FROM incidents WHERE id = ?",
    "case": "SELECT id FROM incidents WHERE case_id = ?",
    "actor": "SELECT incident_id FROM involvements WHERE actor_id = ?",
    "indicator": "SELECT incident_id FROM indicators WHERE id = ?",
    "evidence": "SELECT incident_id FROM evidence WHERE id = ?",
    "intervention": (
        "SELECT coalesce(v.incident_id, i.id) FROM interventions v"
        " LEFT JOIN incidents i ON v.incident_id IS NULL AND i.case_id = v.case_id"
        " WHERE v.id = ?"
    ),
}


def incident_ids(conn: Any, text: str, limit: int = 500) -> list[str]:
    """Incidents that match, ranked: an incident found itself, or through its
    case, its people (names and aliases), indicators, evidence or
    interventions (what the window's one search box promises)."""
    out: list[str] = []
    seen: set[str] = set()
    for hit in search(conn, text, limit=limit):
        for (incident_id,) in conn.execute(_TO_INCIDENTS[hit.kind], (hit.id,)):
            if incident_id and incident_id not in seen:
                seen.add(incident_id)
                out.append(incident_id)
    return out[:limit]

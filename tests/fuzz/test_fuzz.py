"""Fuzzing every parser that reads outside input (issue 17): the age header
and payload, a bundle's tar stream and manifest, STIX, MVT's JSON, contact
cards, redaction profiles, ``--from-json`` records, CSV and XLSX
spreadsheets, and the metadata readers and cleaners of evidence files.

Inputs are the seeds in tests/fuzz/corpus/<target>/ (valid files hrdoc made,
see make_corpus.py; and every input a longer run found failing), mutated
(bytes flipped, inserted, deleted, cut, spliced from another seed), and
random bytes. The one rule: a parser returns, or raises hrdoc's own error
with a one-line message. Any other exception is a failure.

``make test`` runs a bounded number of examples (well under a minute).
``make fuzz`` runs many more (HRDOC_FUZZ_EXAMPLES) and writes each input
that fails into the corpus (HRDOC_FUZZ_SAVE=1), where every later run
replays it.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrdoc.core.errors import HrdocError

CORPUS = Path(__file__).resolve().parent / "corpus"
EXAMPLES = int(os.environ.get("HRDOC_FUZZ_EXAMPLES", "300"))
SAVE = os.environ.get("HRDOC_FUZZ_SAVE") == "1"
MAX_MESSAGE = 600

#: target name -> parse(data, context); context holds an open vault's store
TARGETS: dict[str, Callable[[bytes, dict[str, Any]], object]] = {}


def target(name: str) -> Callable[[Callable[[bytes, dict[str, Any]], object]], Any]:
    def register(parse: Callable[[bytes, dict[str, Any]], object]) -> Any:
        TARGETS[name] = parse
        return parse

    return register


@target("age_header")
def _age(data: bytes, context: dict[str, Any]) -> object:
    from hrdoc.core import agefile

    source = agefile.binary(io.BytesIO(data))
    agefile.read_header(source)
    pipe = agefile.DecryptingPipe(agefile.binary(io.BytesIO(data)), [context["age_identity"]])
    try:
        pipe.reader.read()
        pipe.finish()
    finally:
        pipe.close()
    return None


@target("bundle_tar")
def _bundle_tar(data: bytes, context: dict[str, Any]) -> object:
    from hrdoc.exchange.bundle_format import Limits
    from hrdoc.exchange.bundle_import import _Importer, _read_and_merge
    from hrdoc.exchange.identity import VaultIdentity

    store = context["store"]
    importer = _Importer(store, VaultIdentity(store.vault), Limits(), True, False, None)
    try:
        return _read_and_merge(importer, io.BytesIO(data), dry_run=True)
    except OSError:  # the tar reader's own errors are reported as damage by its caller
        raise HrdocError("the bundle is truncated or not a valid archive") from None
    except Exception as exc:
        import tarfile

        if isinstance(exc, tarfile.TarError):  # import_bundle turns these into one line
            raise HrdocError("the bundle is truncated or not a valid archive") from None
        raise


@target("manifest")
def _manifest(data: bytes, context: dict[str, Any]) -> object:
    from hrdoc.exchange.bundle_format import Limits, manifest_checked

    return manifest_checked(data, Limits())


@target("stix")
def _stix(data: bytes, context: dict[str, Any]) -> object:
    from hrdoc.exchange.stix import read_stix

    return read_stix(data, "fuzzed.json")


@target("mvt")
def _mvt(data: bytes, context: dict[str, Any]) -> object:
    """A folder of MVT output: the seed maps file names to their JSON; a
    mutated seed that is no longer such a map becomes alerts.json itself."""
    from hrdoc.exchange.mvt import read_folder

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        try:
            files = json.loads(data)
        except (ValueError, RecursionError):
            files = None
        if isinstance(files, dict) and all(isinstance(k, str) for k in files):
            for name, content in list(files.items())[:20]:
                safe = "".join(c for c in name if c.isalnum() or c in "._-")[:60] or "x"
                (folder / safe).write_text(json.dumps(content), encoding="utf-8")
        else:
            (folder / "info.json").write_text('{"mvt_version": "2.6.1"}', encoding="utf-8")
            (folder / "alerts.json").write_bytes(data)
        return read_folder(folder)


@target("card")
def _card(data: bytes, context: dict[str, Any]) -> object:
    from hrdoc.exchange.identity import Card

    return Card.parse(data.decode("utf-8", errors="replace"))


@target("profile")
def _profile(data: bytes, context: dict[str, Any]) -> object:
    from hrdoc.core.profiles import _parse

    return _parse(data, "fuzzed.json")


@target("from_json")
def _from_json(data: bytes, context: dict[str, Any]) -> object:
    from hrdoc.core.errors import InvalidInput
    from hrdoc.core.jsonin import parse_json
    from hrdoc.core.records import Incident

    row = parse_json(data, "the record")
    if not isinstance(row, dict):
        raise InvalidInput("a record must be a JSON object")
    record = Incident.from_dict(row)
    record.validate(context["store"].vocab)
    return record


@target("file_metadata")
def _file_metadata(data: bytes, context: dict[str, Any]) -> object:
    """Evidence a defender adds or a bundle brings: what it says about itself
    is read (never an error: an unreadable file says nothing), and a copy
    without it is made or refused (CannotClean), whatever kind it claims to be."""
    from hrdoc.core.filemeta import CannotClean, clean, inspect

    for name in ("photo.jpg", "scan.png", "letter.pdf", "report.docx", "voice.mp3", "clip.mp4"):
        found = inspect(data, name)
        assert isinstance(found, dict)
        with contextlib.suppress(CannotClean):  # a refusal to clean is an answer
            clean(data, name)
    return None


def _table(suffix: str) -> Callable[[bytes, dict[str, Any]], object]:
    def parse(data: bytes, context: dict[str, Any]) -> object:
        from hrdoc.exchange.table_files import read_table

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"fuzzed.{suffix}"
            path.write_bytes(data)
            return read_table(path)

    return parse


TARGETS["csv"] = _table("csv")
TARGETS["xlsx"] = _table("xlsx")


# --- inputs ------------------------------------------------------------------------


def corpus(name: str) -> list[bytes]:
    folder = CORPUS / name
    return [p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()]


def _mutate(seed: bytes, edits: list[tuple[str, int, bytes]], other: bytes) -> bytes:
    data = bytearray(seed)
    for kind, where, chunk in edits:
        at = where % (len(data) + 1)
        if kind == "flip" and data:
            data[at % len(data)] ^= chunk[0] or 1
        elif kind == "insert":
            data[at:at] = chunk
        elif kind == "delete":
            del data[at : at + len(chunk)]
        elif kind == "cut":
            del data[at:]
        elif kind == "splice":
            data[at:] = other[at % (len(other) + 1) :]
        elif kind == "repeat":
            data[at:at] = bytes(data[at : at + 64]) * (chunk[0] % 8 + 1)
    return bytes(data)


def inputs(name: str) -> st.SearchStrategy[bytes]:
    seeds = corpus(name)
    edits = st.lists(
        st.tuples(
            st.sampled_from(["flip", "insert", "delete", "cut", "splice", "repeat"]),
            st.integers(0, 1 << 20),
            st.binary(min_size=1, max_size=16),
        ),
        min_size=1,
        max_size=6,
    )
    mutated = st.builds(_mutate, st.sampled_from(seeds), edits, st.sampled_from(seeds))
    return st.one_of(mutated, mutated, mutated, st.binary(max_size=2048))


# --- the rule ----------------------------------------------------------------------


def check(name: str, data: bytes, context: dict[str, Any]) -> None:
    """Parse; only hrdoc's own one-line errors may come out."""
    try:
        TARGETS[name](data, context)
    except HrdocError as exc:
        message = str(exc)
        if "\n" in message or not message.strip() or len(message) > MAX_MESSAGE:
            _keep(name, data)
            raise AssertionError(f"{name}: not a one-line message: {message[:200]!r}") from None
    except BaseException:
        _keep(name, data)
        raise


def _keep(name: str, data: bytes) -> None:
    """In a long run, a failing input joins the corpus (replayed from then on)."""
    if SAVE:
        path = CORPUS / name / f"found-{hashlib.sha256(data).hexdigest()[:16]}"
        path.write_bytes(data)


@pytest.fixture(scope="module")
def context(tmp_path_factory: pytest.TempPathFactory) -> Any:
    import pyrage

    from hrdoc.core.keyslots import Argon2Params
    from hrdoc.core.store import Store
    from hrdoc.core.vault import Vault

    folder = tmp_path_factory.mktemp("fuzz") / "vault"
    vault, _code = Vault.create(
        folder, "fuzzing passphrase, not a secret", kdf_params=Argon2Params()
    )
    yield {"store": Store(vault), "age_identity": pyrage.x25519.Identity.generate()}
    vault.lock()


def test_every_target_has_seeds():
    assert sorted(p.name for p in CORPUS.iterdir() if p.is_dir()) == sorted(TARGETS)
    assert all(corpus(name) for name in TARGETS)


@pytest.mark.parametrize(
    "name, path",
    [(p.parent.name, p) for p in sorted(CORPUS.glob("*/*")) if p.is_file()],
    ids=lambda v: v.name if isinstance(v, Path) else v,
)
def test_the_corpus_replays(context, name, path):
    """Every seed parses, and every input a fuzzing run once found fails cleanly now."""
    data = path.read_bytes()
    if path.name.startswith("seed-") and name not in ("bundle_tar", "age_header"):
        TARGETS[name](data, context)  # a seed is valid input
    else:
        check(name, data, context)


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_fuzz(context, name):
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(data=inputs(name))
    def run(data: bytes) -> None:
        check(name, data, context)

    run()

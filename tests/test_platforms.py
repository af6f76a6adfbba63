"""Promises that must hold on Windows and macOS too, each checked here by
simulating the platform's behaviour (issue 14)."""

from __future__ import annotations

import errno

import pytest

from hrdoc.core import agefile


class _WindowsPipeWriter:
    """A pipe writer as on Windows: a write after the reader closed raises
    EINVAL, not EPIPE (BrokenPipeError)."""

    def __init__(self, inner) -> None:  # type: ignore[no-untyped-def]
        self.inner = inner

    def write(self, data):  # type: ignore[no-untyped-def]
        try:
            return self.inner.write(data)
        except BrokenPipeError:
            raise OSError(errno.EINVAL, "Invalid argument") from None

    def flush(self) -> None:
        self.inner.flush()


@pytest.fixture
def windows_pipes(monkeypatch):
    real = agefile.pyrage.decrypt_io
    monkeypatch.setattr(
        agefile.pyrage,
        "decrypt_io",
        lambda source, writer, identities: real(source, _WindowsPipeWriter(writer), identities),
    )


def test_an_unknown_sender_is_named_even_when_the_pipe_says_einval(
    windows_pipes, parties, tmp_path
):
    """A bundle refused for its sender stops the decryption early; on Windows
    the writer then fails with EINVAL, which must not hide the real reason."""
    import io

    from hrdoc.core.evidence import add_evidence
    from hrdoc.core.records import Incident
    from hrdoc.core.sample import load_sample
    from hrdoc.exchange import contacts
    from hrdoc.exchange.bundle import BundleError, export_bundle, import_bundle

    a, b = parties
    load_sample(a.store)
    incident = a.store.find(Incident)[0]
    # enough bytes that the decrypting thread is still writing when the reader stops
    add_evidence(a.store, incident.id, io.BytesIO(b"x" * (4 << 20)), "big.bin")
    export_bundle(a.store, profile="full", dest=tmp_path / "b.age", to=[b.card])
    contacts.remove(b.vault, "Defender A")
    with pytest.raises(BundleError, match="unknown sender"):
        import_bundle(b.store, tmp_path / "b.age")


@pytest.mark.parametrize("invisible", ["\ufeff", " ", "\u200b", "\u00a0", "\t"])
def test_a_new_passphrase_with_an_invisible_start_or_end_is_refused(tmp_path, invisible):
    from hrdoc.core.errors import WeakPassphrase
    from hrdoc.core.vault import Vault

    for bad in (
        invisible + "correct horse battery staple",
        "correct horse battery staple" + invisible,
    ):
        with pytest.raises(WeakPassphrase, match="invisible character"):
            Vault.create(tmp_path / "v", bad)
        assert not (tmp_path / "v").exists()


def test_a_passphrase_file_saved_by_notepad_opens_the_vault(cli, tmp_path, monkeypatch):
    """Notepad and PowerShell 5 begin a UTF-8 file with a byte-order mark."""
    from tests.conftest import PASSPHRASE

    assert cli("init").code == 0
    monkeypatch.delenv("HRDOC_PASSPHRASE")
    secret = tmp_path / "pw.txt"
    secret.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n")
    assert cli("--passphrase-file", str(secret), "unlock-check").code == 0


def test_a_packaged_app_restarts_itself_not_python_minus_m(monkeypatch, tmp_path):
    import sys

    from hrdoc.gui.app import restart_command

    program, args = restart_command(tmp_path, "ar")
    assert program == sys.executable and args[:2] == ["-m", "hrdoc.cli"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/hrdoc/hrdoc")
    assert restart_command(tmp_path, "ar") == (
        "/opt/hrdoc/hrdoc",
        ["--vault", str(tmp_path), "gui", "--lang", "ar"],
    )


def test_arabic_output_to_a_pipe_in_a_legacy_code_page_is_written(tmp_path, hrdoc_home):
    """Windows gives redirected output its ANSI code page (cp1252 here): the
    Arabic labels must still come out, as UTF-8, with exit status 0."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, PYTHONIOENCODING="cp1252", HRDOC_HOME=str(hrdoc_home))
    done = subprocess.run(
        [sys.executable, "-m", "hrdoc.cli", "vocab", "incident_types", "--lang", "ar"],
        env=env,
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "تصيد".encode() in done.stdout or any(0xD8 <= b <= 0xDB for b in done.stdout)


def test_argon2_memory_is_capped_when_the_machine_cannot_say_how_much_it_has(monkeypatch):
    """Windows has no os.sysconf: without a reading, the cap is a cheap
    laptop's, never the 1 GiB maximum."""
    from hrdoc.core import keyslots

    monkeypatch.delattr(keyslots.os, "sysconf", raising=False)
    monkeypatch.setattr(keyslots.os, "name", "posix")  # and no Windows call either
    assert keyslots._total_memory_kib() is None
    monkeypatch.setattr(keyslots, "_argon2", lambda *a: __import__("time").sleep(0.001) or b"")
    params = keyslots.calibrate_argon2()
    assert params.memory_kib <= keyslots.UNKNOWN_MEMORY_CAP_KIB


def test_a_target_held_open_is_retried_then_named_in_one_line(tmp_path, monkeypatch):
    """Windows: os.replace fails while a reader or antivirus holds the file."""
    from hrdoc.core import atomic
    from hrdoc.core.errors import HrdocError

    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    real = atomic.os.replace
    calls = []

    def held_twice(src, dst):  # type: ignore[no-untyped-def]
        calls.append(dst)
        if len(calls) <= 2:
            raise PermissionError(13, "The process cannot access the file")
        return real(src, dst)

    monkeypatch.setattr(atomic.os, "replace", held_twice)
    monkeypatch.setattr(atomic, "_REPLACE_WAITS", (0.0, 0.0, 0.0))
    atomic.atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new" and len(calls) == 3
    calls.clear()

    def always_held(src, dst):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "held")

    monkeypatch.setattr(atomic.os, "replace", always_held)
    with pytest.raises(HrdocError, match="another program holds it open"):
        atomic.atomic_write_bytes(target, b"newer")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]  # no temporary file left


def test_a_name_near_the_length_limit_can_be_written(tmp_path):
    from hrdoc.core.atomic import atomic_write_bytes

    target = tmp_path / ("x" * 250 + ".pdf")
    atomic_write_bytes(target, b"data")
    assert target.read_bytes() == b"data"


@pytest.mark.parametrize(
    "name, expected",
    [
        ('photo: "raid" <1>?.jpg', "photo_ _raid_ _1__.jpg"),
        ("CON.txt", "_CON.txt"),
        ("nul", "_nul"),
        ("report. ", "report"),
        ("a" * 300 + ".mp4", "a" * 196 + ".mp4"),
        ("bell\x07.txt", "bell_.txt"),
    ],
)
def test_exported_file_names_are_portable(name, expected):
    from hrdoc.core.evidence import portable_file_name

    assert portable_file_name(name) == expected


def test_on_macos_files_and_the_database_are_flushed_to_the_disk_itself(tmp_path, monkeypatch):
    import sys

    from hrdoc.core import atomic

    flushed = []
    import fcntl

    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(fcntl, "fcntl", lambda fd, op, *a: flushed.append(op) or 0)
    atomic.atomic_write_bytes(tmp_path / "f", b"x")
    assert flushed == [getattr(fcntl, "F_FULLFSYNC", 51)]
    from hrdoc.core.vault import _connect

    conn = _connect(tmp_path / "db", b"\x01" * 32)
    assert conn.execute("PRAGMA fullfsync").fetchone()[0] == 1
    assert conn.execute("PRAGMA checkpoint_fullfsync").fetchone()[0] == 1
    conn.close()


class _FakeWin32:
    """The three Win32 calls, recorded (this machine has no Windows)."""

    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.applied: list[tuple[str, str, int]] = []
        self.freed = 0
        import ctypes

        self.ctypes = ctypes

    def api(self):  # type: ignore[no-untyped-def]
        def convert(sddl, revision, out, size):  # type: ignore[no-untyped-def]
            self.sddl = sddl
            return 0 if self.fail else 1

        def set_security(path, flags, descriptor):  # type: ignore[no-untyped-def]
            self.applied.append((path, self.sddl, flags))
            return 1

        def local_free(descriptor):  # type: ignore[no-untyped-def]
            self.freed += 1

        return convert, set_security, local_free, self.ctypes


@pytest.fixture
def windows_acls(monkeypatch):
    from hrdoc.core import private

    fake = _FakeWin32()
    monkeypatch.setattr(private, "on_windows", lambda: True)
    monkeypatch.setattr(private, "_win32", fake.api)
    return fake


def test_on_windows_the_vault_and_every_written_file_get_an_owner_only_dacl(windows_acls, tmp_path):
    from hrdoc.core import private
    from hrdoc.core.atomic import atomic_write_bytes
    from hrdoc.core.keyslots import Argon2Params
    from hrdoc.core.vault import Vault
    from tests.conftest import PASSPHRASE

    vault, _code = Vault.create(tmp_path / "home" / "vault", PASSPHRASE, kdf_params=Argon2Params())
    vault.lock()
    folders = {p for p, sddl, _f in windows_acls.applied if sddl == private.OWNER_ONLY_FOLDER}
    assert str(tmp_path / "home") in folders  # HRDOC_HOME-like parent
    assert any(".vault.creating-" in p for p in folders)  # the vault, before its rename
    atomic_write_bytes(tmp_path / "report.pdf", b"%PDF")
    path, sddl, flags = windows_acls.applied[-1]
    assert sddl == private.OWNER_ONLY_FILE and ".hrdoc-" in path  # set before any byte is read
    assert flags == 0x80000004  # DACL, protected: nothing inherited from the folder
    assert windows_acls.freed == len(windows_acls.applied)


def test_on_windows_a_file_that_cannot_be_made_private_is_not_written(windows_acls, tmp_path):
    from hrdoc.core.atomic import atomic_write_bytes
    from hrdoc.core.errors import HrdocError

    windows_acls.fail = True
    with pytest.raises(HrdocError, match=r"cannot make .* private to you"):
        atomic_write_bytes(tmp_path / "key.txt", b"AGE-SECRET-KEY-...")
    assert list(tmp_path.iterdir()) == []


def test_a_pdf_without_an_embedded_font_is_never_written():
    """Windows' offscreen platform once found no font and wrote boxes."""
    from hrdoc.reports.pdf import FontMissing, check_fonts_embedded

    with pytest.raises(FontMissing, match="nothing was written"):
        check_fonts_embedded(b"%PDF-1.4\n1 0 obj << /Type /Font /Subtype /Type0 >> endobj\n%%EOF")
    check_fonts_embedded(b"... /FontFile2 12 0 R ...")


def test_on_windows_the_offscreen_platform_is_pointed_at_hrdocs_own_fonts(monkeypatch):
    import sys
    from pathlib import Path

    from hrdoc.reports import pdf

    monkeypatch.setattr(sys, "platform", "win32")
    folder = Path(pdf._font_folder())
    shipped = {p.name for p in folder.iterdir()}
    assert {"NotoSans-Regular.ttf", "NotoSansArabic-Regular.ttf"} <= shipped
    monkeypatch.setattr(sys, "platform", "linux")
    assert pdf._font_folder() is None


@pytest.mark.skipif(
    not __import__("shutil").which("pdffonts"), reason="needs pdffonts (poppler-utils)"
)
def test_an_arabic_pdf_needs_no_installed_font(tmp_path, hrdoc_home):
    """A computer with no usable font (Windows' offscreen platform, a minimal
    Linux): the report uses hrdoc's own fonts, embedded, Arabic shaped."""
    import os
    import subprocess
    import sys

    no_fonts = tmp_path / "fonts.conf"  # fontconfig that knows no font folder at all
    no_fonts.write_text(
        '<?xml version="1.0"?><fontconfig><cachedir>' + str(tmp_path / "c") + "</cachedir>"
        "</fontconfig>"
    )
    env = dict(
        os.environ,
        HRDOC_HOME=str(hrdoc_home),
        HRDOC_PASSPHRASE="a passphrase for the font test",
        FONTCONFIG_FILE=str(no_fonts),
    )
    hrdoc = [sys.executable, "-m", "hrdoc.cli"]
    subprocess.run([*hrdoc, "init", "--sample"], env=env, check=True, capture_output=True)
    pdf = tmp_path / "r.pdf"
    export = ["export", "report", "--profile", "partner", "--format", "pdf", "--lang", "ar"]
    done = subprocess.run(
        [*hrdoc, *export, "-o", str(pdf)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    names = {line.split()[0] for line in fonts.splitlines()[2:]}
    assert names == {
        "NotoSans-Regular",
        "NotoSans-Bold",
        "NotoSansArabic-Regular",
        "NotoSansArabic-Bold",
    }, fonts
    assert all(" yes " in line for line in fonts.splitlines()[2:])  # embedded
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "ﺗﻘﺮﻳﺮ" in text or "تقرير" in text


def test_a_packaged_app_does_not_ask_for_the_x11_libraries_it_carries(monkeypatch):
    """The check for missing system libraries is for `make run`; the packaged
    app bundles them, and a desktop without them is whom it is for."""
    import ctypes.util
    import sys

    from hrdoc.cli import desktop

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    assert "libxcb-cursor0" in desktop._missing_x11_libraries()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert desktop._missing_x11_libraries() == []


def test_the_windowed_windows_program_opens_the_window_and_its_console_twin_does_not(
    monkeypatch,
):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "packaging"))
    import entry

    assert entry.prepare(["hrdoc"], r"C:\Program Files\hrdoc\hrdoc.exe") == ["hrdoc", "gui"]
    assert entry.prepare(["hrdoc-cli"], r"C:\hrdoc\hrdoc-cli.exe") == ["hrdoc-cli"]
    assert entry.prepare(["hrdoc", "--version"], "/opt/hrdoc/hrdoc") == ["hrdoc", "--version"]
    monkeypatch.setattr(sys, "stdout", None)  # what a windowed program is given
    monkeypatch.setattr(sys, "stderr", None)
    entry.give_streams()
    print("an error message", file=sys.stderr)  # goes nowhere, and does not raise

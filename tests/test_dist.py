"""The packaged Linux app (issue 14): built as `make dist` builds it, then run
with a clean environment (no venv, no Python on the path, a scratch data
folder), as a person who unpacked the download would run it."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None or not sys.platform.startswith("linux"),
        reason="the packaging tool (pip install -e '.[dist]') is not installed, or not on Linux",
    ),
]

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

PASSPHRASE = "unpacked from a usb stick"


@pytest.fixture(scope="module")
def artifact(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    import build_dist

    work = tmp_path_factory.mktemp("dist")
    epoch = build_dist.source_date_epoch()
    folder = build_dist.build_folder(work, epoch)
    out = work / "hrdoc-linux.tar.gz"
    build_dist.deterministic_tar_gz(folder, out, epoch)
    return out


@pytest.fixture(scope="module")
def unpacked(artifact, tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    where = tmp_path_factory.mktemp("usb")
    with tarfile.open(artifact) as tar:
        tar.extractall(where, filter="tar")
    return where / "hrdoc" / "hrdoc"


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", "HRDOC_HOME": str(home / "data"), **extra}


def run(app: Path, home: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(app), *args],
        env=clean_env(home, **extra),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=home,
    )


def test_the_app_runs_its_commands_without_python_or_a_venv(unpacked, tmp_path):
    assert run(unpacked, tmp_path, "--version").stdout.startswith("hrdoc ")
    made = run(unpacked, tmp_path, "init", "--sample", HRDOC_PASSPHRASE=PASSPHRASE)
    assert made.returncode == 0, made.stderr
    pdf = tmp_path / "report.pdf"
    done = run(
        unpacked,
        tmp_path,
        "export",
        "report",
        "--profile",
        "partner",
        "--format",
        "pdf",
        "--lang",
        "ar",
        "-o",
        str(pdf),
        HRDOC_PASSPHRASE=PASSPHRASE,
    )
    assert done.returncode == 0, done.stderr
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "تقرير" in text or "ﺗﻘﺮﻳﺮ" in text  # Arabic, shaped (presentation forms)
    # the application menu entry starts this unpacked copy
    menu = run(unpacked, tmp_path, "desktop-entry", XDG_DATA_HOME=str(tmp_path / "data" / "xdg"))
    assert menu.returncode == 0, menu.stderr
    entry = (tmp_path / "data" / "xdg" / "applications" / "org.hrdoc.Hrdoc.desktop").read_text()
    assert f"Exec={unpacked} gui" in entry
    # it wrote nothing outside its data folder (and the report asked for)
    written = {p.relative_to(tmp_path).parts[0] for p in tmp_path.rglob("*")}
    assert written <= {"data", "report.pdf"}, written


def _xwd_colours(data: bytes) -> int:
    """Distinct colours in an XWD screen dump (24-bit ZPixmap)."""
    header = struct.unpack(">25I", data[:100])
    size, width, height, per_line, colours = header[0], header[4], header[5], header[12], header[19]
    pixels = data[size + colours * 12 : size + colours * 12 + per_line * height]
    seen = set()
    for row in range(0, height, 2):
        line = pixels[row * per_line : row * per_line + width * 4]
        seen.update(line[i : i + 3] for i in range(0, len(line), 4))
    return len(seen)


needs_x11 = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xwd")), reason="needs Xvfb and xwd (x11-apps)"
)


@contextlib.contextmanager
def x_server():  # type: ignore[no-untyped-def]
    """A fresh Xvfb on a display number it picks itself (a stale lock from
    another run never gets in the way), stopped with SIGTERM (it removes its
    lock file); yields the DISPLAY value."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1024x768x24"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_fd,),
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as chosen:
        display = ":" + chosen.readline().strip()
    try:
        yield display
    finally:
        server.terminate()
        server.wait()


def show_window(command: list[str], env: dict[str, str]) -> None:
    """Start ``command`` on a fresh X server; return once its window is drawn
    (the screen has colours), then stop both."""
    import signal

    with x_server() as display:
        app = subprocess.Popen(
            command,
            env=dict(env, DISPLAY=display, QT_QPA_PLATFORM="xcb"),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            colours = 0
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline and colours < 20:
                time.sleep(1)
                assert app.poll() is None, app.stdout.read().decode() if app.stdout else ""
                shot = subprocess.run(
                    ["xwd", "-root", "-display", display, "-silent"], capture_output=True
                )
                colours = _xwd_colours(shot.stdout)
            assert colours >= 20, "the screen stayed blank: the window was not drawn"
            time.sleep(1)  # a moment drawn: whatever it opens when shown is opened
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(app.pid, signal.SIGKILL)
            app.wait()


@needs_x11
def test_the_window_starts_under_x11(unpacked, tmp_path):
    show_window([str(unpacked), "gui"], clean_env(tmp_path))


#: what a packaged app may take from the system rather than carry: the C
#: library (and zlib, which PyInstaller's launcher links before it re-executes
#: itself with the bundled libraries), the graphics stack PyInstaller leaves
#: out on purpose (it must match the machine's drivers), and the desktop's own
#: configuration: fonts for the window, cursor theme, keyboard maps, time zone.
SYSTEM_FILES = re.compile(
    r"""^(
      /etc/ld\.so\.cache
    | /(usr/)?lib(64|x32)?/([a-z0-9_]+-linux-gnu/)?
        (libc|libm|libdl|libpthread|librt|libutil|libresolv|ld-linux[-a-z0-9_.]*|libz)\.so[.0-9]*
    | /(usr/)?lib(64)?/([a-z0-9_]+-linux-gnu/)?
        (libE?GL[-a-z0-9_]*|libGLX[-a-z0-9_]*|libGLdispatch|libOpenGL|libdrm[-a-z0-9_]*|libgbm
         |libxcb|libxcb-dri[0-9]|libwayland-(client|cursor|egl|server))\.so[.0-9]*
    | /(usr/)?lib(64)?/([a-z0-9_]+-linux-gnu/)?(dri|gconv)/.*
    | /usr/share/(glvnd|drirc\.d|fonts|fontconfig|icons|X11|mime|zoneinfo)(/.*)?
    | /usr/local/share/fonts(/.*)?
    | /var/cache/fontconfig(/.*)?
    | /etc/(fonts|ssl|drirc|localtime|mime\.types|machine-id)(/.*)?
    | /usr/lib/ssl(/.*)?
    | /var/lib/dbus/machine-id
    | /usr/(share|lib)/locale/locale\.alias
    | /usr/lib/locale(/.*)?
    | /(dev|proc|sys)(/.*)?
    )$""",
    re.VERBOSE,
)

_CALL = re.compile(r'^\d+\s+(\w+)\((?:AT_FDCWD, )?"([^"]*)"(.*)\) = (-?\d+)')


def files_touched(trace: Path, cwd: Path) -> tuple[set[str], set[str], set[str], list[str]]:
    """From an strace log: the files read, the files written or made, the
    programs run, and any network connection attempted."""
    read, written, ran, network = set(), set(), set(), []
    for line in trace.read_text(errors="replace").splitlines():
        if " connect(" in line and ("AF_INET" in line or "AF_INET6" in line):
            network.append(line)
        found = _CALL.match(line)
        if not found:
            continue
        call, path, rest, result = found.groups()
        if int(result) < 0:
            continue  # looked for and not there: nothing was used
        full = os.path.normpath(os.path.join(cwd, path))
        if call == "execve":
            ran.add(full)
        elif call.startswith("open") and not any(
            f in rest for f in ("O_WRONLY", "O_RDWR", "O_CREAT")
        ):
            read.add(full)
        elif call.startswith(("open", "creat", "mkdir", "rename", "unlink", "link", "symlink")):
            written.add(full)
    return read, written, ran, network


def _strace_works() -> bool:
    """strace installed and allowed to trace here (some containers forbid ptrace)."""
    if not shutil.which("strace"):
        return False
    probe = subprocess.run(["strace", "-qq", "-o", os.devnull, "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _strace_works(), reason="needs strace, allowed to trace (ptrace)")
@needs_x11
def test_every_file_the_app_opens_is_inside_it_and_it_writes_only_its_data(unpacked, tmp_path):
    """Traced with strace through what a user does first: the CLI's init, an
    Arabic PDF, and the window drawn on screen."""
    home = tmp_path
    app_folder = str(unpacked.parent)
    traces = []

    def strace(name: str) -> list[str]:
        traces.append(tmp_path / f"{name}.trace")
        calls = (
            "open,openat,creat,execve,mkdir,mkdirat,rename,renameat,renameat2,"
            "unlink,unlinkat,link,symlink,connect"
        )
        return ["strace", "-f", "-qq", "-e", f"trace={calls}", "-o", str(traces[-1])]

    env = clean_env(home, HRDOC_PASSPHRASE=PASSPHRASE)
    for name, args in (
        ("init", ["init", "--sample"]),
        (
            "pdf",
            [
                "export",
                "report",
                "--profile",
                "public",
                "--format",
                "pdf",
                "--lang",
                "ar",
                "-o",
                "r.pdf",
            ],
        ),
    ):
        done = subprocess.run(
            [*strace(name), str(unpacked), *args],
            env=env,
            cwd=home,
            capture_output=True,
            timeout=180,
        )
        assert done.returncode == 0, done.stderr
    show_window([*strace("gui"), str(unpacked), "gui"], clean_env(home))

    outside, stray_writes, programs, network = set(), set(), set(), []
    data = str(home / "data")
    for trace in traces:
        read, written, ran, connections = files_touched(trace, home)
        network += connections
        programs |= {p for p in ran if p != str(unpacked)}
        outside |= {
            p
            for p in read
            if not p.startswith((app_folder, data))
            and p != str(home)  # the folder it was started in (listed, not read)
            and not SYSTEM_FILES.match(p)
        }
        report = home / "r.pdf"  # asked for, and written beside it first, then renamed
        stray_writes |= {
            p
            for p in written
            if not p.startswith((data, "/dev/"))
            and p != str(report)
            and not re.fullmatch(re.escape(str(home)) + r"/\.hrdoc-\w+\.tmp", p)
        }
    assert outside == set(), "the app used files it does not carry"
    assert stray_writes == set(), "the app wrote outside its data folder"
    assert programs == set(), "the app ran other programs"
    assert network == [], "the app tried the network"


def test_sha256sums_and_the_minisign_signature_verify_and_a_flipped_byte_fails_both(
    artifact, tmp_path
):
    import build_dist

    if not shutil.which("minisign"):
        pytest.skip("needs minisign")
    copy = tmp_path / artifact.name
    shutil.copy(artifact, copy)
    sums = tmp_path / "SHA256SUMS"
    build_dist.sha256sums([copy], sums)
    # a throwaway key: the project's own never enters the repository
    subprocess.run(
        ["minisign", "-G", "-W", "-p", str(tmp_path / "k.pub"), "-s", str(tmp_path / "k.sec")],
        check=True,
        capture_output=True,
    )
    signature = build_dist.sign(sums, tmp_path / "k.sec")
    check = ["sha256sum", "-c", "SHA256SUMS"]
    verify = [
        "minisign",
        "-V",
        "-p",
        str(tmp_path / "k.pub"),
        "-m",
        str(sums),
        "-x",
        str(signature),
    ]
    assert subprocess.run(check, cwd=tmp_path, capture_output=True).returncode == 0
    assert subprocess.run(verify, capture_output=True).returncode == 0
    data = bytearray(copy.read_bytes())
    data[len(data) // 2] ^= 1
    copy.write_bytes(bytes(data))
    assert subprocess.run(check, cwd=tmp_path, capture_output=True).returncode != 0
    build_dist.sha256sums([copy], sums)  # a forger recomputes the sums: the signature fails
    assert subprocess.run(verify, capture_output=True).returncode != 0


def test_two_builds_of_the_same_source_are_byte_identical(artifact, tmp_path):
    if os.environ.get("HRDOC_SKIP_SECOND_BUILD"):
        pytest.skip("HRDOC_SKIP_SECOND_BUILD is set")
    import build_dist

    epoch = build_dist.source_date_epoch()
    again = tmp_path / "again.tar.gz"
    build_dist.deterministic_tar_gz(build_dist.build_folder(tmp_path, epoch), again, epoch)
    assert again.read_bytes() == artifact.read_bytes()

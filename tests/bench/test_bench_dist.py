"""Packaged app benchmark (issue 14): artifact size and the time from launch to
the first window drawn, under Xvfb. Targets: <= 150 MB, <= 3 s cold. Printed."""

from __future__ import annotations

import shutil
import subprocess
import tarfile
import time

import pytest

from tests.bench.conftest import report
from tests.test_dist import _xwd_colours, clean_env, x_server

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xwd")), reason="needs Xvfb and xwd"
)


def _time_to_window(app, home, display: str) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(app), "gui"],
        env=clean_env(home, DISPLAY=display, QT_QPA_PLATFORM="xcb"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while time.perf_counter() - started < 60:
            shot = subprocess.run(
                ["xwd", "-root", "-display", display, "-silent"], capture_output=True
            )
            if _xwd_colours(shot.stdout) >= 20:
                return time.perf_counter() - started
            time.sleep(0.05)
        return float("nan")
    finally:
        process.kill()
        process.wait()


def _drop_caches() -> bool:
    """Empty the kernel's page cache, so the next start reads every file from
    the disk, as after a reboot (root only)."""
    import os

    os.sync()
    try:
        with open("/proc/sys/vm/drop_caches", "w") as f:
            f.write("3\n")
    except OSError:
        return False
    return True


def test_size_and_start_up(tmp_path):
    pytest.importorskip("PyInstaller")
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
    import build_dist

    epoch = build_dist.source_date_epoch()
    folder = build_dist.build_folder(tmp_path / "work", epoch)
    artifact = tmp_path / "hrdoc.tar.gz"
    build_dist.deterministic_tar_gz(folder, artifact, epoch)
    unpacked = tmp_path / "usb"
    with tarfile.open(artifact) as tar:
        tar.extractall(unpacked, filter="tar")
    app = unpacked / "hrdoc" / "hrdoc"
    installed = sum(
        p.stat().st_size
        for p in (unpacked / "hrdoc").rglob("*")
        if p.is_file() and not p.is_symlink()
    )
    with x_server() as display:
        cold = _time_to_window(app, tmp_path / "home", display) if _drop_caches() else None
        first = _time_to_window(app, tmp_path / "home", display)
        warm = [_time_to_window(app, tmp_path / "home", display) for _ in range(3)]
    report(
        "packaged app (Linux, PyInstaller one-folder)",
        [
            ("artifact (tar.gz)", f"{artifact.stat().st_size / 1e6:.0f} MB  (target <= 150 MB)"),
            ("unpacked", f"{installed / 1e6:.0f} MB"),
            (
                "cold start to window drawn",
                f"{cold:.2f} s  (target <= 3 s; page cache dropped first)"
                if cold is not None
                else "not measured (dropping the page cache needs root)",
            ),
            ("first start after unpacking", f"{first:.2f} s  (files cached by the unpacking)"),
            ("warm start to window drawn", f"{min(warm):.2f} s (best of 3)"),
        ],
    )

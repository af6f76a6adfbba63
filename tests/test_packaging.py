"""What an installed hrdoc (a wheel, a PyInstaller bundle) needs is declared."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_resource_file_is_shipped_in_the_package():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    packages, data = set(config["packages"]), config["package-data"]
    missing = []
    for path in (ROOT / "resources").rglob("*"):
        if not path.is_file() or path.name == "__init__.py" or "__pycache__" in path.parts:
            continue
        folder = path.parent.relative_to(ROOT / "resources")
        package = ".".join(("hrdoc", "resources", *folder.parts))
        patterns = data.get(package, [])
        if package not in packages or not any(fnmatch.fnmatch(path.name, p) for p in patterns):
            missing.append(str(path.relative_to(ROOT)))
    assert missing == [], "add these to pyproject.toml [tool.setuptools]"


def test_readme_gives_the_two_commands():
    readme = (ROOT / "README.md").read_text()
    assert "make run" in readme and "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_the_desktop_entry_and_appstream_metadata_describe_the_app():
    import configparser
    import shutil
    import subprocess
    import xml.etree.ElementTree as ET

    linux = ROOT / "packaging" / "linux"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    desktop_file = ROOT / "resources" / "desktop" / "org.hrdoc.Hrdoc.desktop"
    entry.read(desktop_file, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Exec"].startswith("hrdoc")
    assert desktop["Icon"] == "org.hrdoc.Hrdoc" and desktop["Terminal"] == "false"
    assert {f"Comment[{lang}]" for lang in ("ar", "es", "fr")} <= set(desktop)
    meta = ET.parse(linux / "org.hrdoc.Hrdoc.metainfo.xml").getroot()  # noqa: S314 (ours)
    assert meta.findtext("id") == "org.hrdoc.Hrdoc"
    assert meta.find("launchable").text == "org.hrdoc.Hrdoc.desktop"  # type: ignore[union-attr]
    assert meta.findtext("project_license") == "GPL-3.0-or-later"
    icon = ROOT / "resources" / "icons" / "hrdoc.svg"
    assert ET.parse(icon).getroot().tag.endswith("svg")  # noqa: S314 (ours)
    for size in (16, 32, 48, 128, 256, 512):
        assert (ROOT / "resources" / "icons" / f"hrdoc-{size}.png").is_file()
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(
            ["desktop-file-validate", str(desktop_file)],
            capture_output=True,
            text=True,
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_windows_portable_zip_is_the_same_bytes_for_the_same_files(tmp_path):
    import os
    import sys
    import zipfile

    sys.path.insert(0, str(ROOT / "packaging"))
    import build_dist

    folder = tmp_path / "app" / "hrdoc"
    (folder / "_internal").mkdir(parents=True)
    (folder / "hrdoc.exe").write_bytes(b"MZ program")
    (folder / "hrdoc.exe").chmod(0o755)
    (folder / "_internal" / "data.txt").write_text("صفحة\n", encoding="utf-8")
    first, second = tmp_path / "1.zip", tmp_path / "2.zip"
    build_dist.deterministic_zip(folder, first, 1_700_000_000)
    os.utime(folder / "hrdoc.exe", (0, 0))  # another checkout, other times
    build_dist.deterministic_zip(folder, second, 1_700_000_000)
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        assert archive.testzip() is None
        assert sorted(archive.namelist()) == ["hrdoc/_internal/data.txt", "hrdoc/hrdoc.exe"]
        assert archive.read("hrdoc/_internal/data.txt").decode() == "صفحة\n"
        assert archive.getinfo("hrdoc/hrdoc.exe").external_attr >> 16 == 0o755


def test_the_windows_installer_installs_for_the_user_without_administrator_rights():
    script = (ROOT / "packaging" / "windows" / "hrdoc.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script
    assert r"DefaultDirName={localappdata}\Programs\hrdoc" in script
    # the licence file it shows is where the spec puts the resources
    assert r"_internal\hrdoc\resources\text\third_party.txt" in script
    spec = (ROOT / "packaging" / "hrdoc.spec").read_text(encoding="utf-8")
    assert '"hrdoc/resources"' in spec


def test_the_packaged_app_runs_the_worker_by_its_argument(tmp_path):
    """packaging/entry.py dispatches the worker's argument before anything else
    (a large bundle's cipher runs in a second process: hrdoc/core/ageworker.py)."""
    import subprocess
    import sys

    import pyrage

    from hrdoc.core import ageworker

    entry = Path(__file__).resolve().parent.parent / "packaging" / "entry.py"
    assert ageworker.WORKER_ARGUMENT in entry.read_text()
    identity = pyrage.x25519.Identity.generate()
    out = subprocess.run(
        [
            sys.executable,
            str(entry),
            ageworker.WORKER_ARGUMENT,
            "encrypt",
            str(identity.to_public()),
        ],
        input=b"through the packaged entry",
        capture_output=True,
        check=True,
    ).stdout
    assert pyrage.decrypt(out, [identity]) == b"through the packaged entry"

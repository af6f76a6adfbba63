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

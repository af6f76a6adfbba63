"""`make dist`: the desktop app as one self-contained artifact for this machine.

Linux: ``dist/hrdoc-<version>-linux-<arch>.tar.gz``, a folder with Python,
Qt and hrdoc that runs from wherever it is unpacked, without root or network
(PyInstaller, one-folder mode: the one-file mode unpacks itself into /tmp at
every start, which writes outside the data folder and starts slower).
Windows: ``hrdoc-<version>-windows-<arch>-portable.zip`` (the same folder, for
a USB stick) and, where Inno Setup's ``iscc`` is installed,
``hrdoc-<version>-windows-<arch>-setup.exe`` (installs for the current user,
no administrator rights). macOS: ``hrdoc-<version>-macos-<arch>.dmg`` with
``hrdoc.app``. Windows and macOS build on their own machines
(.github/workflows/dist.yml).
Also ``dist/SHA256SUMS`` and, when ``MINISIGN_SECRET_KEY`` names a key file,
``dist/SHA256SUMS.minisig``: how to check them is in packaging/README.md.

Reproducible as far as the tools allow: PYTHONHASHSEED=0, SOURCE_DATE_EPOCH
(the last commit's time unless set), and a tar with sorted names, fixed
times, owners and modes, gzip without a timestamp.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def source_date_epoch() -> int:
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
            capture_output=True,
            text=True,
            check=True,
        )
        return int(out.stdout.strip())
    except (OSError, subprocess.CalledProcessError, ValueError):
        return 0


def build_folder(work: Path, epoch: int) -> Path:
    env = dict(os.environ, PYTHONHASHSEED="0", SOURCE_DATE_EPOCH=str(epoch))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "app"),
            "--workpath",
            str(work / "pyinstaller"),
            str(ROOT / "packaging" / "hrdoc.spec"),
        ],
        env=env,
        check=True,
    )
    return work / "app" / "hrdoc"


def _normalised(info: tarfile.TarInfo, epoch: int) -> tarfile.TarInfo:
    info.mtime = epoch
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    if info.isdir() or info.mode & 0o111:
        info.mode = 0o755
    else:
        info.mode = 0o644
    return info


def deterministic_tar_gz(folder: Path, dest: Path, epoch: int) -> None:
    """The folder as a tar.gz whose bytes depend only on the files' contents."""
    paths = sorted(
        [folder, *folder.rglob("*")], key=lambda p: p.relative_to(folder.parent).as_posix()
    )
    with (
        open(dest, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as zipped,
        tarfile.open(fileobj=zipped, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        for path in paths:
            name = path.relative_to(folder.parent).as_posix()
            info = _normalised(tar.gettarinfo(str(path), arcname=name), epoch)
            if info.isreg():
                with open(path, "rb") as f:
                    tar.addfile(info, f)
            else:
                tar.addfile(info)


def deterministic_zip(folder: Path, dest: Path, epoch: int) -> None:
    """The folder as a zip whose bytes depend only on the files' contents
    (Windows' own Explorer opens it; no tool needs installing)."""
    import zipfile

    when = time.gmtime(max(epoch, 315532800))[:6]  # zip cannot say before 1980
    paths = sorted(folder.rglob("*"), key=lambda p: p.relative_to(folder.parent).as_posix())
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for path in paths:
            if path.is_dir():
                continue
            info = zipfile.ZipInfo(path.relative_to(folder.parent).as_posix(), date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (0o755 if os.access(path, os.X_OK) else 0o644) << 16
            info.create_system = 3  # the same on every build machine
            out.writestr(info, path.read_bytes())


def windows_installer(folder: Path, dest: Path, version: str) -> Path | None:
    """An Inno Setup installer for the folder, if ``iscc`` is installed."""
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        return None
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={version}",
            f"/DSourceDir={folder}",
            f"/DOutputDir={dest.parent}",
            f"/DOutputName={dest.stem}",
            str(ROOT / "packaging" / "windows" / "hrdoc.iss"),
        ],
        check=True,
    )
    return dest


def macos_disk_image(app: Path, dest: Path) -> None:
    """A compressed .dmg holding hrdoc.app (hdiutil is part of macOS)."""
    dest.unlink(missing_ok=True)
    command = ["hdiutil", "create", "-volname", "hrdoc", "-srcfolder", str(app), "-ov"]
    subprocess.run([*command, "-format", "UDZO", str(dest)], check=True)


def sha256sums(files: list[Path], dest: Path) -> None:
    lines = []
    for path in files:
        digest = hashlib.sha256()
        with open(path, "rb") as f:
            while block := f.read(1 << 20):
                digest.update(block)
        lines.append(f"{digest.hexdigest()}  {path.name}\n")
    dest.write_text("".join(lines), encoding="ascii")


def sign(sums: Path, secret_key: Path) -> Path:
    """A detached minisign signature over SHA256SUMS (the key is never in the repository)."""
    signature = sums.with_name(sums.name + ".minisig")
    subprocess.run(
        ["minisign", "-S", "-s", str(secret_key), "-m", str(sums), "-x", str(signature)],
        check=True,
        stdin=subprocess.DEVNULL,
    )
    return signature


def artifacts(folder: Path, out: Path, version: str, epoch: int) -> list[Path]:
    """This machine's artifacts, made from the built folder."""
    arch = {"amd64": "x86_64", "aarch64": "arm64"}.get(
        platform.machine().lower(), platform.machine().lower()
    )
    if sys.platform == "win32":
        portable = out / f"hrdoc-{version}-windows-{arch}-portable.zip"
        deterministic_zip(folder, portable, epoch)
        setup = windows_installer(
            folder, out / f"hrdoc-{version}-windows-{arch}-setup.exe", version
        )
        return [portable] + ([setup] if setup else [])
    if sys.platform == "darwin":
        image = out / f"hrdoc-{version}-macos-{arch}.dmg"
        macos_disk_image(folder.parent / "hrdoc.app", image)
        return [image]
    archive = out / f"hrdoc-{version}-linux-{arch}.tar.gz"
    deterministic_tar_gz(folder, archive, epoch)
    return [archive]


def main() -> int:
    from hrdoc import __version__

    epoch = source_date_epoch()
    work = ROOT / "build"
    out = ROOT / "dist"
    out.mkdir(exist_ok=True)
    folder = build_folder(work, epoch)
    made = artifacts(folder, out, __version__, epoch)
    sums = out / "SHA256SUMS"
    sha256sums(made, sums)
    key = os.environ.get("MINISIGN_SECRET_KEY")
    signed = f", signed: {sign(sums, Path(key)).name}" if key else " (not signed)"
    for artifact in made:
        print(f"{artifact} ({artifact.stat().st_size / 1e6:.0f} MB)")
    print(f"{sums}{signed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

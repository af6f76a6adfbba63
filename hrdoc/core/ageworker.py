"""A large bundle's age encryption or decryption, in a second process.

pyrage holds Python's lock while it encrypts or decrypts, so in one process
the bundle's cipher and the vault's side (the tar stream, SHA-256, the
sealed evidence files) take turns on one core. In a second process they run
side by side (README, design notes, "Speed", has the figures).
The second process is this module run by the same Python (or, in the
packaged app, the same program with ``WORKER_ARGUMENT``); it runs only
pyrage and hrdoc's strict header check, and is used for bundles of
``THRESHOLD`` bytes or more (starting it costs some 50 ms, which a small
bundle does not repay) on Linux and macOS. Elsewhere, or when it cannot
start, the bundle is done in this process as before: same result, slower.

Nothing secret passes on a command line or in the environment: the
decrypting identity goes through a pipe of its own; recipients are public.
If this process dies, the worker finds its pipe closed and ends; a bundle
being written is then only a temporary file, never renamed into place.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any, BinaryIO

from hrdoc.core import agefile
from hrdoc.core.agefile import (
    PIPE_BYTES,
    AgeError,
    DecryptingPipe,
    checked,
    classify,
    more_than_zeros,
    recipients_from,
    widen_pipe,
)
from hrdoc.core.errors import HrdocError, is_disk_full

#: bundles this large or larger are done in a worker process
THRESHOLD = 64 << 20
#: what the packaged app's entry point runs the worker by (packaging/entry.py)
WORKER_ARGUMENT = "--hrdoc-age-worker"


_STOPPED = 3


class _NotStarted(Exception):
    """The worker could not start: do the work in this process."""


def _unexplained() -> AgeError:
    return AgeError("the bundle could not be encrypted or decrypted", "payload")


def available() -> bool:
    return os.name == "posix"


def _command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_ARGUMENT]
    # -P: never a module from the current folder (a pyrage.py in Downloads);
    # otherwise the same modules as this process finds
    return [sys.executable, "-P", "-m", "hrdoc.core.ageworker"]


def _failure(proc: subprocess.Popen[bytes], *, stopped: bool = False) -> AgeError | OSError | None:
    """What the worker reported, once it has ended; None if it succeeded,
    or if it was ``stopped`` on purpose and has nothing to report. A worker
    that ended any other way (killed) did not finish: that is a failure."""
    err = proc.stderr.read() if proc.stderr else b""
    code = proc.wait()
    if code == 0 or (stopped and code != 1):
        return None
    if code != 1:
        return _unexplained()
    try:
        report = json.loads(err.decode("utf-8").splitlines()[-1])
    except (ValueError, IndexError, UnicodeDecodeError):
        return _unexplained()
    if report.get("errno"):
        return OSError(int(report["errno"]), os.strerror(int(report["errno"])))
    return AgeError(str(report.get("message", "")), str(report.get("kind", "payload")))


class DecryptingProcess:
    """:class:`hrdoc.core.agefile.DecryptingPipe`'s interface, with the
    decryption in a worker process: read plaintext from :attr:`reader`,
    then call :meth:`finish`, or :meth:`close` to stop early."""

    def __init__(self, source: BinaryIO, identity: Any) -> None:
        # the worker reads the same open file from where this process stands
        # (a buffered reader's position need not be the system's)
        os.lseek(source.fileno(), source.tell(), os.SEEK_SET)
        key_read, key_write = os.pipe()
        try:
            self._proc = subprocess.Popen(
                [*_command(), "decrypt", str(key_read)],
                stdin=source.fileno(),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                pass_fds=(key_read,),
                bufsize=PIPE_BYTES,
            )
        except BaseException:
            os.close(key_write)
            raise
        finally:
            os.close(key_read)
        try:
            with open(key_write, "wb") as keys:
                keys.write(str(identity).encode("ascii") + b"\n")
        except BrokenPipeError:
            pass  # the worker ended at once: reading finds nothing, and close() says why
        assert self._proc.stdout is not None
        widen_pipe(self._proc.stdout.fileno())
        self.reader: BinaryIO = self._proc.stdout  # type: ignore[assignment]

    def close(self) -> AgeError | None:
        """Stop early; the decryption's own error, if it failed. With the
        pipe closed, the worker ends by itself (its writes fail, or it had
        already failed and is reporting why)."""
        with contextlib.suppress(OSError):
            self.reader.close()
        try:
            self._proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._proc.kill()
        failure = _failure(self._proc, stopped=True)
        return failure if isinstance(failure, AgeError) else None

    def finish(self) -> None:
        """Drain what is left, wait for the worker, and raise its error if any."""
        trailing = more_than_zeros(self.reader)
        self.reader.close()  # if it stopped early, the worker's writes fail: it ends
        failure = _failure(self._proc, stopped=trailing)
        if failure is not None:
            raise failure
        if trailing:
            raise HrdocError("the bundle has data after its end; refused")


def encrypt(chunks: Iterator[bytes], out: BinaryIO, recipients: list[str]) -> None:
    """Encrypt ``chunks`` to ``recipients`` into ``out`` (an open file the
    worker writes to directly); the caller flushes and renames it."""
    out.flush()
    try:
        proc = subprocess.Popen(
            [*_command(), "encrypt", *recipients],
            stdin=subprocess.PIPE,
            stdout=out.fileno(),
            stderr=subprocess.PIPE,
            bufsize=PIPE_BYTES,
        )
    except OSError:
        raise _NotStarted() from None
    assert proc.stdin is not None
    widen_pipe(proc.stdin.fileno())
    try:
        for chunk in chunks:
            proc.stdin.write(chunk)
        proc.stdin.close()
    except BrokenPipeError:
        pass  # the worker ended: its report says why
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    failure = _failure(proc)
    if failure is not None:
        raise failure


def _worth_it(size: int, *files: Any) -> bool:
    if size < THRESHOLD or not available():
        return False
    try:
        return all(f.fileno() >= 0 for f in files)
    except (OSError, AttributeError, ValueError):  # not a real file (a test's BytesIO)
        return False


def decrypting(source: BinaryIO, identity: Any, size: int) -> DecryptingPipe | DecryptingProcess:
    """Decrypt ``source`` (a bundle of ``size`` bytes) in a worker process
    if it is large and one can start, else in a thread of this one."""
    if _worth_it(size, source):
        try:
            return DecryptingProcess(source, identity)
        except OSError:
            pass
    return DecryptingPipe(source, [identity])


def encrypt_stream(
    chunks: Iterator[bytes], out: BinaryIO, recipients: list[str], size: int
) -> None:
    """:func:`hrdoc.core.agefile.encrypt_stream`, in a worker process for
    ``size`` (the evidence it carries) of THRESHOLD or more."""
    if _worth_it(size, out):
        try:
            encrypt(chunks, out, recipients)
            return
        except _NotStarted:
            pass
    agefile.encrypt_stream(chunks, out, recipients)


# --- the worker -----------------------------------------------------------------


def _report(exc: BaseException) -> None:
    if is_disk_full(exc):
        import errno

        sys.stderr.write(json.dumps({"errno": errno.ENOSPC}) + "\n")
        return
    error = classify(exc) if isinstance(exc, Exception) else AgeError(str(exc), "payload")
    sys.stderr.write(json.dumps({"kind": error.kind, "message": str(error)}) + "\n")


def main(argv: list[str]) -> int:
    import pyrage

    source: BinaryIO = open(0, "rb", buffering=PIPE_BYTES, closefd=False)  # noqa: SIM115
    target: BinaryIO = open(1, "wb", buffering=PIPE_BYTES, closefd=False)  # noqa: SIM115
    try:
        if argv[:1] == ["decrypt"] and len(argv) == 2:
            with open(int(argv[1]), "rb") as keys:
                identity = pyrage.x25519.Identity.from_str(keys.readline().decode().strip())
            pyrage.decrypt_io(checked(source), target, [identity])
        elif argv[:1] == ["encrypt"] and len(argv) > 1:
            pyrage.encrypt_io(source, target, recipients_from(argv[1:]))
        else:
            sys.stderr.write(json.dumps({"message": "usage: decrypt FD | encrypt RECIPIENT..."}))
            return 2
        target.flush()
    except Exception as exc:
        if _reader_stopped(exc):
            return _STOPPED  # nothing to report: the reader has its own reason
        _report(exc)
        return 1
    return 0


def _reader_stopped(exc: BaseException) -> bool:
    """A write to a closed pipe, even as pyrage reports it (its own error
    type, with the cause in its text)."""
    import errno

    if isinstance(exc, OSError) and exc.errno == errno.EPIPE:
        return True
    return "broken pipe" in str(exc).lower()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

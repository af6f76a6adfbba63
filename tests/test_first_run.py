"""`make run` on a fresh machine: bare `hrdoc` at a terminal walks a person
through creating a vault. Driven through a pseudo-terminal, as a person would."""

from __future__ import annotations

import os
import re
import select
import sys
import time

import pytest

pty = pytest.importorskip("pty")


class Terminal:
    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # child
            os.execve(sys.executable, [sys.executable, "-m", "hrdoc.cli", *argv], env)  # noqa: S606
        self.buf = b""
        self.pos = 0

    def expect(self, pattern: bytes, timeout: float = 60) -> re.Match[bytes]:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            match = re.search(pattern, self.buf[self.pos :])
            if match:
                self.pos += match.end()
                return match
            ready, _, _ = select.select([self.fd], [], [], 0.2)
            if ready:
                try:
                    self.buf += os.read(self.fd, 4096)
                except OSError:
                    break
        raise AssertionError(f"no {pattern!r} in {self.buf.decode(errors='replace')!r}")

    def send(self, text: str) -> None:
        time.sleep(0.3)  # getpass flushes typed-ahead input when it starts
        os.write(self.fd, text.encode() + b"\n")

    def exit_code(self) -> int:
        _, status = os.waitpid(self.pid, 0)
        return os.waitstatus_to_exitcode(status)


def test_first_run_creates_a_vault_with_the_sample_case(hrdoc_home):
    env = {k: v for k, v in os.environ.items() if not k.startswith("HRDOC_PASSPHRASE")}
    env["HRDOC_HOME"] = str(hrdoc_home)
    term = Terminal([], env)
    term.expect(rb"no vault yet")
    term.expect(rb"\[y/N\]")
    term.send("y")
    term.expect(rb"New passphrase: ")
    term.send("short")
    term.expect(rb"too weak.*Please choose another")
    term.expect(rb"New passphrase: ")
    term.send("olive harbour quietly sings")
    term.expect(rb"Repeat the new passphrase: ")
    term.send("olive harbour quietly sings")
    code = term.expect(rb"((\d{6}-){7}(\d{6}))").group(3).decode()
    term.expect(rb"last group of 6 digits: ")
    term.send("000")
    term.expect(rb"not the last group")
    term.expect(rb"last group of 6 digits: ")
    term.send(code)
    term.expect(rb"Loaded the fictional sample case")
    assert term.exit_code() == 0
    assert (hrdoc_home / "vault" / "vault.db").exists()


def test_ctrl_d_at_the_code_confirmation_leaves_a_usable_vault_and_a_way_to_a_new_code(
    hrdoc_home, cli, monkeypatch
):
    env = {k: v for k, v in os.environ.items() if not k.startswith("HRDOC_PASSPHRASE")}
    env["HRDOC_HOME"] = str(hrdoc_home)
    term = Terminal(["init"], env)
    term.expect(rb"New passphrase: ")
    term.send("olive harbour quietly sings")
    term.expect(rb"Repeat the new passphrase: ")
    term.send("olive harbour quietly sings")
    old = term.expect(rb"((\d{6}-){7}(\d{6}))").group(1).decode()
    term.expect(rb"last group of 6 digits: ")
    time.sleep(0.3)
    os.write(term.fd, b"\x04")  # Ctrl-D
    term.expect(rb"Not confirmed\. The vault is ready.*hrdoc recovery-code")
    assert term.exit_code() == 0
    assert b"Traceback" not in term.buf and b"EOFError" not in term.buf
    monkeypatch.setenv("HRDOC_PASSPHRASE", "olive harbour quietly sings")
    assert cli("unlock-check").code == 0
    made = cli("recovery-code", "--yes")
    new = re.search(r"(\d{6}-){7}\d{6}", made.out)
    assert made.code == 0 and new and new.group(0) != old
    from hrdoc import paths
    from hrdoc.core.errors import WrongRecoveryCode
    from hrdoc.core.keyslots import KeySlotFile

    slots = KeySlotFile.load(paths.default_vault_dir() / "vault.keys")
    slots.unwrap_with_recovery_code(new.group(0))
    with pytest.raises(WrongRecoveryCode):
        slots.unwrap_with_recovery_code(old)
    assert cli("verify").code == 0

"""A passphrase change killed at every step (issue 17): after each, the vault
opens with the old passphrase or the new one, never with neither, and with
its recovery code; its database is whole.

The child counts the file-system steps the change makes (opening, writing,
syncing, renaming, removing files; SQLite's own writes come after the key
file is in place) and kills itself at step k, for k = 1, 2, ... until the
change completes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from hrdoc.core.keyslots import Argon2Params
from hrdoc.core.vault import Vault

OLD, NEW = "old passphrase of the campaign", "new passphrase of the campaign"
ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import os, signal, sys
from pathlib import Path
from hrdoc.core import passphrases
passphrases.check = lambda *a, **k: None
from hrdoc.core.vault import Vault

folder, old, new, stop_at = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
vault = Vault.open(folder, old)
steps = 0

def counted(fn):
    def step(*args, **kwargs):
        global steps
        steps += 1
        if steps == stop_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return fn(*args, **kwargs)
    return step

for name in ("open", "write", "fsync", "replace", "rename", "unlink", "close", "fchmod"):
    setattr(os, name, counted(getattr(os, name)))
vault.change_passphrase(new)
print("done", steps, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_passphrase_change_killed_at_every_step(tmp_path):
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    outcomes = []
    for stop_at in range(1, 200):
        folder = tmp_path / f"v{stop_at}"
        vault, code = Vault.create(folder, OLD, kdf_params=Argon2Params())
        vault.lock()
        child = subprocess.run(
            [sys.executable, "-c", CHILD, str(folder), OLD, NEW, str(stop_at)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        finished = child.returncode == 0 and child.stdout.startswith("done")
        opens = []
        for passphrase in (OLD, NEW):
            try:
                with Vault.open(folder, passphrase) as opened:
                    assert [r[0] for r in opened.conn.execute("PRAGMA integrity_check")] == ["ok"]
                opens.append(passphrase)
            except Exception:  # noqa: S112 (the other one may open it)
                continue
        assert opens, f"killed at step {stop_at}: neither passphrase opens the vault"
        assert len(opens) == 1, f"killed at step {stop_at}: both passphrases open it"
        with Vault.open_with_recovery_code(folder, code):
            pass
        outcomes.append(opens[0])
        if finished:
            assert opens == [NEW]
            break
    else:
        raise AssertionError("the change never finished")
    # the kills fell before and after the key file was replaced
    assert outcomes[0] == OLD and outcomes[-1] == NEW
    assert len(outcomes) > 5, outcomes

"""A bounded crash campaign in every `make test` (tests/crash/campaign.py;
`make crash` runs 200 kills)."""

from __future__ import annotations

import os
import signal

import pytest

from tests.crash import campaign

KILLS = int(os.environ.get("HRDOC_CRASH_KILLS", "36"))  # six of each kind of write


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kills_at_random_moments_lose_nothing_committed(tmp_path):
    tally = campaign.run(KILLS, tmp_path, evidence_mb="2-6")
    assert sum(tally.kills.values()) == KILLS
    for mode in campaign.MODES:
        assert tally.checks[mode] == tally.kills[mode], mode  # every vault checked whole
        if mode != "migration":
            assert tally.checks[f"{mode} (recovery code)"] == tally.kills[mode], mode
    # the writers got work done between kills: the checks had something to find
    for mode in ("edits", "evidence", "purge", "import", "passphrase"):
        assert tally.committed[mode] > 0, f"{mode}: nothing committed before the kills"

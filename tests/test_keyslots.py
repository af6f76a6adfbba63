"""Key slots and recovery codes."""

from __future__ import annotations

import itertools
import json
import random

import pytest

from hrdoc.core import keyslots
from hrdoc.core.errors import InvalidInput, VaultCorrupt, WrongPassphrase, WrongRecoveryCode
from hrdoc.core.keyslots import Argon2Params, KeySlotFile

# The autouse fixture replaces calibrate_argon2 for speed; keep the real one.
REAL_CALIBRATE = keyslots.calibrate_argon2


def test_recovery_code_is_eight_groups_of_six_digits_with_about_128_bits():
    code = keyslots.new_recovery_code()
    groups = code.split("-")
    assert len(groups) == 8 and all(len(g) == 6 and g.isdigit() for g in groups)
    # 40 random digits: log2(10**40) is about 132.9 bits
    assert keyslots.RECOVERY_GROUPS * keyslots.RECOVERY_GROUP_DIGITS == 40
    assert keyslots.normalize_recovery_code(code) == code
    assert keyslots.new_recovery_code() != code


def test_check_digit_catches_every_single_digit_typo_and_adjacent_swap():
    rng = random.Random(7)
    for _ in range(200):
        body = "".join(str(rng.randrange(10)) for _ in range(5))
        group = body + str(keyslots.damm_check_digit(body))
        assert keyslots.damm_check_digit(group) == 0
        for pos, digit in itertools.product(range(6), "0123456789"):
            typo = group[:pos] + digit + group[pos + 1 :]
            if typo != group:
                assert keyslots.damm_check_digit(typo) != 0, (group, typo)
        for pos in range(5):
            swapped = group[:pos] + group[pos + 1] + group[pos] + group[pos + 2 :]
            if swapped != group:
                assert keyslots.damm_check_digit(swapped) != 0


def test_recovery_code_accepts_spaces_and_arabic_indic_digits():
    code = keyslots.new_recovery_code()
    arabic = code.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")).replace("-", " ")
    assert keyslots.normalize_recovery_code(arabic) == code


def test_mistyped_recovery_code_names_the_group():
    code = keyslots.new_recovery_code()
    groups = code.split("-")
    groups[2] = groups[2][:3] + str((int(groups[2][3]) + 1) % 10) + groups[2][4:]
    with pytest.raises(InvalidInput, match="group 3"):
        keyslots.normalize_recovery_code("-".join(groups))
    with pytest.raises(InvalidInput, match="48 digits"):
        keyslots.normalize_recovery_code("1234")
    with pytest.raises(InvalidInput, match="only digits"):
        keyslots.normalize_recovery_code("abcd")


def test_slots_unwrap_only_with_the_right_secret(tmp_path):
    key = bytes(range(32))
    slots, code = KeySlotFile.create(
        tmp_path / "k", "vault-1", key, "a passphrase here", Argon2Params()
    )
    slots.save()
    loaded = KeySlotFile.load(tmp_path / "k")
    assert loaded.unwrap_with_passphrase("a passphrase here") == key
    assert loaded.unwrap_with_recovery_code(code) == key
    with pytest.raises(WrongPassphrase):
        loaded.unwrap_with_passphrase("a passphrase herE")
    other = keyslots.new_recovery_code()
    with pytest.raises(WrongRecoveryCode):
        loaded.unwrap_with_recovery_code(other)


def test_slot_bound_to_its_vault_and_parameters(tmp_path):
    key = bytes(32)
    slots, _ = KeySlotFile.create(
        tmp_path / "k", "vault-1", key, "a passphrase here", Argon2Params()
    )
    slots.save()
    doc = json.loads((tmp_path / "k").read_text())
    doc["vault_id"] = "vault-2"
    (tmp_path / "k").write_text(json.dumps(doc))
    with pytest.raises(VaultCorrupt, match="altered or damaged"):  # the checksum says so
        KeySlotFile.load(tmp_path / "k")
    # someone who also recomputes the checksum still meets the AEAD binding
    from hrdoc.core.keyslots import _checksum

    doc["check"] = _checksum(doc["vault_id"], doc["slots"])
    (tmp_path / "k").write_text(json.dumps(doc))
    with pytest.raises(WrongPassphrase):
        KeySlotFile.load(tmp_path / "k").unwrap_with_passphrase("a passphrase here")
    doc["vault_id"] = "vault-1"
    doc["slots"]["passphrase"]["kdf"]["iterations"] = 4
    doc["check"] = _checksum(doc["vault_id"], doc["slots"])
    (tmp_path / "k").write_text(json.dumps(doc))
    with pytest.raises(WrongPassphrase):
        KeySlotFile.load(tmp_path / "k").unwrap_with_passphrase("a passphrase here")


def test_parameters_below_minimum_are_refused(tmp_path):
    with pytest.raises(ValueError, match="minimum"):
        KeySlotFile.create(
            tmp_path / "k", "v", bytes(32), "pw pw pw pw", Argon2Params(memory_kib=8192)
        )
    with pytest.raises(ValueError, match="minimum"):
        Argon2Params(iterations=2).check_minimum()


def test_calibration_never_goes_below_the_minimum():
    params = REAL_CALIBRATE(target_seconds=0.05)
    assert params.memory_kib >= 64 * 1024 and params.iterations >= 3


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "truncated or damaged"),
        (b'{"format": "hrdoc-keyslots", "vers', "truncated or damaged"),
        (b"\xff\xfe\x00garbage", "truncated or damaged"),
        (b'{"format": "something-else"}', "not an hrdoc key-slot file"),
        (b'{"format": "hrdoc-keyslots", "version": 9}', "unsupported"),
    ],
)
def test_damaged_slot_file_is_named(tmp_path, content, message):
    path = tmp_path / "vault.keys"
    path.write_bytes(content)
    with pytest.raises(VaultCorrupt, match=message) as info:
        KeySlotFile.load(path)
    assert str(path) in str(info.value)

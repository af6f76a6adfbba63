"""Key slots: the vault's random database key, wrapped under each secret.

The slot file is small JSON beside the database. Each slot holds a KDF's
parameters, a nonce and the database key sealed with ChaCha20-Poly1305 under
the key the KDF derives from a secret. The slot name, vault id and KDF
parameters are bound as associated data, so a slot cannot be moved to another
vault or have its parameters edited without failing authentication.

- ``passphrase``: Argon2id, calibrated at creation to about 0.5-1 s, never
  below 64 MiB and t=3.
- ``recovery``: a printed code of 40 random decimal digits (about 133 bits),
  high-entropy already, so HKDF-SHA256 suffices.
- ``duress``: the decoy's key under the duress passphrase, or random bytes of
  the same shape when there is none (every file has it). It shares the
  passphrase slot's Argon2id salt and parameters, which are the vault's for
  its life: one derivation tries both slots (hrdoc/core/duress.py).

The file also keeps ``guard``: the optional limit on wrong passphrases and
the count so far (hrdoc/core/panic.py).

A wrong secret is detected by the AEAD tag before the database is touched.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hrdoc.core.atomic import atomic_write_bytes, full_fsync
from hrdoc.core.errors import (
    InvalidInput,
    VaultCorrupt,
    WrongPassphrase,
    WrongRecoveryCode,
)
from hrdoc.core.jsonin import parse_json

FORMAT = "hrdoc-keyslots"
FORMAT_VERSION = 1
KEY_BYTES = 32

MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
LANES = 4
MAX_MEMORY_KIB = 1024 * 1024
TARGET_SECONDS = 0.75

RECOVERY_GROUPS = 8
RECOVERY_GROUP_DIGITS = 5  # random digits per group; a Damm check digit follows each group


@dataclass(frozen=True)
class Argon2Params:
    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = MIN_ITERATIONS
    lanes: int = LANES

    def check_minimum(self) -> None:
        if self.memory_kib < MIN_MEMORY_KIB or self.iterations < MIN_ITERATIONS:
            raise ValueError("Argon2id parameters below the minimum (64 MiB, t=3)")


MAX_ITERATIONS = 4  # calibration always uses MIN_ITERATIONS; a little room
MAX_LANES = 8
MIN_SALT_BYTES, MAX_SALT_BYTES = 16, 64


def _checksum(vault_id: str, slots: dict[str, Any]) -> str:
    text = json.dumps({"vault_id": vault_id, "slots": slots}, sort_keys=True)
    return hashlib.sha256(b"hrdoc key slots\x00" + text.encode()).hexdigest()[:16]


def _check_argon2_bounds(params: Argon2Params, salt: bytes, path: Any) -> None:
    """Before any work: parameters hrdoc itself could have chosen on a
    machine like this one. A slot edited to ask for 4 GiB or 64 passes
    would otherwise cost gigabytes and minutes before 'wrong passphrase'."""
    memory_cap = MAX_MEMORY_KIB
    total = _total_memory_kib()
    if total:
        memory_cap = min(memory_cap, max(MIN_MEMORY_KIB, total // 2))
    if not (
        MIN_MEMORY_KIB <= params.memory_kib <= memory_cap
        and MIN_ITERATIONS <= params.iterations <= MAX_ITERATIONS
        and 1 <= params.lanes <= MAX_LANES
        and MIN_SALT_BYTES <= len(salt) <= MAX_SALT_BYTES
    ):
        raise VaultCorrupt(
            path,
            "key-slot file asks for key-derivation settings hrdoc never uses "
            f"({params.memory_kib // 1024} MiB, {params.iterations} passes, "
            f"{params.lanes} lanes, {len(salt)}-byte salt): it was altered; nothing was tried",
        )


#: when the machine's memory cannot be read: a cap a cheap laptop survives
UNKNOWN_MEMORY_CAP_KIB = 256 * 1024


def _total_memory_kib() -> int | None:
    """Physical memory in KiB: sysconf on Linux and macOS, the documented
    GlobalMemoryStatusEx on Windows (which has no sysconf); None if unknown."""
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // 1024
    except (AttributeError, ValueError, OSError):
        pass
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        class MemoryStatusEx(ctypes.Structure):
            _fields_ = [
                ("dwLength", ctypes.c_ulong),
                ("dwMemoryLoad", ctypes.c_ulong),
                ("ullTotalPhys", ctypes.c_ulonglong),
                ("ullAvailPhys", ctypes.c_ulonglong),
                ("ullTotalPageFile", ctypes.c_ulonglong),
                ("ullAvailPageFile", ctypes.c_ulonglong),
                ("ullTotalVirtual", ctypes.c_ulonglong),
                ("ullAvailVirtual", ctypes.c_ulonglong),
                ("ullAvailExtendedVirtual", ctypes.c_ulonglong),
            ]

        status = MemoryStatusEx()
        status.dwLength = ctypes.sizeof(MemoryStatusEx)
        if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):  # type: ignore[attr-defined]
            return int(status.ullTotalPhys // 1024)
    return None


def _argon2(secret: bytes, salt: bytes, p: Argon2Params) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=p.iterations,
        lanes=p.lanes,
        memory_cost=p.memory_kib,
    )
    return kdf.derive(secret)


def calibrate_argon2(target_seconds: float = TARGET_SECONDS) -> Argon2Params:
    """Pick Argon2id parameters that take about ``target_seconds`` here.

    Starts at the minimum (64 MiB, t=3) and raises memory, the costlier
    resource for an attacker's hardware, capped at 1 GiB and a quarter of RAM.
    """
    base = Argon2Params()
    start = time.perf_counter()
    _argon2(b"calibration", secrets.token_bytes(16), base)
    elapsed = max(time.perf_counter() - start, 1e-3)
    if elapsed >= 0.5:
        return base
    total = _total_memory_kib()
    cap = min(MAX_MEMORY_KIB, total // 4) if total else UNKNOWN_MEMORY_CAP_KIB
    memory = base.memory_kib
    for _ in range(2):  # time is not quite linear in memory: measure the guess once more
        memory = int(memory * target_seconds / elapsed)
        memory = max(MIN_MEMORY_KIB, min(cap, memory))
        memory -= memory % (8 * LANES)
        guess = Argon2Params(memory_kib=memory, iterations=MIN_ITERATIONS, lanes=LANES)
        start = time.perf_counter()
        _argon2(b"calibration", secrets.token_bytes(16), guess)
        elapsed = max(time.perf_counter() - start, 1e-3)
        if 0.6 <= elapsed <= 1.0 or memory in (MIN_MEMORY_KIB, cap):
            break
    return guess


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, path: Path) -> bytes:
    if not isinstance(text, str):
        raise VaultCorrupt(path, "damaged key-slot file (a field has the wrong type)")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise VaultCorrupt(path, "damaged key-slot file (bad base64)") from exc


def _aad(vault_id: str, name: str, kdf: dict[str, Any]) -> bytes:
    bound = {"format": FORMAT, "version": FORMAT_VERSION, "vault_id": vault_id, "slot": name}
    bound["kdf"] = kdf
    return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode()


# --- recovery codes -------------------------------------------------------

_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)


def damm_check_digit(digits: str) -> int:
    interim = 0
    for ch in digits:
        interim = _DAMM[interim][int(ch)]
    return interim


def new_recovery_code() -> str:
    """A code to print or write down: 8 groups of 6 digits, each ending in a check digit."""
    groups = []
    for _ in range(RECOVERY_GROUPS):
        body = "".join(str(secrets.randbelow(10)) for _ in range(RECOVERY_GROUP_DIGITS))
        groups.append(body + str(damm_check_digit(body)))
    return "-".join(groups)


def normalize_recovery_code(text: str) -> str:
    """Accept the code as typed: any separators, and digits of any script (e.g. ٠١٢)."""
    digits = []
    for ch in text:
        if ch.isspace() or ch in "-‐‑–—_.,":
            continue
        value = unicodedata.digit(ch, None)
        if value is None:
            raise InvalidInput("a recovery code has only digits (groups separated by '-')")
        digits.append(str(value))
    width = RECOVERY_GROUP_DIGITS + 1
    if len(digits) != RECOVERY_GROUPS * width:
        raise InvalidInput(
            f"a recovery code has {RECOVERY_GROUPS * width} digits; {len(digits)} were given"
        )
    groups = ["".join(digits[i : i + width]) for i in range(0, len(digits), width)]
    for number, group in enumerate(groups, start=1):
        if damm_check_digit(group) != 0:
            raise InvalidInput(f"group {number} of the recovery code ({group}) has a typo")
    return "-".join(groups)


def _recovery_secret(code: str) -> bytes:
    return "".join(g[:RECOVERY_GROUP_DIGITS] for g in code.split("-")).encode("ascii")


def _hkdf(secret: bytes, salt: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"hrdoc recovery slot v1"
    ).derive(secret)


# --- the slot file --------------------------------------------------------


class KeySlotFile:
    """The parsed slot file. Writes always go through :meth:`save` (atomic)."""

    def __init__(
        self,
        path: Path,
        vault_id: str,
        slots: dict[str, dict[str, Any]],
        guard: dict[str, int] | None = None,
    ) -> None:
        self.path = path
        self.vault_id = vault_id
        self.slots = slots
        #: wipe after this many wrong passphrases in a row (0: never), and the
        #: count so far; in this file, so a copy of the folder keeps it
        self.guard = dict(guard or {"wipe_after": 0, "failures": 0})

    # creation ------------------------------------------------------------

    @classmethod
    def create(
        cls, path: Path, vault_id: str, db_key: bytes, passphrase: str, params: Argon2Params
    ) -> tuple[KeySlotFile, str]:
        params.check_minimum()
        slots = cls(path, vault_id, {})
        slots.set_passphrase(db_key, passphrase, params)
        code = new_recovery_code()
        slots._seal_recovery(db_key, code)
        slots.fill_duress()
        return slots, code

    def _passphrase_kdf(self, params: Argon2Params | None) -> dict[str, Any]:
        """The Argon2id parameters both passphrase slots share: the vault's
        own, kept for its life (the duress slot, sealed under them, must stay
        openable), or new ones for a new vault."""
        existing = self.slots.get("passphrase")
        if existing is not None:
            return dict(existing["kdf"])
        assert params is not None
        params.check_minimum()
        return {
            "name": "argon2id",
            "salt": _b64(secrets.token_bytes(16)),
            "memory_kib": params.memory_kib,
            "iterations": params.iterations,
            "lanes": params.lanes,
        }

    def _argon2_wrapping(self, passphrase: str, kdf: dict[str, Any]) -> bytes:
        try:
            params = Argon2Params(
                memory_kib=int(kdf["memory_kib"]),
                iterations=int(kdf["iterations"]),
                lanes=int(kdf["lanes"]),
            )
            salt = _unb64(kdf["salt"], self.path)
        except (KeyError, TypeError, ValueError) as exc:
            raise VaultCorrupt(self.path, "key-slot file is damaged (KDF parameters)") from exc
        if kdf.get("name") != "argon2id":
            raise VaultCorrupt(self.path, "key-slot file has an unknown passphrase KDF")
        _check_argon2_bounds(params, salt, self.path)
        return _argon2(passphrase.encode("utf-8"), salt, params)

    def set_passphrase(
        self, db_key: bytes, passphrase: str, params: Argon2Params | None = None
    ) -> None:
        kdf = self._passphrase_kdf(params)
        self._seal("passphrase", kdf, self._argon2_wrapping(passphrase, kdf), db_key)

    def set_duress(self, decoy_key: bytes, passphrase: str) -> None:
        """Seal the decoy's key under the duress passphrase (same KDF as the
        passphrase slot: one derivation at unlock tries both)."""
        kdf = self._passphrase_kdf(None)
        self._seal("duress", kdf, self._argon2_wrapping(passphrase, kdf), decoy_key)

    def fill_duress(self) -> None:
        """A duress slot that nothing opens, the same shape as a real one:
        every vault has one, so a real one cannot be told apart."""
        kdf = self._passphrase_kdf(None)
        self.slots["duress"] = {
            "kdf": kdf,
            "cipher": "chacha20-poly1305",
            "nonce": _b64(secrets.token_bytes(12)),
            "sealed_key": _b64(secrets.token_bytes(KEY_BYTES + 16)),
        }

    def replace_recovery(self, db_key: bytes) -> str:
        """Seal the key under a new recovery code (the old one stops working)."""
        code = new_recovery_code()
        self._seal_recovery(db_key, code)
        return code

    def _seal_recovery(self, db_key: bytes, code: str) -> None:
        salt = secrets.token_bytes(16)
        kdf = {"name": "hkdf-sha256", "salt": _b64(salt)}
        self._seal("recovery", kdf, _hkdf(_recovery_secret(code), salt), db_key)

    def _seal(self, name: str, kdf: dict[str, Any], wrapping: bytes, db_key: bytes) -> None:
        nonce = secrets.token_bytes(12)
        sealed = ChaCha20Poly1305(wrapping).encrypt(nonce, db_key, _aad(self.vault_id, name, kdf))
        self.slots[name] = {
            "kdf": kdf,
            "cipher": "chacha20-poly1305",
            "nonce": _b64(nonce),
            "sealed_key": _b64(sealed),
        }

    # reading ---------------------------------------------------------------

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            raise VaultCorrupt(
                path, "key-slot file is missing; the vault cannot be opened"
            ) from exc
        except OSError as exc:
            raise VaultCorrupt(path, f"cannot read key-slot file ({exc.strerror})") from exc
        try:
            doc = parse_json(raw, "key-slot file")
        except InvalidInput as exc:
            raise VaultCorrupt(path, "key-slot file is truncated or damaged") from exc
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise VaultCorrupt(path, "not an hrdoc key-slot file")
        if doc.get("version") != FORMAT_VERSION:
            raise VaultCorrupt(path, f"unsupported key-slot file version {doc.get('version')!r}")
        vault_id, slots = doc.get("vault_id"), doc.get("slots")
        if not isinstance(vault_id, str) or not isinstance(slots, dict):
            raise VaultCorrupt(path, "key-slot file is damaged (missing fields)")
        check = doc.get("check")
        if check is not None and check != _checksum(vault_id, slots):
            # not a defence (anyone can recompute it): it tells damage or an
            # edit apart from a wrong passphrase, which the AEAD cannot
            raise VaultCorrupt(path, "key-slot file was altered or damaged (its checksum differs)")
        for name, slot in slots.items():
            if not isinstance(slot, dict) or not isinstance(slot.get("kdf"), dict):
                raise VaultCorrupt(path, f"key-slot file is damaged (slot {name!r})")
        guard = doc.get("guard", {})
        if not isinstance(guard, dict) or not all(
            isinstance(guard.get(k, 0), int) and 0 <= guard.get(k, 0) <= 1000
            for k in ("wipe_after", "failures")
        ):
            raise VaultCorrupt(path, "key-slot file is damaged (guard)")
        return cls(path, vault_id, slots, {k: guard.get(k, 0) for k in ("wipe_after", "failures")})

    def _serialized(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "slots": self.slots,
            "check": _checksum(self.vault_id, self.slots),
            "guard": self.guard,
        }
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode()

    def save(self) -> None:
        atomic_write_bytes(self.path, self._serialized())

    # destroying (panic) -------------------------------------------------------

    def destroy(self, names: tuple[str, ...]) -> None:
        """Replace the named slots with random bytes of the same shape: the
        file looks as before, and no secret opens them again. The two
        passphrase slots share one KDF: they get one new salt together."""
        shared_salt: str | None = None
        for name in names:
            slot = self.slots.get(name)
            if slot is None:
                continue
            kdf = dict(slot["kdf"])
            if "salt" in kdf:
                fresh = _b64(secrets.token_bytes(len(_unb64(kdf["salt"], self.path))))
                if name in ("passphrase", "duress"):
                    shared_salt = shared_salt or fresh
                    fresh = shared_salt
                kdf["salt"] = fresh
            self.slots[name] = {
                **slot,
                "kdf": kdf,
                "nonce": _b64(secrets.token_bytes(12)),
                "sealed_key": _b64(secrets.token_bytes(KEY_BYTES + 16)),
            }

    def overwrite_in_place(self) -> None:
        """Write over the file's own bytes (not a new file renamed over it,
        which would leave the old bytes in freed blocks), then flush."""
        data = self._serialized()
        fd = os.open(self.path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        try:
            os.write(fd, data)
            os.ftruncate(fd, len(data))
            full_fsync(fd)
        finally:
            os.close(fd)

    def _open(self, name: str, wrapping_from: Any, error: Exception) -> bytes:
        slot = self.slots.get(name)
        if slot is None:
            raise VaultCorrupt(self.path, f"key-slot file has no {name} slot")
        kdf = slot["kdf"]
        nonce = _unb64(slot.get("nonce"), self.path)
        sealed = _unb64(slot.get("sealed_key"), self.path)
        if slot.get("cipher") != "chacha20-poly1305" or len(nonce) != 12:
            raise VaultCorrupt(self.path, f"key-slot file is damaged ({name} slot cipher)")
        if len(sealed) != KEY_BYTES + 16:  # the key and its tag: a cut slot is damage
            raise VaultCorrupt(self.path, f"key-slot file is damaged ({name} slot is cut)")
        wrapping = wrapping_from(kdf)
        try:
            key = ChaCha20Poly1305(wrapping).decrypt(nonce, sealed, _aad(self.vault_id, name, kdf))
        except InvalidTag:
            raise error from None
        if len(key) != KEY_BYTES:
            raise VaultCorrupt(self.path, "key-slot file is damaged (key length)")
        return key

    def unwrap_with_passphrase(self, passphrase: str) -> bytes:
        """The database key from the passphrase slot (never the duress slot)."""
        return self._open(
            "passphrase", lambda kdf: self._argon2_wrapping(passphrase, kdf), WrongPassphrase()
        )

    def unwrap_passphrase_slots(self, passphrase: str) -> tuple[bytes, str, bytes]:
        """(key, slot, wrapping key) from whichever passphrase slot the
        passphrase opens, "passphrase" or "duress". The KDF runs once (the
        slots share it), so both answers take the same time."""
        kdf = self.slots.get("passphrase", {}).get("kdf", {})
        wrapping = self._argon2_wrapping(passphrase, kdf)
        for name in ("passphrase", "duress"):
            if name not in self.slots:
                continue
            if self.slots[name]["kdf"] != kdf:
                raise VaultCorrupt(self.path, "key-slot file is damaged (passphrase slots differ)")
            try:
                return self._open(name, lambda _kdf: wrapping, WrongPassphrase()), name, wrapping
            except WrongPassphrase:
                continue
        raise WrongPassphrase()

    def refuse_if_it_opens(self, passphrase: str, other: str) -> None:
        """The passphrase and the duress passphrase must differ: refuse one
        that already opens the ``other`` slot."""
        try:
            _key, which, _wrapping = self.unwrap_passphrase_slots(passphrase)
        except WrongPassphrase:
            return
        if which == other:
            mine = "duress passphrase" if other == "duress" else "vault's passphrase"
            raise InvalidInput(f"choose a passphrase different from the {mine}")

    def reseal(self, name: str, wrapping: bytes, db_key: bytes) -> None:
        """Seal a key in a passphrase slot with a wrapping key already derived."""
        self._seal(name, self._passphrase_kdf(None), wrapping, db_key)

    def unwrap_with_recovery_code(self, code: str) -> bytes:
        normal = normalize_recovery_code(code)

        def derive(kdf: dict[str, Any]) -> bytes:
            if kdf.get("name") != "hkdf-sha256":
                raise VaultCorrupt(self.path, "key-slot file has an unknown recovery KDF")
            salt = _unb64(kdf.get("salt"), self.path)
            if not MIN_SALT_BYTES <= len(salt) <= MAX_SALT_BYTES:
                raise VaultCorrupt(self.path, "key-slot file is damaged (recovery salt)")
            return _hkdf(_recovery_secret(normal), salt)

        return self._open("recovery", derive, WrongRecoveryCode())

    def kdf_summary(self) -> dict[str, Any]:
        kdf = dict(self.slots.get("passphrase", {}).get("kdf", {}))
        kdf.pop("salt", None)
        return kdf

    def has_duress_slot(self) -> bool:
        return "duress" in self.slots

"""Passphrases too easy to guess are refused for vaults and passphrase
bundles (zxcvbn's estimate, with hrdoc's four languages); generated ones pass."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hrdoc.core import passphrases
from hrdoc.core.errors import WeakPassphrase
from hrdoc.core.vault import Vault
from hrdoc.exchange.bundle import export_bundle
from tests.conftest import snapshot

WEAK = [
    "1234567890",
    "password12",
    "short",
    "qwertyuiop",
    "aaaaaaaaaaaaaaaa",
    "motdepasse123",  # French
    "contraseña1234",  # Spanish
    "كلمة السر",  # Arabic: "the password"
    "Tr0ub4dor&3",
    "hrdoc vault 2026",
    "ahmed1985!",
]


@pytest.mark.parametrize("weak", WEAK)
def test_weak_passphrases_are_refused_for_a_vault_and_nothing_is_created(tmp_path, weak):
    folder = tmp_path / "vault"
    with pytest.raises(WeakPassphrase, match="too weak") as refused:
        Vault.create(folder, weak)
    assert weak not in str(refused.value)  # a secret never reaches a message
    assert not folder.exists()


@pytest.mark.parametrize("lang", ["en", "ar", "es", "fr"])
def test_generated_passphrases_are_strong_in_every_language(lang):
    for _ in range(20):
        phrase = passphrases.generate(lang)
        assert len(phrase.split()) == passphrases.GENERATED_WORDS
        assert passphrases.strength(phrase).enough
    assert passphrases.generated_bits(lang) > 75


def test_the_word_lists_are_large_and_distinct_after_folding():
    from hrdoc.core.textnorm import folded

    for lang in ("en", "ar", "es", "fr"):
        words = passphrases.words(lang)
        assert len(words) >= 7700, lang
        assert len({folded(w) for w in words}) == len(words)
        assert all(" " not in w and 3 <= len(w) <= 9 for w in words)


@given(st.lists(st.sampled_from(passphrases.words("es")), min_size=1, max_size=2))
@settings(max_examples=50, deadline=None)
def test_one_or_two_dictionary_words_are_never_enough(chosen):
    assert not passphrases.strength(" ".join(chosen)).enough


@given(st.text(min_size=0, max_size=9))
@settings(max_examples=100, deadline=None)
def test_nine_characters_of_anything_are_never_enough(text):
    assert not passphrases.strength(text).enough


def test_a_passphrase_longer_than_the_estimator_reads_is_judged_by_its_start():
    long = "correct horse battery staple " * 10
    assert passphrases.strength(long).enough


def test_a_weak_bundle_passphrase_is_refused_and_nothing_is_written(parties, tmp_path):
    from hrdoc.core.sample import load_sample

    a, _b = parties
    load_sample(a.store)
    before = snapshot(a.folder)
    with pytest.raises(WeakPassphrase, match="bundle passphrase is too weak"):
        export_bundle(a.store, profile="public", dest=tmp_path / "x.age", passphrase="short")
    assert not list(tmp_path.glob("*x.age*"))
    assert snapshot(a.folder) == before


def test_the_command_line_suggests_a_passphrase(cli):
    done = cli("passphrase", "--lang", "fr", "--words", "5")
    assert done.code == 0 and len(done.out.split()) == 5 and "bits" in done.err
    assert set(done.out.split()) <= set(passphrases.words("fr"))
    assert cli("passphrase", "--words", "2").code == 2

"""Passphrase rules, recovery keys and the unlock wait, without a database."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellness_journal.core import passphrase as pp
from wellness_journal.core import recovery
from wellness_journal.core.errors import ErrorKind, WellnessError
from wellness_journal.core.throttle import ThrottleState


def test_nfc_normalisation():
    nfd = unicodedata.normalize("NFD", "Ünïcødé café")
    assert pp.encode(nfd) == pp.encode(unicodedata.normalize("NFC", nfd))


@pytest.mark.parametrize("value", ["", " ", "\t", "\u3000\u00a0 "])
def test_blank_is_refused(value):
    with pytest.raises(WellnessError) as info:
        pp.check_usable(value)
    assert info.value.kind is ErrorKind.BAD_PASSPHRASE


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("abcd", {pp.Weakness.SHORT, pp.Weakness.SEQUENCE}),
        ("abc", {pp.Weakness.SHORT}),
        ("password123", {pp.Weakness.SHORT, pp.Weakness.COMMON}),
        ("ThinBlueLine2024", {pp.Weakness.COMMON}),
        ("aaaaaaaaaaaaaaaa", {pp.Weakness.REPEATED}),
        ("1234567890123", {pp.Weakness.ONLY_DIGITS, pp.Weakness.SEQUENCE}),
        ("qwertyuiopasdf", {pp.Weakness.SEQUENCE}),
        ("harbor lamp quiet Tuesday", {pp.Weakness.EXAMPLE}),  # the app's own example
        ("Tuesday, quiet HARBOR lamp", {pp.Weakness.EXAMPLE}),  # in any order or case
        ("harbor lamp quiet Wednesday", set()),
    ],
)
def test_weaknesses(value, expected):
    assert set(pp.weaknesses(value)) == expected


def test_recovery_key_shape_and_entropy():
    keys = {recovery.generate() for _ in range(50)}
    assert len(keys) == 50
    for key in keys:
        groups = key.split("-")
        assert len(groups) == 9
        assert all(len(g) == 4 for g in groups)
        assert recovery.canonical(key) == key.replace("-", "")
    assert recovery.KEY_BYTES * 8 >= 128


def test_recovery_key_typing_is_forgiving():
    key = recovery.generate()
    sloppy = "  " + key.lower().replace("-", " ").replace("0", "o").replace("1", "l") + " "
    assert recovery.canonical(sloppy) == recovery.canonical(key)


def test_recovery_key_typo_is_caught():
    key = recovery.canonical(recovery.generate())
    wrong = ("1" if key[0] != "1" else "2") + key[1:]
    with pytest.raises(WellnessError) as info:
        recovery.canonical(wrong)
    assert info.value.kind is ErrorKind.BAD_RECOVERY_KEY
    with pytest.raises(WellnessError):
        recovery.canonical(key[:-1])
    with pytest.raises(WellnessError):
        recovery.canonical(key[:-1] + "U")


@given(st.text(max_size=60))
def test_random_text_is_never_mistaken_for_a_recovery_key(text):
    assert not recovery.looks_like_recovery_key(text)


def test_every_single_typo_in_a_recovery_key_is_caught():
    """One character typed wrong, or two neighbours swapped: the checksum tells a typo from a
    key of another journal, so the user hears "check for a typo", not "wrong key"."""
    data = recovery.ALPHABET[::-1]  # a fixed key (32 characters): the same on every run
    key = data + recovery._check(data)
    assert recovery.looks_like_recovery_key(key)
    typos = {key[:i] + other + key[i + 1 :] for i in range(len(key)) for other in recovery.ALPHABET}
    typos |= {key[:i] + key[i + 1] + key[i] + key[i + 2 :] for i in range(len(key) - 1)}
    typos.discard(key)
    assert len(typos) > 1000
    assert [t for t in typos if recovery.looks_like_recovery_key(t)] == []


def test_throttle_waits():
    state = ThrottleState()
    now = 1000.0
    for _ in range(3):
        assert state.remaining(now) == 0
        state = state.failed(now)
    assert state.remaining(now) == 5
    assert state.remaining(now + 5) == 0
    waits = []
    for _ in range(5):
        state = state.failed(now)
        waits.append(state.wait_after())
    assert waits == sorted(waits)
    assert waits[-1] > waits[0]
    state = ThrottleState(failures=50, last_failure=now)
    assert state.wait_after() == 300  # capped
    assert state.remaining(now - 10_000) == 300  # a clock set back does not lock forever
    assert state.succeeded() == ThrottleState()

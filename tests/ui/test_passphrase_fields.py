"""Choosing a passphrase: the app's own example is refused (not rated good), and two that differ
are shown as an error, not as a quiet hint."""

from __future__ import annotations

import pytest

from wellness_journal.core import passphrase as pp
from wellness_journal.ui.widgets.passphrase import NewPassphraseFields


@pytest.fixture
def fields(qtbot):  # type: ignore[no-untyped-def]
    widget = NewPassphraseFields()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.mark.parametrize("typed", [pp.EXAMPLE, "TUESDAY quiet lamp harbor"])
def test_the_example_phrase_is_refused_however_it_is_typed(fields, typed):
    fields.first.setText(typed)
    fields.second.setText(typed)
    assert fields.value() is None
    assert "looks good" not in fields.hint.text()
    assert "cannot be used" in fields.hint.text()
    assert not fields.accept_weak.isVisible()  # no "use it anyway" for the example
    assert "example" in fields.missing()


def test_a_mismatch_looks_like_an_error(fields):
    fields.first.setText("harbor lamp quiet Wednesday")
    assert not fields.problem.isVisible()  # nothing typed twice yet: nothing wrong to show
    fields.second.setText("harbor lamp quiet Thursday")
    assert fields.problem.isVisible()
    assert fields.problem.objectName() == "problem"  # the theme draws these as errors
    assert fields.problem.text() == "The two passphrases are not the same."
    assert fields.value() is None
    fields.second.setText("harbor lamp quiet Wednesday")
    assert not fields.problem.isVisible()
    assert fields.value() == "harbor lamp quiet Wednesday"

"""Words that mean one thing say it one way: a stress rating's 10 reads the same on Today, in the
stress form and before and after an exercise; thought records say why they rate 0 to 100."""

from __future__ import annotations

import re
from typing import Any

from tests.ui.helpers import open_sheet_of, visible_texts
from wellness_journal.core.exercises import EXERCISES
from wellness_journal.ui.toolbox.exercise_dialog import ExerciseDialog
from wellness_journal.ui.toolbox.thought_editor import ThoughtEditor


def top_of_scale(texts: list[str]) -> set[str]:
    """What a stress scale says its 10 means, wherever it says so."""
    found = set()
    for text in texts:
        match = re.search(r"\b10,? (?:is )?(the [a-z ]*imagine)", text)
        if match:
            found.add(match.group(1))
    return found


def test_stress_ten_reads_the_same_everywhere(unlocked_shell):
    shell = unlocked_shell
    shell.main_area.show_page("today")
    today: Any = shell.main_area.current_page()
    places = {"today": top_of_scale(visible_texts(today.checkin))}
    today.forms.stress()
    places["stress form"] = top_of_scale(visible_texts(today))
    shell.main_area.show_page("toolbox")
    toolbox: Any = shell.main_area.current_page()
    toolbox.start(EXERCISES[0].id)
    exercise = open_sheet_of(ExerciseDialog)
    places["exercise"] = top_of_scale(visible_texts(exercise))
    assert all(places.values()), places  # each place says what 10 means
    assert set().union(*places.values()) == {"the worst you can imagine"}, places


def test_thought_records_say_their_moods_are_rated_0_to_100(unlocked_shell, qtbot):
    shell = unlocked_shell
    shell.main_area.show_page("toolbox")
    toolbox: Any = shell.main_area.current_page()
    toolbox.records.new_button.click()
    editor = toolbox.records.editor
    assert isinstance(editor, ThoughtEditor)
    texts = " ".join(visible_texts(editor))
    assert "0 to 100" in texts
    assert "0 to 10 used elsewhere" in texts
    row = editor.mood_rows[1]
    assert row.after_label.text() == "Mood 2 (no name yet)"
    qtbot.keyClicks(row.name, "tense")
    assert row.after_label.text() == "tense"
    assert "unnamed" not in " ".join(visible_texts(editor))


def test_dialog_buttons_carry_words_not_stock_icons(qapp, qtbot):
    """No floppy disk on Save, no red X on Cancel: the buttons' words say it."""
    from PySide6.QtWidgets import QDialogButtonBox, QStyleFactory

    from wellness_journal.ui.theme import apply_theme

    style, sheet, palette, font = (
        qapp.style().name(),
        qapp.styleSheet(),
        qapp.palette(),
        qapp.font(),
    )
    try:
        apply_theme(qapp, "light")
        # As on a desktop whose style draws them (KDE, GNOME): the theme's rule still wins.
        qapp.setStyleSheet(
            "QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 1; }" + qapp.styleSheet()
        )
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Close
        )
        qtbot.addWidget(box)
        box.show()
        assert [b.icon().isNull() for b in box.buttons()] == [True, True, True]
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setStyle(QStyleFactory.create(style))
        qapp.setPalette(palette)
        qapp.setFont(font)

"""Accessibility: every control has a name a screen reader can say, the keyboard reaches every
control, text stands out from its background (4.5:1) in both themes, and the breathing pacer
can be followed in words."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from tests.fakes import FakeClock
from tests.ui.helpers import open_sheet_of
from wellness_journal.ui.theme import DARK, LIGHT, Colors

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSlider,
    QAbstractItemView,
    QTabBar,
)
# Widgets that take the keyboard for the controls inside them (number keys, arrows, Enter).
KEYBOARD_COMPOSITES = {"RatingScale", "SudsRating", "GuideCard", "MonthView"}


def is_part_of_another_control(w: QWidget) -> bool:
    """Qt's own pieces of a control, named and reached through the control itself."""
    parent = w.parentWidget()
    if isinstance(w, QScrollBar):
        return True  # the scroll area scrolls with the keyboard
    if isinstance(w, QLineEdit) and isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return True
    popup_of = parent.parentWidget() if parent is not None else None
    if isinstance(w, QAbstractItemView) and isinstance(popup_of, QComboBox):
        return True  # a combo box's pop-up list (named by the combo box)
    return isinstance(parent, QLineEdit)  # a line edit's clear button


def controls(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and not is_part_of_another_control(w)
    ]


def spoken_name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def reachable(w: QWidget) -> bool:
    if w.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return True
    if isinstance(w, QAbstractButton) and "&" in w.text().replace("&&", ""):
        return True  # Alt + its letter
    group = w.group() if isinstance(w, QAbstractButton) else None
    if group is not None and any(
        b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in group.buttons()
    ):
        return True  # Tab reaches the group (Qt tabs to its chosen button), the arrows the rest
    parent = w.parentWidget()
    while parent is not None:
        if type(parent).__name__ in KEYBOARD_COMPOSITES and parent.focusPolicy() & (
            Qt.FocusPolicy.TabFocus
        ):
            return True
        parent = parent.parentWidget()
    return False


def describe(w: QWidget) -> str:
    text = w.text() if isinstance(w, QAbstractButton) else ""
    return f"{type(w).__name__} {w.objectName()!r} {text!r} in {type(w.parentWidget()).__name__}"


# -- what is walked: every page, the lock screen, and the forms and sheets opened from pages ---------


def _calendar(shell: Any) -> QWidget:
    from wellness_journal.ui.calendar.sheet import CalendarSheet

    shell.main_area.open_target("today/calendar")
    return open_sheet_of(CalendarSheet)


def _today_form(kind: str) -> Callable[[Any], QWidget]:
    def open_form(shell: Any) -> QWidget:
        from wellness_journal.ui.calendar.checkin_form import CheckinForm
        from wellness_journal.ui.today.incident_dialogs import IncidentDialog
        from wellness_journal.ui.today.sleep_dialog import SleepDialog
        from wellness_journal.ui.today.stress_dialog import StressDialog

        yesterday = (date.today() - timedelta(days=1)).isoformat()
        shell.main_area.open_target(
            f"today/{kind}/{yesterday}" if kind != "incident" else "today/incident"
        )
        kinds = {
            "checkin": CheckinForm,
            "sleep": SleepDialog,
            "stress": StressDialog,
            "incident": IncidentDialog,
        }
        return open_sheet_of(kinds[kind])

    return open_form


def _shift_list(shell: Any) -> QWidget:
    from wellness_journal.ui.today.list_editor import ListEditDialog

    shell.main_area.show_page("today")
    shell.main_area.current_page().checkin.edit_shifts.click()
    return open_sheet_of(ListEditDialog)


def _exercise(shell: Any) -> QWidget:
    from wellness_journal.ui.toolbox.exercise_dialog import ExerciseDialog
    from wellness_journal.ui.toolbox.launcher import start_exercise

    shell.main_area.show_page("toolbox")
    page = shell.main_area.current_page()
    dialog: ExerciseDialog = start_exercise(page.ctx, page, "box", clock=FakeClock())
    dialog.before.start_button.click()
    return dialog


SHEETS: dict[str, Callable[[Any], QWidget]] = {
    "calendar": _calendar,
    "check-in for another day": _today_form("checkin"),
    "sleep": _today_form("sleep"),
    "stress": _today_form("stress"),
    "incident": _today_form("incident"),
    "list of shifts": _shift_list,
    "exercise": _exercise,
}


def _journal_editor(shell: Any) -> QWidget:
    shell.main_area.show_page("journal")
    page = shell.main_area.current_page()
    page.new_entry()
    return page


def _thought_record(shell: Any) -> QWidget:
    from wellness_journal.ui.toolbox.page import RECORDS_TAB

    shell.main_area.show_page("toolbox")
    page = shell.main_area.current_page()
    page.show_tab(RECORDS_TAB)
    page.records.new_button.click()
    return page


def _selfcheck_question(shell: Any) -> QWidget:
    from wellness_journal.core.selfchecks import Instrument

    shell.main_area.show_page("selfchecks")
    page = shell.main_area.current_page()
    page.start(Instrument.PHQ9)
    page.flow.start_button.click()
    assert page.showing() == "question"
    return page


# Parts of pages that show only once something is started (the pages' own controls are walked
# with each page).
VIEWS: dict[str, Callable[[Any], QWidget]] = {
    "journal editor": _journal_editor,
    "thought record": _thought_record,
    "self-check question": _selfcheck_question,
}


def every_screen(shell: Any) -> Iterator[tuple[str, QWidget]]:
    for page in shell.main_area.pages:
        shell.main_area.show_page(page.page_id)
        yield page.page_id, page
    for name, open_it in SHEETS.items():
        sheet = open_it(shell)
        assert sheet is not None, f"{name} did not open"
        yield name, sheet
        sheet.reject()  # Today opens one form at a time
    for name, open_view in VIEWS.items():
        yield name, open_view(shell)
    shell.lock()
    yield "lock screen", shell.unlock_screen


def first_run_screens(shell: Any) -> Iterator[tuple[str, QWidget]]:
    flow = shell.first_run
    yield "welcome", flow.welcome
    flow.start_button.click()
    yield "choose a passphrase", flow.choose


def nameless(screens: Iterator[tuple[str, QWidget]]) -> list[str]:
    return [
        f"{where}: {describe(w)}"
        for where, screen in screens
        for w in controls(screen)
        if not spoken_name(w)
    ]


def unreachable(screens: Iterator[tuple[str, QWidget]]) -> list[str]:
    return [
        f"{where}: {describe(w)}"
        for where, screen in screens
        for w in controls(screen)
        if w.isEnabled() and not reachable(w)
    ]


def test_every_control_has_an_accessible_name(unlocked_shell):
    assert nameless(every_screen(unlocked_shell)) == []


def test_the_keyboard_reaches_every_control(unlocked_shell):
    assert unreachable(every_screen(unlocked_shell)) == []


def test_the_first_run_can_be_heard_and_done_by_keyboard(make_shell):
    shell = make_shell()
    assert nameless(first_run_screens(shell)) == []
    shell2 = make_shell()
    assert unreachable(first_run_screens(shell2)) == []


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashing_keys(window: QWidget) -> list[str]:
    """Alt + letter keys that two visible controls of the window share (the key then only moves
    between them, and the one a person learned no longer acts)."""
    keys: dict[str, list[str]] = {}
    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue
        labelled = isinstance(w, QLabel) and w.buddy() is not None
        if isinstance(w, QAbstractButton) or labelled:
            key = mnemonic(w.text())  # type: ignore[attr-defined]
            if key is not None:
                keys.setdefault(key, []).append(w.text())  # type: ignore[attr-defined]
    return [f"Alt+{k.upper()}: {' / '.join(texts)}" for k, texts in keys.items() if len(texts) > 1]


def test_no_two_controls_in_view_share_an_alt_key(unlocked_shell):
    clashes = [
        f"{where}: {clash}"
        for where, _screen in every_screen(unlocked_shell)
        for clash in clashing_keys(unlocked_shell)
    ]
    assert clashes == []


def test_the_walk_sees_the_controls_it_should():
    """The walk is not vacuous: a nameless, unreachable button is caught."""
    root = QWidget()
    nameless = QToolButton(root)
    nameless.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    assert controls(root) == [nameless]
    assert spoken_name(nameless) == ""
    assert not reachable(nameless)


# -- contrast ------------------------------------------------------------------------------------------


def luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance."""
    value = hex_colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# (text colour, background) as the theme's style sheets pair them for text people read.
TEXT_ON = [
    ("text", "window"),  # page text
    ("text", "surface"),  # cards, fields, buttons, the sidebar
    ("muted", "window"),  # captions, hints
    ("muted", "surface"),  # captions on cards, placeholders, disabled text
    ("muted", "border"),  # a disabled primary button
    ("accent", "surface"),  # flat buttons (links) on cards
    ("accent", "window"),  # flat buttons on the page, the calendar's "Calendar"
    ("accent_text", "accent"),  # primary buttons, chosen ratings
    ("accent_text", "accent_hover"),
    ("text", "selection"),  # the chosen page, "due" cards, the chosen calendar day
    ("warning_text", "warning_bg"),  # notices, problems in forms
]


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("pair", TEXT_ON, ids=lambda p: f"{p[0]}-on-{p[1]}")
def test_text_stands_out_from_its_background(colors: Colors, pair: tuple[str, str]):
    fore, back = (getattr(colors, name) for name in pair)
    assert contrast(fore, back) >= 4.5, f"{pair}: {contrast(fore, back):.2f}"


def declared_pairs(css: str) -> list[tuple[str, str, str]]:
    """(rule, text colour, background) for each rule that sets both."""
    pairs = []
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        fore = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", body)
        back = re.search(r"(?<![-\w])background(?:-color)?:\s*(#[0-9a-fA-F]{6})", body)
        if fore and back:
            pairs.append((" ".join(selector.split()), fore.group(1), back.group(1)))
    return pairs


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_style_rule_that_sets_both_colours_is_readable(qapp, dark: bool):
    """The style sheets as the app builds them (the theme's and the pages' own): a rule that puts
    text on a background of its own keeps 4.5:1."""
    from wellness_journal.ui.selfchecks.style import selfchecks_stylesheet
    from wellness_journal.ui.theme import stylesheet
    from wellness_journal.ui.today.style import today_stylesheet

    qapp.setProperty("wj_colors_dark", dark)
    try:
        sheets = [stylesheet(DARK if dark else LIGHT), today_stylesheet(), selfchecks_stylesheet()]
    finally:
        qapp.setProperty("wj_colors_dark", False)
    pairs = [pair for css in sheets for pair in declared_pairs(css)]
    assert len(pairs) >= 5  # the parser sees the rules it should
    poor = [f"{rule}: {contrast(f, b):.2f}" for rule, f, b in pairs if contrast(f, b) < 4.5]
    assert poor == []


def test_the_contrast_formula_is_wcags():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


# -- the pacer in words ----------------------------------------------------------------------------


def test_the_pacer_can_be_followed_in_words(unlocked_shell):
    dialog = _exercise(unlocked_shell)
    pacer = dialog.panel.pacer
    clock: FakeClock = dialog.driver._clock  # type: ignore[assignment]
    clock.advance(5.2)  # past the settling in: the first breath in
    dialog.driver.tick()
    assert pacer.accessibleName() == "Pacer: Breathe in, 4"
    assert pacer.last_announced == "Breathe in, 4"
    clock.advance(1.0)
    dialog.driver.tick()
    assert pacer.accessibleName() == "Pacer: Breathe in, 3"
    assert pacer.last_announced == "Breathe in, 4"  # said once per phase, not every second
    clock.advance(3.0)
    dialog.driver.tick()
    assert pacer.last_announced.startswith("Hold")

"""The Safety plan page: saved as you type, flushed on lock and page change, never lost when the
disk refuses; contacts picked from Support; the pocket card; the lock screen's words; regions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from tests.ui.helpers import visible_texts, when_modal
from wellness_journal.core.errors import ErrorKind, VaultError
from wellness_journal.core.safety_plan import PlanItem, PlanSection
from wellness_journal.services.preferences import Preferences
from wellness_journal.ui.support import plan_page
from wellness_journal.ui.support.crisis_strip import CrisisLinesDialog, region_of
from wellness_journal.ui.support.regions import settle_first_region

S = PlanSection


def plan_page_of(shell):  # type: ignore[no-untyped-def]
    shell.main_area.show_page("safety-plan")
    page = shell.main_area.page("safety-plan")
    assert shell.main_area.current_page_id() == "safety-plan"
    return page


def stored(shell, section):  # type: ignore[no-untyped-def]
    plan = shell.session.safety_plan.get()
    return () if plan is None else plan.texts(section)


def test_the_page_sits_after_support_with_its_own_shortcut(qtbot, unlocked_shell):
    area = unlocked_shell.main_area
    ids = [area.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(area.nav.count())]
    assert ids.index("safety-plan") == ids.index("support") + 1
    QTest.keyClick(area, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert area.current_page_id() == "safety-plan"
    QTest.keyClick(area, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert area.current_page_id() == "learn"  # Learn keeps the number it had


def test_an_empty_plan_shows_an_example_in_each_section_and_asks_for_nothing(qtbot, unlocked_shell):
    page = plan_page_of(unlocked_shell)
    for part in page.sections.values():
        assert part.edit.toPlainText() == ""
        assert part.edit.placeholderText().startswith("For example:")
    texts = " ".join(visible_texts(page)).lower()
    assert "contract" not in texts
    assert "required" not in texts
    assert "agency's policy" in texts  # the duty weapon follows agency policy
    assert "locked and unloaded" in texts
    assert "911" in texts  # the emergency number of the region (United States by default)


def test_typing_is_saved_within_a_second(qtbot, unlocked_shell):
    page = plan_page_of(unlocked_shell)
    edit = page.sections[S.WARNING_SIGNS].edit
    QTest.keyClicks(edit, "Replaying the call")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    QTest.keyClicks(edit, "No sleep")
    assert stored(unlocked_shell, S.WARNING_SIGNS) == ()  # not on every keystroke
    qtbot.waitUntil(
        lambda: stored(unlocked_shell, S.WARNING_SIGNS) == ("Replaying the call", "No sleep"),
        timeout=plan_page.AUTOSAVE_MAX_MS + 500,
    )
    assert page.status.text() == "Saved"
    assert edit.toPlainText() == "Replaying the call\nNo sleep"  # the cursor was left alone


def test_typing_on_and_on_is_still_saved_every_second(qtbot, unlocked_shell):
    page = plan_page_of(unlocked_shell)
    edit = page.sections[S.COPING_ALONE].edit
    typed = ""
    for word in ["Walk ", "the ", "dog ", "round ", "the ", "block "] * 3:
        QTest.keyClicks(edit, word)
        typed += word
        qtbot.wait(plan_page.AUTOSAVE_MS // 2)  # never a pause long enough for the debounce
    qtbot.waitUntil(lambda: stored(unlocked_shell, S.COPING_ALONE) != (), timeout=200)


def test_lock_and_page_change_save_at_once(qtbot, unlocked_shell, paths):
    shell = unlocked_shell
    page = plan_page_of(shell)
    QTest.keyClicks(page.sections[S.REASONS_FOR_LIVING].edit, "My kids")
    shell.main_area.show_page("today")
    assert stored(shell, S.REASONS_FOR_LIVING) == ("My kids",)
    page = plan_page_of(shell)
    QTest.keyClicks(page.sections[S.DISTRACTIONS].edit, "Gym with Dave")
    assert shell.lock()
    from wellness_journal.services.safety_plan import SafetyPlanService
    from wellness_journal.storage.vault import Vault

    vault = Vault.open_with_secret(paths, "quiet harbor lamp Tuesday")
    try:
        plan = SafetyPlanService(vault.db).get()
        assert plan is not None
        assert plan.distractions == ("Gym with Dave",)
    finally:
        vault.close()


def test_when_saving_fails_the_journal_stays_unlocked_and_keeps_the_words(
    qtbot, unlocked_shell, monkeypatch
):
    shell = unlocked_shell
    page = plan_page_of(shell)
    service = shell.session.safety_plan

    def full(*_a, **_k):  # type: ignore[no-untyped-def]
        raise VaultError(ErrorKind.DISK_FULL, "no space")

    monkeypatch.setattr(service, "save", full)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    QTest.keyClicks(page.sections[S.PEOPLE].edit, "My sister Jen")
    qtbot.waitUntil(lambda: page.status.text().startswith("Not saved yet"), timeout=3000)
    assert not shell.lock()
    assert shell.session is not None
    assert "could not be saved" in warnings[-1]
    assert page.sections[S.PEOPLE].edit.toPlainText() == "My sister Jen"
    monkeypatch.undo()
    assert shell.lock()  # room again: it saves, then locks
    assert shell.session is None


def test_people_and_lines_are_picked_from_support(qtbot, unlocked_shell):
    from wellness_journal.core.models import ContactKind, SupportContact

    shell = unlocked_shell
    sam, _ = shell.session.contacts.save(
        SupportContact(id=None, uid="", kind=ContactKind.PERSONAL, name="Sam R.", phone="555-0142")
    )
    page = plan_page_of(shell)
    people = page.sections[S.PEOPLE]
    QTest.keyClicks(people.edit, "My sister Jen")
    people.pick(sam)
    people.pick(sam)  # once is enough
    pros = page.sections[S.PROFESSIONALS]
    copline = next(c for c in shell.session.contacts.crisis_lines() if c.name == "Copline")
    pros.pick(copline)
    page.flush()
    plan = shell.session.safety_plan.get()
    assert plan is not None
    assert plan.items(S.PEOPLE) == (
        PlanItem("My sister Jen"),
        PlanItem("Sam R.: Call 555-0142", sam.uid),
    )
    assert plan.items(S.PROFESSIONALS) == (PlanItem("Copline: Call 1-800-267-5463", copline.uid),)
    # The menus list the contacts.
    menu = people.pick_button.menu()
    menu.aboutToShow.emit()
    assert "Sam R." in [a.text() for a in menu.actions()]
    menu = pros.pick_button.menu()
    menu.aboutToShow.emit()
    assert {"Copline", "Sam R."} <= {a.text().split(" (")[0] for a in menu.actions()}


def test_an_import_shows_up_without_moving_the_typing(qtbot, unlocked_shell):
    shell = unlocked_shell
    page = plan_page_of(shell)
    shell.session.safety_plan.save({S.COPING_ALONE: [PlanItem("Hot shower")]})
    from wellness_journal.core.models import Changes
    from wellness_journal.services.safety_plan import TOPIC

    shell.ctx.announce(Changes.of(TOPIC))
    assert page.sections[S.COPING_ALONE].edit.toPlainText() == "Hot shower"


def test_support_links_to_the_plan_and_the_panel_can_open_a_section(qtbot, unlocked_shell):
    area = unlocked_shell.main_area
    area.show_page("support")
    area.page("support").plan_button.click()
    assert area.current_page_id() == "safety-plan"
    area.show_page("today")
    assert area.open_target("safety-plan/people")
    assert area.current_page_id() == "safety-plan"
    assert area.page("safety-plan").sections[S.PEOPLE].edit.hasFocus()
    assert not area.open_target("safety-plan/nonsense")


def test_the_service_tells_the_support_panel_about_the_plan(qtbot, unlocked_shell):
    plans = unlocked_shell.session.safety_plan
    assert not plans.exists()
    plans.save({S.PEOPLE: [PlanItem("Sam")], S.REASONS_FOR_LIVING: [PlanItem("My kids")]})
    assert plans.exists()
    assert plans.steps() == [(S.PEOPLE, ("Sam",)), (S.REASONS_FOR_LIVING, ("My kids",))]


# -- the pocket card -------------------------------------------------------------------------


def test_save_the_pocket_card_after_a_warning(qtbot, unlocked_shell, tmp_path, monkeypatch):
    from wellness_journal.ui.support import pocket_card

    shell = unlocked_shell
    page = plan_page_of(shell)
    QTest.keyClicks(page.sections[S.WARNING_SIGNS].edit, "Replaying the call")
    out = tmp_path / "card.pdf"
    monkeypatch.setattr(pocket_card, "ask_path", lambda *_a: (out, False))
    seen: list[str] = []

    def answer(box):  # type: ignore[no-untyped-def]
        seen.append(box.text())
        box.buttons()[0].click()  # "Choose where to save…"

    when_modal(answer, of_type=QMessageBox)
    page.save_card_button.click()
    assert "NOT encrypted" in seen[0]
    assert out.read_bytes().startswith(b"%PDF")
    assert out.stat().st_mode & 0o777 == 0o600
    assert stored(shell, S.WARNING_SIGNS) == ("Replaying the call",)  # saved first
    assert str(out) in page.status.text()


def test_cancel_at_the_warning_writes_nothing(qtbot, unlocked_shell, tmp_path, monkeypatch):
    from wellness_journal.ui.support import pocket_card

    page = plan_page_of(unlocked_shell)
    asked: list[object] = []
    monkeypatch.setattr(pocket_card, "ask_path", lambda *a: asked.append(a))
    when_modal(lambda box: box.reject(), of_type=QMessageBox)
    page.save_card_button.click()
    assert asked == []


def test_the_card_is_never_written_inside_the_data_folder(
    qtbot, unlocked_shell, paths, monkeypatch
):
    from wellness_journal.ui.support import pocket_card

    page = plan_page_of(unlocked_shell)
    inside = paths.data_dir / "card.pdf"
    monkeypatch.setattr(pocket_card, "ask_path", lambda *_a: (inside, True))
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: seen.append(text))
    when_modal(lambda box: box.buttons()[0].click(), of_type=QMessageBox)
    page.save_card_button.click()
    assert not inside.exists()
    assert "outside" in seen[0]


def test_an_existing_file_is_replaced_only_after_the_dialog_asked(
    qtbot, unlocked_shell, tmp_path, monkeypatch
):
    from wellness_journal.ui.support import pocket_card

    page = plan_page_of(unlocked_shell)
    out = tmp_path / "card.pdf"
    out.write_bytes(b"mine")
    chosen = [(out, False)]  # e.g. "card" typed, ".pdf" added after the dialog closed
    monkeypatch.setattr(pocket_card, "ask_path", lambda *_a: chosen[0])
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: seen.append(text))
    when_modal(lambda box: box.buttons()[0].click(), of_type=QMessageBox)
    page.save_card_button.click()
    assert out.read_bytes() == b"mine"
    assert "nothing was replaced" in seen[0]
    chosen[0] = (out, True)  # Qt's dialog asked about this very name
    when_modal(lambda box: box.buttons()[0].click(), of_type=QMessageBox)
    page.save_card_button.click()
    assert out.read_bytes().startswith(b"%PDF")


def test_the_dialog_agreed_to_replace_only_the_name_it_returned(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from wellness_journal.ui.widgets.save_copy import ask_save_place

    (tmp_path / "card.pdf").write_bytes(b"mine")
    for typed, expected in (
        ("card.pdf", (tmp_path / "card.pdf", True)),
        ("card", (tmp_path / "card.pdf", False)),  # the dialog asked about "card", not this
        ("new.pdf", (tmp_path / "new.pdf", False)),
    ):
        name = str(tmp_path / typed)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, n=name, **_k: (n, ""))
        assert ask_save_place(None, "", tmp_path, "", ".pdf") == expected, typed  # type: ignore[arg-type]


# -- the lock screen -------------------------------------------------------------------------


def lock_screen_texts(qtbot, make_shell) -> str:  # type: ignore[no-untyped-def]
    shell = make_shell()
    seen: list[str] = []

    def read(dialog):  # type: ignore[no-untyped-def]
        seen.extend(visible_texts(dialog))
        dialog.reject()

    when_modal(read, of_type=CrisisLinesDialog)
    qtbot.mouseClick(shell.unlock_screen.support_button, Qt.MouseButton.LeftButton)
    return " ".join(seen)


def test_the_lock_screen_says_the_same_with_or_without_a_plan_and_shows_none_of_it(
    qtbot, make_shell, created, paths
):
    created.vault.close()
    without = lock_screen_texts(qtbot, make_shell)
    assert "safety plan if you made one" in without
    from wellness_journal.services.safety_plan import SafetyPlanService
    from wellness_journal.storage.vault import Vault

    vault = Vault.open_with_secret(paths, "quiet harbor lamp Tuesday")
    SafetyPlanService(vault.db).save({S.REASONS_FOR_LIVING: [PlanItem("plan-secret-words")]})
    vault.close()
    with_plan = lock_screen_texts(qtbot, make_shell)
    assert with_plan == without
    assert "plan-secret-words" not in with_plan
    # Nothing outside the vault says whether there is a plan.
    for path in paths.data_dir.iterdir():
        if path.is_file() and path.suffix == ".json":
            assert b"plan" not in path.read_bytes().lower(), path.name


# -- regions ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "emergency", "line"),
    [
        ("us", "911", "Copline"),
        ("ca", "911", "9-8-8 Suicide Crisis Helpline"),
        ("uk-ie", "999 or 112", "Samaritans"),
        ("au", "000", "Lifeline"),
    ],
)
def test_a_region_chosen_in_settings_sets_the_lines_and_the_emergency_number(
    qtbot, unlocked_shell, paths, code, emergency, line
):
    shell = unlocked_shell
    shell.main_area.show_page("settings")
    card = shell.main_area.page("settings").region
    card.choice.setCurrentIndex(card.choice.findData(code))
    assert Preferences(paths).region().code == code
    assert f"now {emergency})" in card.explain.text()
    support = shell.main_area.page("support")
    shell.main_area.show_page("support")
    texts = " ".join(visible_texts(support))
    assert f"call {emergency}." in texts
    assert line in texts
    plan = plan_page_of(shell)
    assert f"call {emergency}." in " ".join(visible_texts(plan))
    dialog = CrisisLinesDialog(None, region_of(paths))
    qtbot.addWidget(dialog)
    texts = " ".join(visible_texts(dialog))
    assert f"call {emergency}." in texts
    assert line in texts
    if emergency != "911":
        assert "911" not in texts
    if code != "us":
        assert "Copline" not in " ".join(visible_texts(support))


def test_first_run_picks_the_region_from_the_locale(qtbot, session, paths):
    prefs = Preferences(paths)
    settle_first_region(prefs, session, QLocale("en_GB"))
    assert prefs.region().code == "uk-ie"
    assert [c.name for c in session.contacts.crisis_lines()] == ["Samaritans"]
    settle_first_region(prefs, session, QLocale("en_AU"))  # chosen once; later runs keep it
    assert prefs.region().code == "uk-ie"


def test_first_run_defaults_to_the_united_states(qtbot, session, paths):
    prefs = Preferences(paths)
    settle_first_region(prefs, session, QLocale("de_DE"))
    assert prefs.region().code == "us"
    assert "Copline" in [c.name for c in session.contacts.crisis_lines()]


def test_the_first_run_window_settles_the_region(qtbot, make_shell, paths, monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_CA")))
    shell = make_shell()
    flow = shell.first_run
    flow.start_button.click()
    flow.fields.first.setText("a long enough passphrase")
    flow.fields.second.setText("a long enough passphrase")
    flow.create_button.click()
    qtbot.waitUntil(lambda: shell.first_run is not None and shell.first_run.key_step is not None)
    shell.first_run.confirm_box.setChecked(True)
    shell.first_run.open_button.click()
    qtbot.waitUntil(lambda: shell.session is not None)
    assert Preferences(paths).region().code == "ca"
    assert [c.name for c in shell.session.contacts.crisis_lines()] == [
        "9-8-8 Suicide Crisis Helpline"
    ]


@pytest.mark.parametrize(
    ("code", "note"),
    [
        ("us", "Call or text 988, any time."),
        ("ca", "Call or text 988, any time."),
        ("uk-ie", "Call Samaritans on 116 123, any time."),
        ("au", "Call Lifeline on 13 11 14, any time."),
    ],
)
def test_the_lock_screen_note_follows_the_region(qtbot, make_shell, created, paths, code, note):
    created.vault.close()
    Preferences(paths).set_region(code)
    shell = make_shell()
    assert shell.unlock_screen.support_note.text() == f"Need to talk to someone? {note}"

"""The safety plan in a real vault: saved and read back, written only when it changed, exported
as one record and imported item by item (twice adds nothing); regions' default lines."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

from wellness_journal.core import crisis
from wellness_journal.core.models import ContactKind, SupportContact
from wellness_journal.core.safety_plan import PlanItem, PlanSection
from wellness_journal.services import demo, exchange
from wellness_journal.services.journal_io import import_file
from wellness_journal.services.safety_plan import TOPIC, SafetyPlanService
from wellness_journal.services.session import Session
from wellness_journal.storage.keyslots import KdfParams
from wellness_journal.storage.paths import AppPaths
from wellness_journal.storage.vault import Vault

S = PlanSection


class Ticking:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 22, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


def test_no_plan_until_something_is_written(db):
    plans = SafetyPlanService(db)
    assert plans.get() is None
    assert not plans.exists()
    assert plans.steps() == []
    assert not plans.save({S.WARNING_SIGNS: [PlanItem("   ")]}).topics  # blank: nothing stored
    assert plans.get() is None


def test_round_trip_through_the_vault(paths, kdf, created):
    plans = SafetyPlanService(created.vault.db)
    changes = plans.save(
        {
            S.WARNING_SIGNS: [PlanItem("Replaying the call"), PlanItem("No sleep")],
            S.PEOPLE: [PlanItem("Sam R.: Call 555-0142", "c-sam"), PlanItem("My sister")],
            S.REASONS_FOR_LIVING: [PlanItem("My kids 🎣 café")],
        }
    )
    assert changes.touches(TOPIC)
    created.vault.close()
    vault = Vault.open_with_secret(paths, "quiet harbor lamp Tuesday")
    try:
        plan = SafetyPlanService(vault.db).get()
        assert plan is not None
        assert plan.warning_signs == ("Replaying the call", "No sleep")
        assert plan.items(S.PEOPLE) == (
            PlanItem("Sam R.: Call 555-0142", "c-sam"),
            PlanItem("My sister"),
        )
        assert plan.reasons_for_living == ("My kids 🎣 café",)
        assert SafetyPlanService(vault.db).steps() == [
            (S.WARNING_SIGNS, ("Replaying the call", "No sleep")),
            (S.PEOPLE, ("Sam R.: Call 555-0142", "My sister")),
            (S.REASONS_FOR_LIVING, ("My kids 🎣 café",)),
        ]
        assert vault.verify() == []
    finally:
        vault.close()


def test_saving_the_same_words_writes_nothing(db):
    clock = Ticking()
    plans = SafetyPlanService(db, now=clock)
    plans.save({S.COPING_ALONE: [PlanItem("Walk")]})
    first = plans.get()
    assert not plans.save({S.COPING_ALONE: [PlanItem("Walk")]}).topics
    assert plans.get() == first  # updated_at unchanged
    plans.save({S.COPING_ALONE: [PlanItem("Walk"), PlanItem("Shower")]})
    later = plans.get()
    assert later is not None
    assert first is not None
    assert later.updated_at > first.updated_at
    assert later.uid == first.uid


def test_lines_removed_and_reordered_are_stored_as_shown(db):
    plans = SafetyPlanService(db)
    plans.save({S.DISTRACTIONS: [PlanItem(t) for t in ("a", "b", "c")]})
    plans.save({S.DISTRACTIONS: [PlanItem(t) for t in ("c", "a")]})
    plan = plans.get()
    assert plan is not None
    assert plan.distractions == ("c", "a")
    plans.save({S.DISTRACTIONS: []})
    assert not plans.exists()
    assert db.scalar("SELECT count(*) FROM safety_plan_items") == 0


def _fresh(tmp_path, name):  # type: ignore[no-untyped-def]
    return Vault.create(
        AppPaths.for_dir(tmp_path / name), "words words words", kdf=KdfParams.fast_for_tests()
    ).vault


def test_export_is_one_record_with_every_list(db):
    SafetyPlanService(db).save(
        {S.PEOPLE: [PlanItem("Sam", "c-sam")], S.SAFER_SURROUNDINGS: [PlanItem("Guns at Ed's")]}
    )
    (record,) = exchange.export_document(db)["sections"]["safety_plan"]
    assert list(record)[:2] == ["uid", "updated_at"]
    for key in (  # the names the issue gives: the file format is a promise, spelled out
        "warning_signs",
        "coping_alone",
        "distractions",
        "people",
        "professionals",
        "safer_surroundings",
        "reasons_for_living",
    ):
        assert isinstance(record[key], list)
        assert all(isinstance(v, str) for v in record[key])
    assert record["people"] == ["Sam"]
    assert record["people_contact_uids"] == ["c-sam"]
    assert record["safer_surroundings"] == ["Guns at Ed's"]


def test_no_plan_exports_an_empty_list(db):
    assert exchange.export_document(db)["sections"]["safety_plan"] == []


def test_import_merges_item_by_item_and_twice_adds_nothing(tmp_path):
    theirs, mine = _fresh(tmp_path, "theirs"), _fresh(tmp_path, "mine")
    try:
        SafetyPlanService(theirs.db).save(
            {
                S.WARNING_SIGNS: [PlanItem("No sleep"), PlanItem("Snapping at home")],
                S.PROFESSIONALS: [PlanItem("Copline", "default-copline"), PlanItem("Dr. X", "x")],
            }
        )
        path = tmp_path / "export.json"
        exchange.write_export(theirs.db, path)
        SafetyPlanService(mine.db).save(
            {S.WARNING_SIGNS: [PlanItem("No sleep")], S.COPING_ALONE: [PlanItem("Walk")]}
        )
        before = SafetyPlanService(mine.db).get()
        report = import_file(mine.db, path)
        assert report.added["safety_plan"] == 3
        after = SafetyPlanService(mine.db).get()
        assert after is not None
        assert before is not None
        assert after.uid == before.uid  # still the one plan of this journal
        assert after.warning_signs == ("No sleep", "Snapping at home")
        assert after.coping_alone == ("Walk",)
        # The link stays for a contact this journal has; an unknown one is dropped.
        assert after.items(S.PROFESSIONALS) == (
            PlanItem("Copline", "default-copline"),
            PlanItem("Dr. X", ""),
        )
        snapshot = exchange.export_document(mine.db)["sections"]
        again = import_file(mine.db, path)
        assert again.added["safety_plan"] == 0
        assert again.total_added == 0
        assert exchange.export_document(mine.db)["sections"] == snapshot
    finally:
        theirs.close()
        mine.close()


def test_import_into_a_journal_without_a_plan_takes_the_plan_as_it_is(tmp_path):
    theirs, mine = _fresh(tmp_path, "theirs"), _fresh(tmp_path, "mine")
    try:
        SafetyPlanService(theirs.db).save({S.REASONS_FOR_LIVING: [PlanItem("My kids")]})
        document = json.loads(json.dumps(exchange.export_document(theirs.db)))
        exchange.import_document(mine.db, document)
        assert (
            exchange.export_document(mine.db)["sections"]["safety_plan"]
            == document["sections"]["safety_plan"]
        )
    finally:
        theirs.close()
        mine.close()


def test_demo_has_a_sensible_plan(tmp_path):
    vault = _fresh(tmp_path, "demo")
    try:
        demo.populate(vault.db, today=date(2026, 11, 26))
        plan = SafetyPlanService(vault.db).get()
        assert plan is not None
        assert all(plan.texts(s) for s in PlanSection)  # every section shows something
        contacts = {
            c.uid for c in Session(vault, KdfParams.fast_for_tests()).contacts.crisis_lines()
        }
        contacts |= {c.uid for c in Session(vault, KdfParams.fast_for_tests()).contacts.personal()}
        links = {i.contact_uid for s in PlanSection for i in plan.items(s) if i.contact_uid}
        assert links
        assert links <= contacts
        assert not any("contract" in t.lower() for s in PlanSection for t in plan.texts(s))
    finally:
        vault.close()


# -- regions ---------------------------------------------------------------------------------


def _lines(session: Session) -> list[str]:
    return [c.uid for c in session.contacts.crisis_lines()]


def test_choosing_a_region_swaps_the_untouched_default_lines(session):
    us = _lines(session)
    assert us == [c.uid for c in crisis.region("us").lines]
    session.contacts.use_region(crisis.region("au"))
    assert _lines(session) == ["default-au-lifeline"]
    session.contacts.use_region(crisis.region("uk-ie"))
    (samaritans,) = session.contacts.crisis_lines()
    assert (samaritans.name, samaritans.phone) == ("Samaritans", "116 123")
    session.contacts.use_region(crisis.region("us"))
    assert _lines(session) == us


def test_lines_the_user_added_or_edited_stay_when_the_region_changes(session):
    copline = next(c for c in session.contacts.crisis_lines() if c.uid == "default-copline")
    session.contacts.save(replace(copline, note="Ask for Mike"))
    session.contacts.save(
        SupportContact(id=None, uid="", kind=ContactKind.CRISIS, name="Union helpline", phone="1")
    )
    session.contacts.use_region(crisis.region("ca"))
    names = [c.name for c in session.contacts.crisis_lines()]
    assert "Copline" in names
    assert "Union helpline" in names
    assert "9-8-8 Suicide Crisis Helpline" in names
    assert "988 Suicide & Crisis Lifeline" not in names


def test_restore_default_lines_follows_the_region(session):
    session.contacts.use_region(crisis.region("au"))
    (line,) = session.contacts.crisis_lines()
    assert line.id is not None
    session.contacts.delete(line.id)
    session.contacts.restore_default_lines(crisis.region("au"))
    assert _lines(session) == ["default-au-lifeline"]

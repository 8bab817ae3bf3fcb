"""When a self-check is due: only reminders the person asked for, and the PCL-5 at week 4 and
week 12 after a critical incident (never at day 3 or week 1)."""

from __future__ import annotations

from datetime import date, timedelta

from wellness_journal.core.incidents import Incident, Step
from wellness_journal.core.selfcheck_schedule import (
    after_incidents,
    due,
    parse_reminders,
    reminder_due,
    reminders_text,
)
from wellness_journal.core.selfchecks import Instrument

TODAY = date(2024, 6, 1)


def incident(days_ago: int, uid: str = "i1") -> Incident:
    return Incident(None, uid, TODAY - timedelta(days=days_ago), "serious crash")


def test_no_reminder_unless_asked():
    assert due({}, {}, [], [], TODAY) == []
    assert reminder_due(Instrument.PHQ9, 0, None, TODAY) is None


def test_a_reminder_is_due_its_interval_after_the_last_time():
    last = TODAY - timedelta(days=13)
    assert reminder_due(Instrument.PHQ9, 14, last, TODAY) is None
    item = reminder_due(Instrument.PHQ9, 14, last - timedelta(days=1), TODAY)
    assert item is not None
    assert item.since == TODAY
    assert item.every_days == 14
    never = reminder_due(Instrument.GAD7, 28, None, TODAY)
    assert never is not None
    assert never.since == TODAY


def test_reminders_round_trip_and_ignore_what_they_cannot_read():
    text = reminders_text({Instrument.PHQ9: 14, Instrument.WHO5: 0, Instrument.PCL5: 28})
    assert parse_reminders(text) == {Instrument.PHQ9: 14, Instrument.PCL5: 28}
    assert parse_reminders('{"PHQ-9": 3, "ISI": 14, "GAD-7": "14", "WHO-5": true}') == {}
    assert parse_reminders("not json") == {}
    assert parse_reminders(None) == {}


def test_pcl5_is_offered_at_week_4_and_week_12_only():
    for days_ago, step in ((3, None), (7, None), (27, None), (28, Step.WEEK4), (83, Step.WEEK4)):
        found = after_incidents([incident(days_ago)], [], TODAY)
        assert [d.step for d in found] == ([step] if step else []), days_ago
    for days_ago in (84, 111):
        assert [d.step for d in after_incidents([incident(days_ago)], [], TODAY)] == [Step.WEEK12]
    assert after_incidents([incident(112)], [], TODAY) == []


def test_a_pcl5_taken_since_the_window_opened_answers_it():
    crash = incident(30)
    opened = crash.occurred_on + timedelta(days=28)
    assert after_incidents([crash], [opened - timedelta(days=1)], TODAY)
    assert after_incidents([crash], [opened], TODAY) == []


def test_due_lists_one_line_per_questionnaire_incident_first():
    found = due(
        {Instrument.PCL5: 14, Instrument.GAD7: 14},
        {Instrument.GAD7: TODAY - timedelta(days=20)},
        [incident(30, "a"), incident(90, "b")],
        [],
        TODAY,
    )
    assert [(d.instrument, d.incident.uid if d.incident else None) for d in found] == [
        (Instrument.PCL5, "a"),
        (Instrument.GAD7, None),
    ]

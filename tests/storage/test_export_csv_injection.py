"""No CSV cell can run as a spreadsheet formula: every text cell of every log is escaped, and a
sleep period's time zone must be a real zone name to be imported at all."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.storage.test_today_exchange import GOOD_SLEEP
from wellness_journal.core.checkin import Checkin
from wellness_journal.core.coping import Outcome
from wellness_journal.core.errors import ImportFileError
from wellness_journal.core.selfchecks import Instrument, Sex
from wellness_journal.core.sleep import SleepKind, SleepPeriod, WallTimes, place
from wellness_journal.core.stress import StressEntry
from wellness_journal.services import export_files
from wellness_journal.services.exchange import check_document, import_document
from wellness_journal.services.export_files import ExportKind
from wellness_journal.services.today import TodayServices
from wellness_journal.storage.repositories import selfchecks as selfchecks_repo

TZ = ZoneInfo("America/New_York")
FORMULAS = ['=HYPERLINK("http://x",A1)', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]
NUMBER = re.compile(r"-?\d+(\.\d+)?")


def fill_with(session, evil: str) -> None:  # type: ignore[no-untyped-def]
    """One record in every log with ``evil`` in each text it can hold (as an older version's
    import could have stored it)."""
    today = TodayServices(session.db, now=lambda: datetime(2024, 5, 15, 20, 0, tzinfo=TZ), zone=TZ)
    today.checkins.save(Checkin(None, "", date(2024, 5, 15), mood=4, shift=evil, note=evil))
    at = datetime(2024, 5, 15, 14, 5, tzinfo=TZ)
    today.stress.save(StressEntry(None, "", at, 7, (evil, "court"), evil, (evil,), evil, evil))
    night = WallTimes(date(2024, 5, 15), time(23, 0), time(23, 10), time(6, 30), time(7, 0))
    today.sleep.save(SleepPeriod(None, "", SleepKind.MAIN, *place(night, TZ), note=evil, zone=evil))
    done = {"seconds_done": 90, "outcome": Outcome.STOPPED, "suds_before": 8, "suds_after": 3}
    session.coping.record_session("sigh", started_at=at, note=evil, **done)
    check, _ = session.selfchecks.save(Instrument.AUDITC, [0, 0, 0], Sex.FEMALE)
    selfchecks_repo.set_note(session.db, check.id, evil)  # as an import can store it


def cells(folder: Path) -> list[tuple[str, str, str]]:
    found = []
    for name in export_files.CSV_FILES:
        text = (folder / name).read_bytes().decode("utf-8-sig")
        for row in csv.DictReader(io.StringIO(text, newline="")):
            found += [(name, column, value) for column, value in row.items()]
    return found


@pytest.mark.parametrize("evil", FORMULAS)
def test_no_cell_of_any_csv_starts_like_a_formula(session, tmp_path, evil):
    fill_with(session, evil)
    folder = tmp_path / "csv"
    export_files.export(session.db, ExportKind.CSV, folder)
    found = cells(folder)
    assert len(found) > 40
    risky = [
        (name, column, value)
        for name, column, value in found
        if value.startswith(("=", "+", "-", "@", "\t", "\r")) and not NUMBER.fullmatch(value)
    ]
    assert risky == []
    assert ("sleep.csv", "zone", "'" + evil) in found
    assert ("self_checks.csv", "note", "'" + evil) in found
    # Numbers stay numbers: a fall in the rating is negative, and is no formula.
    assert ("exercise_sessions.csv", "change", "-5") in found


def _document(zone: object) -> dict[str, object]:
    return check_document(
        {
            "format": "wellness-journal-export",
            "version": 1,
            "sections": {"sleep_periods": [GOOD_SLEEP | {"zone": zone}]},
        }
    )


@pytest.mark.parametrize(
    "zone",
    [*FORMULAS, "Not/A_Zone", "../../etc/localtime", "/usr/share/zoneinfo/UTC", "America/New York"],
)
def test_a_sleep_zone_that_is_no_time_zone_name_is_refused(db, zone):
    with pytest.raises(ImportFileError) as info:
        import_document(db, _document(zone))
    assert "'zone'" in str(info.value)
    assert info.value.where == "sleep_periods[0]"


@pytest.mark.parametrize("zone", ["America/New_York", "Europe/Berlin", "UTC", ""])
def test_real_zone_names_and_none_import(db, zone):
    assert import_document(db, _document(zone)).added["sleep_periods"] == 1

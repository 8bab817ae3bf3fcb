"""CSV per log (sleep with its computed figures), JSON and Markdown exports: what the files hold,
their mode, and that nothing already there is overwritten."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from wellness_journal.core.checkin import Checkin
from wellness_journal.core.coping import Outcome
from wellness_journal.core.errors import ErrorKind, VaultError
from wellness_journal.core.journal import Entry
from wellness_journal.core.selfchecks import Instrument
from wellness_journal.core.sleep import SleepKind, SleepPeriod
from wellness_journal.core.stress import StressEntry
from wellness_journal.services import demo, export_files
from wellness_journal.services.export_files import ExportKind
from wellness_journal.services.today import TodayServices

TZ = ZoneInfo("America/New_York")


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "spreadsheets need the byte-order mark for UTF-8"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


@pytest.fixture
def filled(session):  # type: ignore[no-untyped-def]
    today = TodayServices(session.db, now=lambda: datetime(2024, 5, 15, 20, 0, tzinfo=TZ), zone=TZ)
    today.checkins.save(
        Checkin(None, "", date(2024, 5, 15), mood=4, stress=3, energy=6, shift="night", note="=1+2")
    )
    today.stress.save(
        StressEntry(
            None,
            "",
            datetime(2024, 5, 15, 14, 5, tzinfo=TZ),
            suds=7,
            triggers=("court", "fatigue"),
            trigger_text='cross-examined, "again"',
            body_signs=("tight chest",),
            helped="a walk, then coffee",
            note="line one\nline two",
            suds_after=4,
        )
    )
    today.sleep.save(
        SleepPeriod(
            None,
            "",
            SleepKind.MAIN,
            into_bed=datetime(2024, 5, 14, 23, 0, tzinfo=TZ),
            tried_to_sleep=datetime(2024, 5, 14, 23, 10, tzinfo=TZ),
            final_awakening=datetime(2024, 5, 15, 6, 30, tzinfo=TZ),
            out_of_bed=datetime(2024, 5, 15, 7, 0, tzinfo=TZ),
            latency_min=15,
            awakenings=2,
            waso_min=20,
            quality=3,
            caffeine_drinks=2,
            caffeine_last=datetime(2024, 5, 14, 15, 0, tzinfo=TZ),
            note="-dog barked",
            zone="America/New_York",
            sleep_aid="a glass of wine",
        )
    )
    session.coping.record_session(
        "box",
        started_at=datetime(2024, 5, 15, 18, 0, tzinfo=timezone.utc),
        seconds_done=240,
        outcome=Outcome.COMPLETED,
        suds_before=6,
        suds_after=3,
        planned_seconds=240,
        note="@shoulders dropped",
    )
    check, _ = session.selfchecks.save(Instrument.PCL5, [1] * 20)
    session.selfchecks.set_note(check.id, "+after the crash call")
    return session


def test_csv_per_log_with_sleep_figures(filled, tmp_path):
    progress: list[tuple[int, int]] = []
    folder = tmp_path / "csv"
    written = export_files.export(
        filled.db, ExportKind.CSV, folder, lambda d, t: progress.append((d, t))
    )
    assert sorted(p.name for p in folder.iterdir()) == sorted(export_files.CSV_FILES)
    assert written.counts == dict.fromkeys(export_files.CSV_FILES, 1)
    assert progress == [(n, 5) for n in range(1, 6)]

    (checkin,) = read_csv(folder / "checkins.csv")
    assert checkin == {
        "day": "2024-05-15",
        "mood_1_to_5": "4",
        "stress_0_to_10": "3",
        "energy_0_to_10": "6",
        "shift": "night",
        "note": "'=1+2",  # never run as a formula by a spreadsheet
    }
    (stress,) = read_csv(folder / "stress.csv")
    assert (stress["date"], stress["time"], stress["at"]) == (
        "2024-05-15",
        "14:05",
        "2024-05-15T14:05:00-04:00",
    )
    assert stress["triggers"] == "court; fatigue"
    assert stress["trigger_text"] == 'cross-examined, "again"'
    assert stress["note"] == "line one\nline two"
    assert (stress["suds_0_to_10"], stress["suds_after"]) == ("7", "4")

    (sleep,) = read_csv(folder / "sleep.csv")
    assert sleep["sleep_aid"] == "a glass of wine"
    # 8 h in bed, minus 10 min before trying, 15 min to fall asleep, 20 min awake in the night
    # and 30 min between waking and getting up: 405 min asleep, 84.4 % efficiency.
    assert sleep["sleep_day"] == "2024-05-15"
    assert sleep["into_bed"] == "2024-05-14T23:00:00-04:00"
    assert (sleep["time_in_bed_min"], sleep["total_sleep_min"]) == ("480", "405")
    assert (sleep["latency_min"], sleep["waso_min"], sleep["efficiency_pct"]) == (
        "15",
        "20",
        "84.4",
    )
    assert (sleep["awakenings"], sleep["quality_1_to_5"], sleep["note"]) == (
        "2",
        "3",
        "'-dog barked",
    )

    (self_check,) = read_csv(folder / "self_checks.csv")
    assert (self_check["instrument"], self_check["total"], self_check["band"]) == (
        "PCL-5",
        "20",
        "below 31",
    )
    assert self_check["pcl5_cluster_d"] == "7"
    assert self_check["note"] == "'+after the crash call"

    (session_row,) = read_csv(folder / "exercise_sessions.csv")
    assert session_row["exercise"] == "box"
    assert (session_row["suds_before"], session_row["suds_after"], session_row["change"]) == (
        "6",
        "3",
        "-3",
    )
    assert session_row["note"] == "'@shoulders dropped"
    assert session_row["started_at"] == datetime(
        2024, 5, 15, 18, 0, tzinfo=timezone.utc
    ).astimezone().isoformat(timespec="seconds")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_every_export_file_is_private(filled, tmp_path):
    places = {
        ExportKind.JSON: tmp_path / "all.json",
        ExportKind.CSV: tmp_path / "csv",
        ExportKind.MARKDOWN_ENTRY: tmp_path / "md",
        ExportKind.MARKDOWN_YEAR: tmp_path / "md-year",
    }
    filled.journal.save(
        Entry(id=None, uid="", written_at=datetime(2024, 5, 15, 21, 0, tzinfo=TZ), body="words")
    )
    for kind, place in places.items():
        written = export_files.export(filled.db, kind, place)
        assert written.files
        for path in written.files:
            assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path
        if kind.is_folder:
            assert stat.S_IMODE(os.stat(place).st_mode) == 0o700
    assert json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["format"] == (
        "wellness-journal-export"
    )


def test_nothing_already_there_is_overwritten(filled, tmp_path):
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "sleep.csv").write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError):
        export_files.export(filled.db, ExportKind.CSV, folder)
    assert sorted(p.name for p in folder.iterdir()) == ["sleep.csv"]
    assert (folder / "sleep.csv").read_text(encoding="utf-8") == "mine"
    json_file = tmp_path / "x.json"
    json_file.write_text("mine", encoding="utf-8")
    with pytest.raises(VaultError) as info:
        export_files.export(filled.db, ExportKind.JSON, json_file)
    assert info.value.kind is ErrorKind.PLACE_TAKEN
    assert json_file.read_text(encoding="utf-8") == "mine"


def test_free_place_finds_a_new_name(tmp_path):
    name = export_files.default_name(ExportKind.JSON, date(2024, 5, 15))
    assert name == "wellness-journal-2024-05-15.json"
    assert export_files.free_place(tmp_path, name) == tmp_path / name
    (tmp_path / name).write_text("x", encoding="utf-8")
    assert export_files.free_place(tmp_path, name).name == "wellness-journal-2024-05-15-2.json"
    folder = export_files.default_name(ExportKind.CSV, date(2024, 5, 15))
    (tmp_path / folder).mkdir()
    assert export_files.free_place(tmp_path, folder).name == f"{folder}-2"


def test_a_whole_demo_journal_exports_every_log(db, tmp_path):
    demo.populate(db, today=date.today() - timedelta(days=1))
    written = export_files.export(db, ExportKind.CSV, tmp_path / "csv")
    assert all(n > 5 for n in written.counts.values()), written.counts
    for row in read_csv(tmp_path / "csv" / "sleep.csv"):
        assert 0 <= float(row["efficiency_pct"]) <= 100
        assert float(row["total_sleep_min"]) <= float(row["time_in_bed_min"])

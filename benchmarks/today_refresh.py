"""How long the Today page's queries take on a journal with years of entries. Prints figures.

    .venv/bin/python benchmarks/today_refresh.py [--years 3]

Builds a throwaway vault (cheap key derivation) with the demo's 4-on/4-off rotation repeated for
``years`` years (sleep, check-ins, stress entries), then times what a refresh of the Today page
asks for, and a full export. Nothing here is a test; the numbers are for reading.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from wellness_journal.core.stress import summarize
from wellness_journal.services import demo_today
from wellness_journal.services.exchange import export_document
from wellness_journal.services.today import TodayServices
from wellness_journal.storage.keyslots import KdfParams
from wellness_journal.storage.paths import AppPaths
from wellness_journal.storage.vault import Vault


def median_ms(fn: Callable[[], object], runs: int = 25) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=3, help="years of made-up logs (default 3)")
    parser.add_argument("legacy_years", type=int, nargs="?", help=argparse.SUPPRESS)
    args = parser.parse_args()
    years = args.legacy_years or args.years
    today = date.today()
    with tempfile.TemporaryDirectory() as folder:
        created = Vault.create(
            AppPaths.for_dir(Path(folder)), "bench", kdf=KdfParams.fast_for_tests()
        )
        db = created.vault.db
        start = time.perf_counter()
        original = demo_today.DAYS
        demo_today.DAYS = 365 * years
        try:
            with db.transaction():
                demo_today.generate(db, random.Random(7), today)
        finally:
            demo_today.DAYS = original
        built = time.perf_counter() - start
        counts = {
            t: db.scalar(f"SELECT count(*) FROM {t}")
            for t in ("sleep_periods", "checkins", "stress_entries")
        }
        now = datetime.combine(today, datetime.min.time()).astimezone() + timedelta(hours=15)
        services = TodayServices(db, now=lambda: now)

        def refresh() -> None:
            services.checkins.for_today()
            services.checkins.shifts()
            services.sleep.last_day()
            services.sleep.week()
            summarize(services.stress.today())
            for incident in services.incidents.incidents():
                services.incidents.schedule(incident)
                services.incidents.support_suggested(incident)
            services.incidents.due()
            services.drafts.forms()

        print(f"journal: {years} years, {counts} (built in {built:.1f} s)")
        print(f"Today page queries (refresh):   median {median_ms(refresh):7.2f} ms")
        print(
            f"sleep diary, 28 days:            median {median_ms(lambda: services.sleep.days(28)):7.2f} ms"
        )
        print(
            f"sleep form check (overlaps):    median {median_ms(lambda: services.sleep.check(services.sleep.recent(1)[0])):7.2f} ms"
        )
        print(
            f"stress log list, 200 entries:   median {median_ms(lambda: services.stress.recent(200)):7.2f} ms"
        )
        print(
            f"full JSON export document:      median {median_ms(lambda: export_document(db), runs=5):7.2f} ms"
        )
        created.vault.close()


if __name__ == "__main__":
    main()

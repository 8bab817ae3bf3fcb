"""Run inside the built bundle (as `wellness-journal-selfcheck`, which build.sh runs and then
deletes, so it never ships): do the frozen libraries load and work? Imports every module of the
app, loads the SVG icons through Qt's plugins, opens a demo vault (SQLCipher), draws every trends
chart with matplotlib (numpy, fonts) and writes one as PNG (Pillow), reads a time zone (tzdata on
Windows) and hashes without OpenSSL. Prints what it did; exit code 1 on the first failure.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import tempfile
import traceback
from pathlib import Path


def main() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    step = "start"
    try:
        step = "import every module of the app"
        import wellness_journal

        names = [
            m.name for m in pkgutil.walk_packages(wellness_journal.__path__, "wellness_journal.")
        ]
        for name in names:
            importlib.import_module(name)
        print(f"imported {len(names)} modules")

        step = "Qt with the SVG icons"
        from PySide6.QtGui import QIcon, QImageReader
        from PySide6.QtWidgets import QApplication

        app = QApplication([])
        if b"svg" not in [bytes(f) for f in QImageReader.supportedImageFormats()]:
            raise RuntimeError("no SVG image plugin")
        from wellness_journal.ui.resources import app_icon_path, icon_path

        if QIcon(str(icon_path("journal"))).pixmap(32, 32).isNull():
            raise RuntimeError("the page icons do not render")
        icon = QIcon(str(app_icon_path()))
        if icon.pixmap(64, 64).isNull():
            raise RuntimeError("the app icon does not render")
        print(f"Qt {app.platformName()}: SVG icons render")

        step = "a demo vault (SQLCipher) and every chart (matplotlib, numpy, Pillow)"
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        from wellness_journal import app as composition
        from wellness_journal.charts.style import LIGHT
        from wellness_journal.core.trends import Span
        from wellness_journal.services.demo import DEMO_PASSPHRASE
        from wellness_journal.services.trends import TrendsService
        from wellness_journal.storage import lookaside
        from wellness_journal.storage.vault import Vault
        from wellness_journal.ui.trends import save_png
        from wellness_journal.ui.trends.specs import sections

        with tempfile.TemporaryDirectory() as tmp:
            os.environ["MPLCONFIGDIR"] = str(Path(tmp) / "mpl")
            paths = composition.make_demo_vault(Path(tmp) / "data")
            vault = Vault.open_with_secret(paths, DEMO_PASSPHRASE)
            try:
                svc = TrendsService(vault.db).on(vault.db)
                period = svc.period(Span.MONTHS_3)
                drawn = 0
                for section in sections():
                    for spec in section.specs:
                        built = spec.build(svc, Span.MONTHS_3, period, LIGHT, 8.0)
                        if built.chart is None:
                            raise RuntimeError(f"chart {spec.id} has no figure")
                        FigureCanvasAgg(built.chart.figure).draw()
                        drawn += 1
                png = Path(tmp) / "chart.png"
                save_png.write_png(spec, built, LIGHT, png)
                if not png.read_bytes().startswith(b"\x89PNG"):
                    raise RuntimeError("the PNG is not a PNG")
                widened = lookaside.widened()
            finally:
                vault.close()
        print(f"drew {drawn} charts and wrote a PNG")
        # Not a failure when 0: a build whose library hides its C functions (likely Windows)
        # keeps SQLite's default, only slower at imports (storage/lookaside.py).
        print(f"SQLite lookaside widened on {widened} connection(s)")

        step = "time zones and hashing"
        import hashlib
        from zoneinfo import ZoneInfo

        ZoneInfo("America/Chicago")
        hashlib.sha256(b"x").hexdigest()
        print("time zones and SHA-256 work")
    except Exception:  # noqa: BLE001 (any failure is the finding: report it, exit 1)
        print(f"bundle self-check FAILED at: {step}", file=sys.stderr)
        traceback.print_exc()
        return 1
    print("bundle self-check: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Save a chart as a PNG image: a warning first (the image is not encrypted), then Qt's own
file dialog (``ui/widgets/save_copy.py``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import QWidget

from wellness_journal.charts.style import ChartTheme
from wellness_journal.ui.trends import words
from wellness_journal.ui.trends.specs import Built, Spec
from wellness_journal.ui.widgets.save_copy import ask_save_place, confirm_unencrypted

EXPORT_WIDTH = 10.0  # inches
EXPORT_DPI = 150


def _t(text: str) -> str:
    return QCoreApplication.translate("trends", text)


def warning_text() -> str:
    return _t(
        "The image is not encrypted: anyone who can open the file can see this chart. Keep it "
        "somewhere private and delete it when you no longer need it."
    )


def confirm(parent: QWidget) -> bool:
    return confirm_unencrypted(
        parent, _t("Save as PNG"), warning_text(), _t("Choose where to save…")
    )


def suggested_name(spec: Spec, today: date) -> str:
    return f"wellness-{spec.id.replace('_', '-')}-{today.isoformat()}.png"


def ask_path(
    parent: QWidget, spec: Spec, today: date, folder: Path | None = None
) -> tuple[Path, bool] | None:
    """Where, and whether the user agreed to replace a file there (see ``ask_save_place``)."""
    start = (folder or Path(QDir.homePath())) / suggested_name(spec, today)
    return ask_save_place(parent, _t("Save chart as PNG"), start, _t("PNG images (*.png)"), ".png")


def subtitle(built: Built) -> str:
    return _t("{0} to {1}").format(
        words.short_day(built.period.first), words.short_day(built.period.last)
    )


def write_png(spec: Spec, built: Built, theme: ChartTheme, path: Path) -> None:
    """Draw the chart afresh at a printable size, with its title, dates and caption, and write
    it to ``path``. Raises OSError when the file cannot be written."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from wellness_journal.charts.style import with_heading

    chart = spec.draw(built.data, built.period, theme, EXPORT_WIDTH)
    with_heading(chart, theme, spec.title(), subtitle(built), built.caption)
    FigureCanvasAgg(chart.figure)
    chart.figure.savefig(
        path, format="png", dpi=EXPORT_DPI, facecolor=theme.background, metadata={"Software": None}
    )

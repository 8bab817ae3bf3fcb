"""Making the summary off the GUI thread: the report from the vault, its PDF and its pages as
images for the preview, all in memory. What is previewed is the PDF that is saved."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from wellness_journal.reports.blocks import Report
from wellness_journal.reports.summary import build_report
from wellness_journal.reports.summary_pages import Layout
from wellness_journal.services.report_data import ReportRequest, ReportSource
from wellness_journal.storage.connection import Database


def report_tr(text: str) -> str:
    return QCoreApplication.translate("report", text)


@dataclass
class Made:
    report: Report
    pdf: bytes
    pages: list[QImage]


def make(
    db: Database,
    request: ReportRequest,
    *,
    now: Callable[[], datetime],
    zone: tzinfo,
    paper: str,
    dpi: float,
) -> Made:
    """The summary for ``request``, on ``db`` (a connection of this thread's own)."""
    source = ReportSource(db, request, now=now, zone=zone)
    report = build_report(source, tr=report_tr, paper=paper)
    layout = Layout(report)
    try:
        pages = [layout.page_image(i, dpi) for i in range(layout.page_count)]
        pdf = layout.pdf_bytes()
    finally:
        layout.close()  # its Qt objects belong to this thread: they go here, now
    return Made(report, pdf, pages)

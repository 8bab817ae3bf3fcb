"""The safety plan's pocket card: one page with the plan's steps and the crisis lines.

``build_card`` gathers what goes on it (plain data, the words through ``tr``); ``card_html`` lays
it out as Qt rich text; ``pdf_bytes`` and ``print_card`` draw that on one page (scaled down if a
long plan would need a second one). The PDF is made in memory: no temporary file holds any of it.
Drawing needs a QGuiApplication (the command line makes one on the offscreen platform).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from wellness_journal.core.crisis import Region
from wellness_journal.core.models import SupportContact
from wellness_journal.core.safety_plan import PlanSection
from wellness_journal.services import plan_words as words
from wellness_journal.services.messages import Translate, as_written
from wellness_journal.services.private_file import write_private

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice, QTextDocument

MARGIN_MM = 14.0
SMALLEST_SCALE = 0.45  # a very long plan is drawn smaller rather than cut


@dataclass(frozen=True)
class CardSection:
    number: int | None  # the step, or None for the reasons for living
    title: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class CardLine:
    name: str
    how: str  # "Call 988, Text 988"
    note: str


@dataclass(frozen=True)
class Card:
    title: str
    intro: str
    sections: tuple[CardSection, ...]
    lines_title: str
    lines: tuple[CardLine, ...]
    emergency: str  # the whole sentence
    paper: str  # "letter" or "a4"


def build_card(
    steps: Sequence[tuple[PlanSection, Sequence[str]]],
    crisis_lines: Sequence[SupportContact],
    region: Region,
    tr: Translate = as_written,
) -> Card:
    """The card for a plan's ``steps`` (the sections that have lines; none: the lines alone)."""
    return Card(
        title=tr(words.CARD_TITLE) if steps else tr(words.CARD_NO_PLAN_TITLE),
        intro=tr(words.CARD_INTRO) if steps else tr(words.CARD_NO_PLAN),
        sections=tuple(
            CardSection(words.step_number(s), words.section_title(s, tr), tuple(lines))
            for s, lines in steps
            if lines
        ),
        lines_title=tr(words.CARD_LINES),
        lines=tuple(
            CardLine(c.name, ", ".join(words.contact_parts(c, tr)), c.note) for c in crisis_lines
        ),
        emergency=tr(words.CARD_EMERGENCY).format(region.emergency),
        paper=region.paper,
    )


def card_html(card: Card) -> str:
    """The card as Qt rich text; everything the user wrote is escaped."""
    out = [
        "<html><body style='font-family: sans-serif; font-size: 11pt; color: #1f2933;'>",
        f"<p style='font-size: 20pt; font-weight: 600; margin: 0;'>{escape(card.title)}</p>",
        f"<p style='color: #52606d; margin-top: 4px; margin-bottom: 10px;'>{escape(card.intro)}</p>",
    ]
    if card.sections:
        out.append("<table width='100%' cellspacing='0' cellpadding='5'>")
        for section in card.sections:
            mark = "" if section.number is None else str(section.number)
            items = "".join(f"<li>{escape(line)}</li>" for line in section.lines)
            out.append(
                "<tr><td width='30' valign='top' style='font-size: 15pt; font-weight: 600;"
                f" color: #2f6f8f;'>{mark}</td><td valign='top'>"
                f"<p style='font-weight: 600; margin: 0;'>{escape(section.title)}</p>"
                f"<ul style='margin-top: 2px; margin-bottom: 2px;'>{items}</ul></td></tr>"
            )
        out.append("</table>")
    out.append(
        "<table width='100%' cellspacing='0' cellpadding='10' style='margin-top: 12px;"
        " background-color: #eef4f7;'><tr><td>"
        f"<p style='font-weight: 600; margin: 0 0 4px 0;'>{escape(card.lines_title)}</p>"
    )
    for line in card.lines:
        how = f" — {escape(line.how)}" if line.how else ""
        note = f"<br><span style='color: #52606d;'>{escape(line.note)}</span>" if line.note else ""
        out.append(f"<p style='margin: 4px 0;'><b>{escape(line.name)}</b>{how}{note}</p>")
    out.append(
        f"<p style='font-size: 13pt; font-weight: 600; margin-top: 8px;'>{escape(card.emergency)}</p>"
        "</td></tr></table></body></html>"
    )
    return "".join(out)


def _document(card: Card, device: QPagedPaintDevice) -> QTextDocument:
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)  # points measured at the device's resolution
    doc.setDocumentMargin(0)
    doc.setHtml(card_html(card))
    return doc


def draw(card: Card, device: QPagedPaintDevice) -> float:
    """Draw the card on the first page of ``device`` (page size and margins set); returns the
    scale used (1.0 unless the plan is too long for one page at full size)."""
    from PySide6.QtGui import QPainter

    rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    doc = _document(card, device)
    scale = 1.0
    while True:
        doc.setTextWidth(rect.width() / scale)
        if doc.size().height() * scale <= rect.height() or scale <= SMALLEST_SCALE:
            break
        scale = max(SMALLEST_SCALE, scale * 0.93)
    painter = QPainter(device)
    try:
        painter.scale(scale, scale)
        doc.drawContents(painter)
    finally:
        painter.end()
    return scale


def _set_page(device: QPagedPaintDevice, paper: str) -> None:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    size = QPageSize.PageSizeId.A4 if paper == "a4" else QPageSize.PageSizeId.Letter
    device.setPageSize(QPageSize(size))
    device.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )


def pdf_bytes(card: Card) -> bytes:
    """The card as a one-page PDF, made in memory."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setCreator("")
    writer.setTitle(card.title)
    _set_page(writer, card.paper)
    draw(card, writer)
    buffer.close()
    return bytes(data.data())


def print_card(card: Card, printer: QPagedPaintDevice) -> None:
    """Draw the card on a printer the user set up in Qt's print dialog (its paper is kept)."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout

    printer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    draw(card, printer)


def write_pdf(card: Card, place: Path, data_dir: Path, *, replace: bool = False) -> None:
    """Write the card's PDF to ``place`` (see ``services.private_file.write_private``: never in
    the data folder, an existing file only with ``replace``, whole or not at all, mode 0600)."""
    write_private(place, pdf_bytes(card), data_dir, replace=replace)


def gui_application() -> object:
    """The QGuiApplication drawing needs; the command line has none, so one is made on the
    offscreen platform (no display needed). Keep the returned object while drawing."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(
        ["wellness-journal", "-platform", "offscreen"]
    )

"""The summary as Qt rich text: calm, clinical-looking pages in plain black and grey with one
accent colour. Everything the person wrote is escaped. A chart becomes a marker paragraph that
``summary_pages`` replaces with the chart itself (drawn as vectors)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from html import escape

from wellness_journal.reports.blocks import (
    Block,
    Chart,
    Facts,
    Heading,
    Para,
    Report,
    Table,
    Text,
)

INK = "#1f2933"
MUTED = "#52606d"
ACCENT = "#2f6f8f"
RULE = "#c9d2da"
HEAD_FILL = "#e9eff3"
STRIPE = "#f6f8fa"


LAYOUT_DPI = 300  # the layout's units per inch (summary_pages.RES): CSS px are those units


def _px(css_px: float) -> int:
    """A length given in CSS pixels (1/96 inch) in the layout's units."""
    return round(css_px * LAYOUT_DPI / 96)


@dataclass(frozen=True)
class Html:
    text: str
    charts: dict[str, Chart]  # the marker of each chart's paragraph, and the chart


def _para(text: str, style: str = "") -> str:
    return f"<p style='margin: 0 0 {_px(6)}px 0; {style}'>{escape(text)}</p>"


ALIGN = {"l": "left", "r": "right", "c": "center"}


def _cell(text: str, tag: str, align: str, width: int | None, fill: str, bold: bool) -> str:
    parts = [f"background-color: {fill};"] if fill else []
    if bold:
        parts.append("font-weight: 600;")
    width_attr = f" width='{width}%'" if width else ""
    return (
        f"<{tag} align='{ALIGN.get(align, 'left')}' valign='top'{width_attr}"
        f" style='{' '.join(parts)} border-bottom: 1px solid {RULE};'>{escape(text)}</{tag}>"
    )


def _table(t: Table) -> str:
    columns = len(t.headers)
    align = (t.align or "").ljust(columns, "l")
    widths: list[int | None] = list(t.widths) if len(t.widths) == columns else [None] * columns
    size = "8pt" if t.small else "9pt"
    out = [
        f"<table width='100%' cellspacing='0' cellpadding='3' style='font-size: {size};"
        f" border-collapse: collapse; margin-top: {_px(4)}px; margin-bottom: {_px(10)}px;'>",
        "<thead><tr>",
        *(_cell(h, "th", align[i], widths[i], HEAD_FILL, True) for i, h in enumerate(t.headers)),
        "</tr></thead>",
    ]
    for n, row in enumerate(t.rows):
        fill = STRIPE if n % 2 else ""
        out.append("<tr>")
        out += [_cell(value, "td", align[i], None, fill, False) for i, value in enumerate(row)]
        out.append("</tr>")
    if t.foot:
        out.append("<tr>")
        out += [
            _cell(value, "td", align[i], None, HEAD_FILL, True) for i, value in enumerate(t.foot)
        ]
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def _facts(f: Facts) -> str:
    rows = "".join(
        f"<tr><td width='42%' valign='top' style='color: {MUTED};'>{escape(k)}</td>"
        f"<td valign='top'>{escape(v)}</td></tr>"
        for k, v in f.rows
    )
    return (
        f"<table width='100%' cellspacing='0' cellpadding='2' style='margin-bottom: {_px(8)}px;'>"
        f"{rows}</table>"
    )


def _text(t: Text) -> str:
    paragraphs = t.text.replace("\r\n", "\n").replace("\r", "\n").split("\n\n")
    return "".join(
        f"<p style='margin: 0 0 {_px(6)}px 0;'>"
        + "<br>".join(escape(line) for line in p.split("\n"))
        + "</p>"
        for p in paragraphs
        if p.strip()
    )


def _block(block: Block, charts: dict[str, Chart], token: str) -> str:
    if isinstance(block, Heading):
        size = "12pt" if block.level <= 2 else "10.5pt"
        return (
            f"<h{block.level} style='font-size: {size}; font-weight: 600; color: {INK};"
            f" margin-top: {_px(10)}px; margin-bottom: {_px(4)}px;'>{escape(block.text)}</h{block.level}>"
        )
    if isinstance(block, Para):
        style = f"color: {MUTED}; font-size: 8.5pt;" if block.muted else ""
        return _para(block.text, style)
    if isinstance(block, Facts):
        return _facts(block)
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Text):
        return _text(block)
    marker = f"{token}{len(charts)}"
    charts[marker] = block
    return f"<p align='center' style='margin: {_px(4)}px 0 {_px(8)}px 0;'>{marker}</p>"


def report_html(report: Report) -> Html:
    """The whole report but the running header and page numbers (drawn on each page)."""
    token = f"chart{secrets.token_hex(8)}x"  # nothing the person wrote can look like it
    charts: dict[str, Chart] = {}
    out = [
        f"<html><body style='font-family: sans-serif; font-size: 9.5pt; color: {INK};'>",
        f"<h1 style='font-size: 20pt; font-weight: 600; margin: 0 0 {_px(2)}px 0;'>{escape(report.title)}</h1>",
        _para(report.period, f"font-size: 12pt; color: {ACCENT}; margin-bottom: {_px(10)}px;"),
    ]
    out += [_para(line, f"color: {MUTED};") for line in report.intro]
    for part in report.parts:
        out.append(
            f"<h2 style='font-size: 14pt; font-weight: 600; color: {ACCENT}; margin-top: {_px(18)}px;"
            f" margin-bottom: {_px(6)}px;'>{escape(part.title)}</h2>"
        )
        out += [_block(b, charts, token) for b in part.blocks]
    out.append("</body></html>")
    return Html("".join(out), charts)

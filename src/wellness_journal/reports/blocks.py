"""What a summary is made of, before it is laid out on pages: plain data, no Qt.

A section builder (``reports/summary.py``) returns a list of blocks; ``summary_html`` writes them
as Qt rich text and ``summary_pages`` lays that out on pages with a header and page numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 3  # 2: a section's title (the report adds those), 3: a part of a section


@dataclass(frozen=True)
class Para:
    text: str
    muted: bool = False  # an explanation in smaller, grey type


@dataclass(frozen=True)
class Facts:
    """Key figures: a label and its value on each line."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    """A table whose header row is repeated on every page it runs onto. ``align``: one letter a
    column, "l", "r" (figures) or "c" (a short rating next to text). ``foot``: a last row in
    bold (averages), or empty."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    align: str = ""
    foot: tuple[str, ...] = ()
    widths: tuple[int, ...] = ()  # percent of the width, one a column, or empty
    small: bool = False  # smaller type, for wide tables


@dataclass(frozen=True)
class Chart:
    """A chart drawn as SVG (vector: it stays sharp in the PDF and on paper)."""

    svg: bytes
    width: float  # inches
    height: float
    title: str = ""  # what it shows, for the text around it


@dataclass(frozen=True)
class Text:
    """Free text the person wrote and chose to include (a journal entry's body): kept as
    written, line breaks and all."""

    text: str


Block: TypeAlias = Heading | Para | Facts | Table | Chart | Text


@dataclass(frozen=True)
class Part:
    """One section of the summary."""

    id: str
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Report:
    title: str
    period: str  # "3 March 2025 to 16 March 2025 (14 days)"
    running_head: str  # the header on every page: title and days
    not_a_record: str  # "Prepared by the user; not a medical record"
    intro: tuple[str, ...]  # the opening paragraphs
    parts: tuple[Part, ...]
    page_label: str  # "Page {0} of {1}"
    paper: str = "letter"  # or "a4"

    def text(self) -> str:
        """Every word the pages hold but the header and page numbers (for tests and search)."""
        out = [self.title, self.period, *self.intro]
        for part in self.parts:
            out.append(part.title)
            for block in part.blocks:
                if isinstance(block, Heading | Para | Text):
                    out.append(block.text)
                elif isinstance(block, Facts):
                    out += [f"{k} {v}" for k, v in block.rows]
                elif isinstance(block, Table):
                    out += [" ".join(r) for r in (block.headers, *block.rows, block.foot)]
        return "\n".join(out)

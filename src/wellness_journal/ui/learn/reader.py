"""One guide, formatted: Markdown rendered with no HTML, no images and no resource loading; links
lead only into the app (``app:page/part``) and are handed to the page; the Sources are plain text.

Images are turned into plain text before Qt sees the Markdown (``core.guides.without_images``):
Qt's text layout opens an image's file by itself, so blocking ``loadResource`` is not enough.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QUrl, Signal, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QResizeEvent,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextList,
    QTextListFormat,
)
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from wellness_journal.core.guides import Guide, app_target, without_images
from wellness_journal.ui.theme import current_colors
from wellness_journal.ui.widgets.common import READABLE_WIDTH

# GitHub's dialect (lists, emphasis, autolinks, which are then undone) without raw HTML.
MARKDOWN_FEATURES = QTextDocument.MarkdownFeature(
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
    | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
)
TEXT_WIDTH = READABLE_WIDTH - 40  # a comfortable line for reading
SIDE_MARGIN = 28  # the least room either side of the text
LINE_HEIGHT = 140  # percent of the font's line spacing
READING_POINT_SIZE = 12.5
HEADING_POINT_SIZES = {1: 20.0, 2: 14.5, 3: 13.0}


class GuideView(QTextBrowser):
    """Shows one guide. Emits ``link_activated("toolbox/sigh")`` for an in-app link; any other
    link (there should be none) is dropped when the guide is shown and ignored if clicked."""

    link_activated = Signal(str)
    text_moved = Signal(int)  # the text's left edge, in the view (when the width changes)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Guide"))
        self.setSearchPaths([])
        self.guide: Guide | None = None
        self.anchorClicked.connect(self._on_anchor_clicked)
        font = QFont(self.font())
        font.setPointSizeF(READING_POINT_SIZE)
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(0)
        c = current_colors()
        self.setStyleSheet(
            f"QTextBrowser#guideView {{ background: {c.window}; border: none; padding: 0; }}"
        )

    # -- no resources, ever ------------------------------------------------------------------------
    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Guides load nothing: not images, not style sheets, not files named in the text.
        An empty (not null) value stops QTextDocument from trying the file itself."""
        return QByteArray()

    # -- showing a guide ---------------------------------------------------------------------------
    def show_guide(self, guide: Guide) -> None:
        self.guide = guide
        doc = self.document()
        doc.clear()
        doc.setMarkdown(without_images(f"# {guide.title}\n\n{guide.body}"), MARKDOWN_FEATURES)
        self._add_try_this(doc, guide)
        self._tidy(doc)
        self._add_sources(doc, guide)
        self._center_text()
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)
        self.setAccessibleDescription(guide.summary)

    def _add_try_this(self, doc: QTextDocument, guide: Guide) -> None:
        """The "Try this now" paragraph in a box of its own, after the text."""
        c = current_colors()
        cursor = QTextCursor(doc)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        box = QTextFrameFormat()
        box.setBackground(QBrush(QColor(c.surface)))
        box.setBorder(1)
        box.setBorderBrush(QBrush(QColor(c.border)))
        box.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        box.setPadding(14)
        box.setTopMargin(10)
        box.setBottomMargin(18)
        cursor.insertFrame(box)
        cursor.insertMarkdown(without_images(guide.try_this), MARKDOWN_FEATURES)

    def _tidy(self, doc: QTextDocument) -> None:
        """Drop images and any link that does not lead into the app; calm sizes; give the text
        air."""
        root = doc.rootFrame()
        block = doc.begin()
        while block.isValid():
            cursor = QTextCursor(block)
            fmt = block.blockFormat()
            fmt.setLineHeight(
                LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
            )
            level = fmt.headingLevel()
            boxed = cursor.currentFrame() is not root
            if level:
                fmt.setTopMargin(18 if level > 1 else 0)
                fmt.setBottomMargin(6 if level > 1 else 14)
            elif block.textList() is None:
                fmt.setBottomMargin(0 if boxed else 12)
            cursor.setBlockFormat(fmt)
            self._tidy_spans(doc, block, HEADING_POINT_SIZES.get(level, 0.0))
            block = block.next()

    @staticmethod
    def _tidy_spans(doc: QTextDocument, block: QTextBlock, heading_size: float) -> None:
        c = current_colors()
        spans: list[tuple[int, int, QTextCharFormat]] = []
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid():
                spans.append((fragment.position(), fragment.length(), fragment.charFormat()))
            it += 1
        for position, length, char_format in reversed(spans):
            span = QTextCursor(doc)
            span.setPosition(position)
            span.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            if heading_size:  # a calm fixed size instead of Markdown's relative one
                sized = QTextCharFormat(char_format)
                sized.clearProperty(QTextFormat.Property.FontSizeAdjustment)
                sized.setFontPointSize(heading_size)
                span.setCharFormat(sized)
                char_format = sized
            if char_format.isImageFormat():
                span.removeSelectedText()
            elif char_format.isAnchor() and app_target(char_format.anchorHref()) is None:
                plain = QTextCharFormat(char_format)
                plain.setAnchor(False)
                plain.setAnchorHref("")
                plain.clearProperty(QTextFormat.Property.ForegroundBrush)
                plain.setFontUnderline(False)
                span.setCharFormat(plain)
            elif char_format.isAnchor():
                link = QTextCharFormat(char_format)
                link.setForeground(QBrush(QColor(c.accent)))
                link.setFontWeight(QFont.Weight.DemiBold)
                span.setCharFormat(link)

    def _add_sources(self, doc: QTextDocument, guide: Guide) -> None:
        """The Sources as plain, muted text: nothing in them can be clicked."""
        c = current_colors()
        cursor = QTextCursor(doc)
        cursor.movePosition(QTextCursor.MoveOperation.End)  # the empty block after the box
        heading = QTextBlockFormat()
        heading.setHeadingLevel(2)
        heading.setTopMargin(22)
        heading.setBottomMargin(6)
        title_format = QTextCharFormat()
        title_format.setFontWeight(QFont.Weight.DemiBold)
        title_format.setForeground(QBrush(QColor(c.muted)))
        title_format.setFontPointSize(READING_POINT_SIZE)
        cursor.setBlockFormat(heading)
        cursor.setBlockCharFormat(title_format)
        cursor.insertText(self.tr("Sources"), title_format)
        source_format = QTextCharFormat()
        source_format.setForeground(QBrush(QColor(c.muted)))
        source_format.setFontPointSize(READING_POINT_SIZE - 1.5)
        item = QTextBlockFormat()
        item.setBottomMargin(4)
        item.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        listing = QTextListFormat()
        listing.setStyle(QTextListFormat.Style.ListDisc)
        listing.setIndent(1)
        sources_list: QTextList | None = None
        for source in guide.sources:
            cursor.insertBlock(item, source_format)
            if sources_list is None:
                sources_list = cursor.createList(listing)
            else:
                sources_list.add(cursor.block())
            cursor.insertText(source, source_format)

    # -- layout ------------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._center_text()

    def _center_text(self) -> None:
        """Keep the text at a readable width in the middle, with the scroll bar at the edge."""
        width = self.viewport().width()
        side = max(SIDE_MARGIN, (width - TEXT_WIDTH) // 2)
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        if fmt.leftMargin() == side and fmt.rightMargin() == side:
            return
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(24)
        fmt.setBottomMargin(32)
        root.setFrameFormat(fmt)
        self.text_moved.emit(side)

    # -- links ---------------------------------------------------------------------------------------
    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        target = app_target(url.toString())
        if target is not None:
            self.link_activated.emit(target)

    def link_targets(self) -> list[str]:
        """Every link target the shown document holds, in order (what a reader can click)."""
        targets: list[str] = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fragment.isValid() and fmt.isAnchor() and fmt.anchorHref():
                    href = fmt.anchorHref()
                    if not targets or targets[-1] != href:
                        targets.append(href)
                it += 1
            block = block.next()
        return targets

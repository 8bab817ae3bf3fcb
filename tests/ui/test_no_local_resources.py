"""What the user (or an imported file) wrote never makes the app open a local file, a device, a
pipe or a network share: a Markdown image such as ![x](/dev/zero) aborted the app (it read
without end), a named pipe froze it, and on Windows //host/share/x.png would open an SMB
connection outside the network guard. Images in entries show as a placeholder instead."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QPixmap, QTextDocument

from wellness_journal.core.journal import Entry

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import sys
from datetime import datetime, timezone
from PySide6.QtWidgets import QApplication
from wellness_journal.core.journal import Entry
from wellness_journal.ui.journal.editor import EntryViewer

app = QApplication([])
viewer = EntryViewer()
viewer.resize(600, 400)
viewer.show()
body = "Before the picture.\n\n" + "\n\n".join(f"![x]({target})" for target in sys.argv[1:])
viewer.show_entry(Entry(id=1, uid="u", written_at=datetime.now(timezone.utc), body=body))
for _ in range(20):
    app.processEvents()
viewer.body.viewport().grab()
print("rendered", flush=True)
"""


def render_in_child(*targets: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, *targets],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )


def entry(body: str) -> Entry:
    return Entry(id=1, uid="u", written_at=datetime.now(timezone.utc), body=body)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_an_image_of_dev_zero_neither_aborts_nor_hangs(tmp_path: Path):
    targets = ["/dev/zero", "file:///dev/zero", "//host/share/x.png"]
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.png"
        os.mkfifo(fifo)
        targets.append(str(fifo))
    try:
        result = render_in_child(*targets)
    except subprocess.TimeoutExpired:
        pytest.fail("rendering the entry froze")
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "rendered"


def test_no_image_is_read_from_disk_and_a_placeholder_shows(qtbot, tmp_path: Path):
    from wellness_journal.ui.journal.editor import EntryViewer

    picture = tmp_path / "photo.png"
    QImage(300, 200, QImage.Format.Format_RGB32).save(str(picture))
    viewer = EntryViewer()
    qtbot.addWidget(viewer)
    viewer.resize(600, 400)
    viewer.show()
    viewer.show_entry(entry(f"Look:\n\n![a photo]({picture})\n\n![share](//host/share/x.png)"))
    viewer.body.viewport().grab()
    document = viewer.body.document()
    for target in (str(picture), "//host/share/x.png"):
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(target))
        assert isinstance(image, QImage | QPixmap), target
        assert not image.isNull()  # a placeholder is drawn in its place
        assert image.size() != QImage(str(picture)).size()  # not the file on disk
    assert "Look:" in viewer.body.toPlainText()


RICH = '<img src="/nonexistent/richmark.png"><b>richmark</b>'


def test_no_label_reads_what_the_user_wrote_as_rich_text(qtbot, unlocked_shell):
    """A label shows rich text (and loads its images) when its text looks like HTML: every label
    that shows user text must show it as plain text."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtWidgets import QApplication, QLabel

    from wellness_journal.core.checkin import DEFAULT_SHIFTS
    from wellness_journal.core.coping import ThoughtRecord
    from wellness_journal.core.incidents import Incident
    from wellness_journal.core.journal import Prompt
    from wellness_journal.core.models import ContactKind, SupportContact
    from wellness_journal.core.stress import DEFAULT_TRIGGERS

    shell = unlocked_shell
    s = shell.session
    now = datetime.now(timezone.utc)
    s.contacts.save(
        SupportContact(
            id=None, uid="", kind=ContactKind.PERSONAL, name=RICH, role=RICH, phone=RICH, note=RICH
        )
    )
    s.contacts.save(
        SupportContact(id=None, uid="", kind=ContactKind.CRISIS, name=RICH, text=RICH, note=RICH)
    )
    s.journal.save(Entry(id=None, uid="", written_at=now, title=RICH, body=RICH, tags=("t",)))
    s.journal.save_prompt(Prompt(uid="", title=RICH, text=RICH))
    s.today.checkins.set_shifts([*DEFAULT_SHIFTS, RICH])
    s.today.stress.set_triggers([*DEFAULT_TRIGGERS, RICH])
    s.today.incidents.save(
        Incident(id=None, uid="", occurred_on=now.date(), category=RICH, role=RICH, note=RICH)
    )
    s.coping.save_thought_record(
        ThoughtRecord(id=None, uid="", created_at=now, updated_at=now, situation=RICH)
    )
    shown = 0
    for page in list(shell.main_area.pages):
        shell.main_area.show_page(page.page_id)
        page.refresh()
        QApplication.processEvents()
    for label in QApplication.allWidgets():
        if isinstance(label, QLabel) and "richmark" in label.text():
            shown += 1
            rich = label.textFormat() == Qt.TextFormat.RichText or (
                label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())
            )
            assert not rich, (type(label.parent()).__name__, label.objectName(), label.text())
    assert shown >= 3  # the walk saw the user's words

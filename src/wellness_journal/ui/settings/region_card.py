"""Settings: which country's crisis lines and emergency number the app offers by default."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QVBoxLayout, QWidget

from wellness_journal.core.crisis import REGIONS, region
from wellness_journal.core.models import Changes
from wellness_journal.services.preferences import REGION_TOPIC
from wellness_journal.ui.context import UiContext
from wellness_journal.ui.support.regions import region_name
from wellness_journal.ui.widgets.common import card, heading, paragraph


class RegionCard(QFrame):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        frame, inner = card()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        inner.addWidget(heading(self.tr("Crisis lines for your country"), 2))
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Country or region of the crisis lines"))
        self.choice.setFixedWidth(300)
        for r in REGIONS:
            self.choice.addItem(region_name(r), r.code)
        self.choice.currentIndexChanged.connect(self._on_changed)
        form = QFormLayout()
        form.addRow(self.tr("Country"), self.choice)
        inner.addLayout(form)
        self.explain = paragraph("", muted=True)
        inner.addWidget(self.explain)

    def refresh(self) -> None:
        current = self.ctx.prefs.region()
        self.choice.blockSignals(True)
        self.choice.setCurrentIndex(max(0, self.choice.findData(current.code)))
        self.choice.blockSignals(False)
        self._explain()

    def _explain(self, done: bool = False) -> None:
        current = self.ctx.prefs.region()
        text = self.tr(
            "Sets the crisis lines the Support page starts with and the emergency number the app "
            "gives (now {0}). Every line stays yours to edit; lines you added or changed are kept."
        ).format(current.emergency)
        if done:
            text = (
                self.tr("The Support page now has the lines for {0}.").format(region_name(current))
                + " "
                + text
            )
        self.explain.setText(text)

    @Slot(int)
    def _on_changed(self, _index: int) -> None:
        chosen = region(str(self.choice.currentData()))

        def use() -> Changes:
            self.ctx.prefs.set_region(chosen.code)
            return self.ctx.session.contacts.use_region(chosen) | Changes.of(REGION_TOPIC)

        if self.ctx.perform(use, self.tr("Not changed"), parent=self):
            self._explain(done=True)
        else:
            self.refresh()

"""The visual pacer: a soft circle that grows and shrinks, driven by elapsed time.

``PacerDriver`` reads a monotonic clock (a ``QElapsedTimer`` unless a test gives another) on
every frame and asks ``core.exercises.pacer_state`` where the exercise is. Nothing accumulates
from frame to frame, so a late or dropped frame only means the next one shows a later moment.
``PacerWidget`` just paints the last state it was given.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from wellness_journal.core.pacer import PacerState, Plan, Stopwatch, pacer_state
from wellness_journal.ui.theme import current_colors

FRAME_MS = 16  # about 60 frames a second


def _blend(color: QColor, under: QColor, alpha: float) -> QColor:
    """``color`` at ``alpha`` over ``under``, as one opaque colour."""
    return QColor.fromRgbF(
        color.redF() * alpha + under.redF() * (1 - alpha),
        color.greenF() * alpha + under.greenF() * (1 - alpha),
        color.blueF() * alpha + under.blueF() * (1 - alpha),
    )


class PacerDriver(QObject):
    """Runs a plan: start, pause, resume, stop. Emits the state on every frame."""

    ticked = Signal(object)  # PacerState, every frame
    phase_changed = Signal(object)  # PacerState, when a new phase (or breath) begins
    finished = Signal()

    def __init__(
        self,
        plan: Plan,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] | None = None,
        frame_ms: int = FRAME_MS,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self._elapsed_timer = QElapsedTimer()
        self._elapsed_timer.start()
        self._clock = clock or self._qt_seconds
        self._watch = Stopwatch()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(frame_ms)
        self._timer.timeout.connect(self.tick)
        self._last_key: tuple[object, ...] | None = None
        self._done = False
        self.state = pacer_state(plan, 0.0)

    def _qt_seconds(self) -> float:
        return self._elapsed_timer.nsecsElapsed() / 1e9

    @property
    def running(self) -> bool:
        return self._watch.running and not self._done

    @property
    def done(self) -> bool:
        return self._done

    @property
    def timer_active(self) -> bool:
        return self._timer.isActive()

    def elapsed(self) -> float:
        return min(self.plan.total_seconds, self._watch.elapsed(self._clock()))

    def start(self) -> None:
        if self._done:
            return
        self._watch.start(self._clock())
        self._timer.start()
        self.tick()

    resume = start

    def pause(self) -> None:
        self._watch.pause(self._clock())
        self._timer.stop()
        self.tick()

    def stop(self) -> float:
        """Stop for good; returns the active seconds done."""
        self._watch.pause(self._clock())
        self._timer.stop()
        self._done = True
        return self.elapsed()

    def tick(self) -> None:
        state = pacer_state(self.plan, self.elapsed())
        self.state = state
        self.ticked.emit(state)
        key = (state.stage, state.phase_index, state.cycle)
        if key != self._last_key:
            self._last_key = key
            self.phase_changed.emit(state)
        if state.finished and not self._done:
            self._watch.pause(self._clock())
            self._timer.stop()
            self._done = True
            self.finished.emit()


class PacerWidget(QWidget):
    """Paints the shape, the phase in words and the seconds left in it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 220)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # parents need no repaint
        self.setAccessibleName(self.tr("Pacer"))
        self._size = 0.0
        self._progress = 0.0
        self._word = ""
        self._count = ""
        self._paused = False
        colors = current_colors()
        accent = QColor(colors.accent)
        self._background = QColor(colors.window)
        self._fill = QBrush(_blend(accent, self._background, 0.28))  # opaque: cheaper to paint
        self._edge = QPen(accent, 3)
        self._guide = QPen(QColor(colors.border), 2)
        self._arc = QPen(accent, 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        self._text = QColor(colors.text)
        self._muted = QColor(colors.muted)
        self._word_font = QFont(self.font())
        self._word_font.setPointSizeF(max(15.0, self.font().pointSizeF() * 1.45))
        self._word_font.setWeight(QFont.Weight.DemiBold)
        self._count_font = QFont(self.font())
        self._count_font.setPointSizeF(max(30.0, self.font().pointSizeF() * 2.8))
        self._count_font.setWeight(QFont.Weight.Light)
        self._backdrop: QPixmap | None = None  # background and guide ring, drawn once per size
        self.last_announced = ""  # the last phase said to screen readers
        self._backdrop_size = QSize()

    def sizeHint(self) -> QSize:
        # Small: it grows into the room the page has (it expands), and a short window still
        # shows Pause and Stop under it without scrolling.
        return QSize(240, 240)

    def show_state(self, state: PacerState, word: str, *, paused: bool = False) -> None:
        count = "" if state.finished else str(state.whole_seconds_left)
        changed = (
            state.size != self._size
            or state.phase_progress != self._progress
            or word != self._word
            or count != self._count
            or paused != self._paused
        )
        new_phase = word != self._word
        self._size, self._progress, self._word, self._count = (
            state.size,
            state.phase_progress,
            word,
            count,
        )
        self._paused = paused
        if changed:
            self.update()
            self._say(new_phase)

    def spoken(self) -> str:
        """The pacer in words, as a screen reader hears it ("Breathe in, 3")."""
        return self.tr("{0}, {1}").format(self._word, self._count) if self._count else self._word

    def _say(self, new_phase: bool) -> None:
        """Keep the text alternative up to date (the accessible name, read on request) and
        announce each new phase once, politely (not every second)."""
        text = self.spoken()
        self.setAccessibleName(self.tr("Pacer: {0}").format(text) if text else self.tr("Pacer"))
        if new_phase and text:
            self.last_announced = text
            if QAccessible.isActive():
                QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))

    def _geometry(self) -> tuple[QPointF, float, float]:
        w, h = self.width(), self.height()
        outer = max(10.0, min(w, h) / 2 - 6)
        return QPointF(w / 2, h / 2), outer, outer * 0.42

    def _make_backdrop(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(self._background)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        center, outer, _ = self._geometry()
        painter.setPen(self._guide)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(center, outer, outer)
        painter.end()
        return pixmap

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._backdrop = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._backdrop is None or self._backdrop_size != self.size():
            self._backdrop = self._make_backdrop()
            self._backdrop_size = self.size()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._backdrop)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = self.width()
        center, outer, inner = self._geometry()
        radius = inner + (outer - inner) * self._size
        if self._progress > 0:
            painter.setPen(self._arc)
            box = QRectF(center.x() - outer, center.y() - outer, 2 * outer, 2 * outer)
            painter.drawArc(box, 90 * 16, -round(self._progress * 360 * 16))
        painter.setPen(self._edge)
        painter.setBrush(self._fill)
        painter.drawEllipse(center, radius, radius)
        painter.setPen(self._muted if self._paused else self._text)
        painter.setFont(self._word_font)
        line = QRectF(0, center.y() - inner * 0.75, w, inner * 0.7)
        painter.drawText(line, Qt.AlignmentFlag.AlignCenter, self._word)
        painter.setFont(self._count_font)
        below = QRectF(0, center.y() - inner * 0.05, w, inner * 0.9)
        painter.drawText(below, Qt.AlignmentFlag.AlignCenter, self._count)
        painter.end()

"""The moment after a push: who was pushed, what it was worth, where she stands now.

Over the producer's page: the cast member's face pops in inside a ring of sparkles, the
votes count up, and the sum spells out why they are that many (push points × the rank's
weight) — the one place a producer sees the multiplier at work — with her new monthly
total. The animation is short (under a second) and the panel closes by a tap, by its
button, or by itself after a few seconds, leaving the producer's page beneath.
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    Property,
    QCoreApplication,
    QEasingCurve,
    QEvent,
    QPointF,
    QPropertyAnimation,
    QRectF,
    Qt,
    QTimer,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.services.pushes import PushDone
from kiosk.ui.formatting import current_language, fill, number
from kiosk.ui.scale import px
from kiosk.ui.widgets.basic import button, label
from kiosk.ui.widgets.cast_photo import cast_pixmap
from kiosk.ui.widgets.overlay import Overlay

POP_MS = 900
COUNT_MS = 700
SHOW_MS = 9000
SPARKLES = ("#E83E8C", "#FFB400", "#4FC3F7", "#9C6ADE", "#FF7043", "#26A69A")


class FaceBurst(QWidget):
    """The face in a burst of sparkles; `progress` (0 → 1) drives the pop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._progress = 1.0
        self._photo: str | None = None
        self._name = ""
        self.setFixedSize(px(340), px(300))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def show_face(self, photo: str | None, name: str) -> None:
        self._photo, self._name = photo, name
        self.update()

    def _get_progress(self) -> float:
        return self._progress

    def set_progress(self, value: float) -> None:
        self._progress = value
        self.update()

    progress = Property(float, _get_progress, set_progress)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        centre = QPointF(self.width() / 2, self.height() / 2)
        face = min(self.width(), self.height()) * 0.7
        t = max(0.0, self._progress)
        # Sparkles fly out from behind the face and settle on a ring.
        reach = face / 2 + (self.height() / 2 - face / 2) * min(1.0, t) * 0.85
        painter.setPen(Qt.PenStyle.NoPen)
        for i in range(12):
            angle = i * math.tau / 12 + math.pi / 12
            distance = reach * (0.82 if i % 2 else 1.0)
            point = QPointF(centre.x() + distance * math.cos(angle),
                            centre.y() + distance * math.sin(angle))
            painter.setBrush(QColor(SPARKLES[i % len(SPARKLES)]))
            painter.drawPath(_sparkle(point, px(16 if i % 2 == 0 else 10) * min(1.0, t)))
        scale = 0.55 + 0.45 * t                      # eased past 1 by OutBack: a pop
        side = max(1, round(face * scale))
        painter.setBrush(QColor(255, 227, 239))
        painter.drawEllipse(centre, side / 2 + px(10), side / 2 + px(10))
        pixmap = cast_pixmap(self._photo, self._name, round(face), "#FFFFFF")
        painter.drawPixmap(QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side),
                           pixmap, QRectF(pixmap.rect()))
        painter.end()


class PushCelebration(Overlay):
    closed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, margins=(56, 40))
        self.burst = FaceBurst()
        self.heading = label("subtitle", centre=True)
        self.name = label("title", centre=True)
        self.votes = label("hero", centre=True)
        self.sum = label("body", centre=True)
        self.total = label("body", centre=True)
        self.ok_button = button("primary")
        self.ok_button.clicked.connect(self.close_now)
        self.inside.setSpacing(px(12))
        self.inside.addWidget(self.heading)
        self.inside.addWidget(self.burst, 0, Qt.AlignmentFlag.AlignHCenter)
        for part in (self.name, self.votes, self.sum, self.total):
            self.inside.addWidget(part)
        self.inside.addSpacing(px(12))
        self.inside.addWidget(self.ok_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._done: PushDone | None = None
        self._weight = 1
        self._shown_votes = 0
        self._pop = QPropertyAnimation(self.burst, b"progress", self)
        self._pop.setDuration(POP_MS)
        self._pop.setStartValue(0.0)
        self._pop.setEndValue(1.0)
        self._pop.setEasingCurve(QEasingCurve.Type.OutBack)
        self._count = QVariantAnimation(self)
        self._count.setDuration(COUNT_MS)
        self._count.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._count.valueChanged.connect(self._on_count)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_MS)
        self._timer.timeout.connect(self.close_now)

    def celebrate(self, done: PushDone, weight: int, animate: bool = True) -> None:
        """Show `done` (`weight`: the producer's rank weight when pushing)."""
        self._done, self._weight = done, weight
        self._shown_votes = 0 if animate else done.votes
        self.retranslate()
        self.present()
        if animate:
            self._pop.stop()
            self._pop.start()
            self._count.stop()
            self._count.setStartValue(0)
            self._count.setEndValue(done.votes)
            self._count.start()
        else:
            self.finish()
        self._timer.start()

    def finish(self) -> None:
        """Jump to the end of the animation (screenshots, tests)."""
        self._pop.stop()
        self._count.stop()
        self.burst.set_progress(1.0)
        if self._done is not None:
            self._on_count(self._done.votes)

    @property
    def running(self) -> bool:
        return self._pop.state() is QPropertyAnimation.State.Running

    def close_now(self) -> None:
        self._timer.stop()
        self.finish()
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self.close_now()               # a tap anywhere: back to the producer's page

    def _on_count(self, value: object) -> None:
        self._shown_votes = int(value)  # type: ignore[call-overload]
        count = self._shown_votes
        self.votes.setText("+" + _votes(count))

    def retranslate(self) -> None:
        done = self._done
        self.ok_button.setText(self.tr("Back to my page"))
        if done is None:
            return
        cast = done.cast
        name = cast.stage_name_ja if current_language() == "ja" else cast.stage_name_en
        self.burst.show_face(cast.photo, cast.stage_name_en)
        self.heading.setText(self.tr("Thank you for your push!"))
        self.name.setText(name)
        self._on_count(self._shown_votes)
        points, votes, total = done.points, done.votes, cast.votes_this_month
        self.sum.setText(fill(self.tr("%1 × your rank's multiplier %2 = %3"),
                              _points(points), number(self._weight), _votes(votes)))
        self.total.setText(fill(self.tr("%1 now has %n vote(s) this month.", "", total),
                                name))


# The push screen's and the old push notice's messages, already in every catalogue: the
# same words need no second translation (lupdate reads these literal contexts).
def _votes(count: int) -> str:
    return QCoreApplication.translate("PushScreen", "%n vote(s)", "", count)


def _points(count: int) -> str:
    return QCoreApplication.translate("PushScreen", "%n push point(s)", "", count)



def _sparkle(centre: QPointF, radius: float) -> QPainterPath:
    path = QPainterPath()
    for i in range(8):
        r = radius if i % 2 == 0 else radius * 0.35
        angle = i * math.pi / 4
        point = QPointF(centre.x() + r * math.sin(angle), centre.y() - r * math.cos(angle))
        if i == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    path.closeSubpath()
    return path

"""A message over the current screen ("checked in!", "this card was replaced"), closed by a
tap or after a few seconds."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

from kiosk.ui.scale import px
from kiosk.ui.widgets.basic import button, label
from kiosk.ui.widgets.overlay import Overlay

SHOW_MS = 8000


class Notice(Overlay):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, margins=(56, 48))
        self.message = label("title", centre=True)
        self.ok_button = button("primary")
        self.ok_button.setText("OK")
        self.ok_button.clicked.connect(self.hide)
        self.inside.setSpacing(px(32))
        self.inside.addWidget(self.message)
        self.inside.addWidget(self.ok_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_MS)
        self._timer.timeout.connect(self.hide)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.present()
        self._timer.start()

    @property
    def text(self) -> str:
        return self.message.text() if self.isVisible() else ""

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self.hide()                    # a tap anywhere dismisses a notice

"""A message over the current screen ("checked in!", "this card was replaced"), closed by a
tap or after a few seconds."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.screens.base import button, label

SHOW_MS = 8000


class Notice(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.panel = QWidget(self)
        self.panel.setObjectName("noticePanel")
        self.panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.panel.setStyleSheet("#noticePanel { background: white; border-radius: 40px; }")
        self.message = label("title", centre=True)
        self.ok_button = button("primary")
        self.ok_button.setText("OK")
        self.ok_button.clicked.connect(self.hide)
        inside = QVBoxLayout(self.panel)
        inside.setContentsMargins(56, 48, 56, 48)
        inside.setSpacing(32)
        inside.addWidget(self.message)
        inside.addWidget(self.ok_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_MS)
        self._timer.timeout.connect(self.hide)
        parent.installEventFilter(self)
        self.hide()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self._fit()
        self.show()
        self.raise_()
        self._timer.start()

    @property
    def text(self) -> str:
        return self.message.text() if self.isVisible() else ""

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.setGeometry(parent.rect())
        width = min(parent.width() - 96, 1100)
        self.panel.setFixedWidth(width)
        self.panel.setFixedHeight(self.panel.layout().heightForWidth(width)  # type: ignore[union-attr]
                                  if self.panel.layout() else 400)
        self.panel.move((parent.width() - width) // 2,
                        (parent.height() - self.panel.height()) // 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._fit()
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(45, 27, 51, 140))
        painter.end()

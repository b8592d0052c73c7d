"""The language picker: a panel over the current screen, reachable from every customer
screen by its language chip. Choosing a language re-translates everything behind it at once
and keeps what the customer typed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.screens.base import button, label
from kiosk.ui.widgets.language_bar import LanguageGrid


class LanguagePicker(QWidget):
    language_chosen = Signal(str)

    def __init__(self, languages: tuple[str, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.panel = QWidget(self)
        self.panel.setObjectName("pickerPanel")
        self.panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.panel.setStyleSheet("#pickerPanel { background: white; border-radius: 40px; }")
        self.title = label("title", centre=True)
        self.grid = LanguageGrid(languages)
        self.grid.language_chosen.connect(self._on_chosen)
        self.close_button = button("secondary")
        self.close_button.clicked.connect(self.hide)
        inside = QVBoxLayout(self.panel)
        inside.setContentsMargins(48, 40, 48, 40)
        inside.setSpacing(24)
        inside.addWidget(self.title)
        inside.addWidget(self.grid)
        inside.addWidget(self.close_button)
        parent.installEventFilter(self)
        self.retranslate()
        self.hide()

    def open(self, current: str) -> None:
        self.grid.show_current(current)
        self._fit()
        self.show()
        self.raise_()

    def _on_chosen(self, language: str) -> None:
        self.hide()
        self.language_chosen.emit(language)

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.setGeometry(parent.rect())
        wide = parent.width() > parent.height()
        self.grid.set_columns(4 if wide else 2)
        width = min(parent.width() - 96, 1500 if wide else 900)
        self.panel.setFixedWidth(width)
        self.panel.adjustSize()
        self.panel.move((parent.width() - width) // 2,
                        (parent.height() - self.panel.height()) // 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._fit()
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        """A tap on the dimmed backdrop closes the picker, like any touch dialog."""
        if not self.panel.geometry().contains(event.position().toPoint()):
            self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(45, 27, 51, 140))
        painter.end()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Choose your language"))
        self.close_button.setText(self.tr("Close"))

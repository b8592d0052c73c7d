"""The attract screen: what the kiosk shows while nobody is using it. Any touch starts.

It cycles a welcome in every offered language (each in its own script, not translated),
so a passer-by sees their own language before touching anything.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

from kiosk.ui.screens.base import Screen, label, page_layout
from kiosk.ui.widgets.card_fan import CardFan

WELCOMES = {
    "ja": ("ようこそ、プロデューサー！", "タッチしてはじめる"),
    "en": ("Welcome, producer!", "Touch to start"),
    "zh_CN": ("欢迎，制作人！", "触摸开始"),
    "zh_TW": ("歡迎，製作人！", "觸碰開始"),
    "ko": ("어서 오세요, 프로듀서님!", "화면을 터치하세요"),
    "th": ("ยินดีต้อนรับ โปรดิวเซอร์!", "แตะเพื่อเริ่ม"),
    "es": ("¡Bienvenido, productor!", "Toca para empezar"),
    "fr": ("Bienvenue, producteur !", "Touchez pour commencer"),
}
CYCLE_MS = 3500


class AttractScreen(Screen):
    started = Signal()

    def __init__(self, cafe_name: str, languages: tuple[str, ...], card_colours: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._languages = [code for code in languages if code in WELCOMES] or ["ja"]
        self._index = 0
        self._layout = page_layout(self)
        self.cafe = label("hero", centre=True)
        self.cafe.setText(cafe_name)
        self.welcome = label("title", centre=True)
        self.touch = label("hint", centre=True)
        self.fan = CardFan(card_colours[::2] or card_colours)
        self._layout.addStretch(1)
        self._layout.addWidget(self.cafe)
        self._layout.addWidget(self.fan, 4)
        self._layout.addWidget(self.welcome)
        self._layout.addWidget(self.touch)
        self._layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setInterval(CYCLE_MS)
        self._timer.timeout.connect(self._next_welcome)
        self._show_welcome()

    def showEvent(self, event: object) -> None:  # noqa: N802 (Qt override)
        self._timer.start()
        super().showEvent(event)  # type: ignore[arg-type]

    def hideEvent(self, event: object) -> None:  # noqa: N802 (Qt override)
        self._timer.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton:
            self.started.emit()

    def reset(self) -> None:
        self._index = 0
        self._show_welcome()

    def _next_welcome(self) -> None:
        self._index = (self._index + 1) % len(self._languages)
        self._show_welcome()

    def _show_welcome(self) -> None:
        welcome, touch = WELCOMES[self._languages[self._index]]
        self.welcome.setText(welcome)
        self.touch.setText(touch)

"""For a card that will not scan: producer number and website password, typed on the
kiosk's keyboard. Wrong passwords are refused with how long to wait once locked."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.ui.scale import px
from kiosk.ui.screens.base import Screen, action_row, page_layout
from kiosk.ui.theme import set_role
from kiosk.ui.widgets.basic import button, label
from kiosk.ui.widgets.keyboard import OnScreenKeyboard
from kiosk.ui.widgets.step_header import StepHeader


class ManualLoginScreen(Screen):
    submitted = Signal(str, str)        # producer number, password
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        layout = page_layout(self)
        self.header = StepHeader(0)
        self.title = label("title")
        self.help = label("body")
        self.number_caption = label("field")
        self.number = QLineEdit()
        set_role(self.number, "name")
        self.password_caption = label("field")
        self.password = QLineEdit()
        set_role(self.password, "name")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.number, self.password):
            field.installEventFilter(self)
            field.textChanged.connect(self._refresh)
        self.keyboard = OnScreenKeyboard()
        self.message = label("error")
        self.back_button = button("secondary")
        self.back_button.clicked.connect(self.back)
        self.submit_button = button("primary")
        self.submit_button.clicked.connect(self._on_submit)
        fields = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        fields.setSpacing(px(24))
        for caption, field in ((self.number_caption, self.number),
                               (self.password_caption, self.password)):
            column = QVBoxLayout()
            column.setSpacing(px(4))
            column.addWidget(caption)
            column.addWidget(field)
            fields.addLayout(column, 1)
        self.fields = fields
        header_row = self.header.layout()
        assert header_row is not None
        header_row.replaceWidget(self.header.counter, self.title)   # no steps: title there
        self.header.counter.hide()
        layout.addWidget(self.header)
        layout.addWidget(self.help)
        layout.addLayout(fields)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.keyboard)
        layout.addLayout(action_row(self.back_button, self.submit_button))
        self.retranslate()
        self.reset()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Tapping a field points the keyboard at it."""
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(watched, QLineEdit):
            self._target(watched)
        return False

    def _target(self, field: QLineEdit) -> None:
        self.keyboard.attach(field)
        self.keyboard.reset("latin")
        field.setFocus()

    def set_portrait(self, portrait: bool) -> None:
        """Wide screens are short: the two fields sit side by side above the keyboard."""
        super().set_portrait(portrait)
        self.fields.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                                 else QBoxLayout.Direction.LeftToRight)

    def reset(self) -> None:
        self._busy = False
        self.number.clear()
        self.password.clear()
        self.message.clear()
        self._target(self.number)
        self._refresh()

    def show_problem(self, message: str) -> None:
        self._busy = False
        self.password.clear()
        self.message.setText(message)
        self._target(self.password)
        self._refresh()

    def _on_submit(self) -> None:
        if self._busy:
            return
        self._busy = True
        self._refresh()
        self.submitted.emit(self.number.text(), self.password.text())

    def _refresh(self) -> None:
        self.submit_button.setEnabled(not self._busy and bool(self.number.text().strip())
                                      and bool(self.password.text()))

    def retranslate(self) -> None:
        self.header.retranslate()
        self.title.setText(self.tr("Card won't scan?"))
        self.help.setText(self.tr("Type your producer number (on your card) and your "
                                  "website password."))
        self.number_caption.setText(self.tr("Producer number"))
        self.password_caption.setText(self.tr("Password"))
        self.back_button.setText(self.tr("Back"))
        self.submit_button.setText(self.tr("Show my points"))

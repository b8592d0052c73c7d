"""The terms and privacy note, scrollable, with the customer's consent box under it.

Part of the last registration step: the customer checks their name, reads what they agree
to, ticks the box and makes the card, all on one screen. The card fee is read from the rules
file, so the text never disagrees with the till.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QScrollArea, QScroller, QVBoxLayout, QWidget

from kiosk.domain.rules import RuleBook
from kiosk.ui.formatting import fill, yen
from kiosk.ui.scale import px
from kiosk.ui.widgets.basic import label
from kiosk.ui.widgets.touch_check import TouchCheckBox


class TermsPanel(QWidget):
    agreed = Signal(bool)

    def __init__(self, rules: RuleBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rules = rules
        self.title = label("subtitle")
        self.body = label("body")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setContentsMargins(px(24), px(16), px(24), px(16))
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text_area = QScrollArea()
        self.text_area.setWidget(self.body)
        self.text_area.setWidgetResizable(True)
        self.text_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text_area.setMinimumHeight(px(160))
        QScroller.grabGesture(self.text_area.viewport(),
                              QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.agree = TouchCheckBox()
        self.agree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.agree.toggled.connect(self.agreed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(px(12))
        layout.addWidget(self.title)
        layout.addWidget(self.text_area, 1)
        layout.addWidget(self.agree)
        self.retranslate()

    @property
    def consented(self) -> bool:
        return self.agree.isChecked()

    def reset(self) -> None:
        self.agree.setChecked(False)
        self.text_area.verticalScrollBar().setValue(0)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Terms and privacy"))
        points = [
            fill(self.tr("Your producer card costs %1, paid at the till."),
                 yen(self._rules.card_issue_fee_yen)),
            self.tr("You earn PV points when you spend, and push points when you visit. "
                    "Points have no cash value and cannot be exchanged or transferred."),
            self.tr("We keep your producer name, your producer number, your website login "
                    "and your points history. We do not ask for your real name, address or "
                    "payment details."),
            self.tr("This information is stored on this kiosk and on our own server, only "
                    "to run the producer system."),
            self.tr("The QR code on your card holds only a signed card number: no name, "
                    "no points, no password."),
            self.tr("Your producer name may appear in the café and on the website's "
                    "rankings."),
            self.tr("You can ask the staff at any time to show or delete your data."),
        ]
        items = "".join(f"<li style='margin-bottom:{px(12)}px'>{p}</li>" for p in points)
        self.body.setText(f"<ul style='margin-left:{px(-16)}px'>{items}</ul>")
        self.agree.setText(self.tr("I agree to the terms of use and the privacy policy"))

"""Registration step 2: the terms and the privacy note, and the customer's consent.

The card fee shown here is read from the rules file, so the text never disagrees with the till.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QScrollArea, QScroller, QWidget

from kiosk.domain.rules import RuleBook
from kiosk.ui.formatting import fill, yen
from kiosk.ui.scale import px
from kiosk.ui.screens.base import Screen, action_row, page_layout
from kiosk.ui.widgets.basic import button, label
from kiosk.ui.widgets.step_header import StepHeader
from kiosk.ui.widgets.touch_check import TouchCheckBox
from kiosk.ui.widgets.why_disabled import explain_when_disabled


class TermsScreen(Screen):
    accepted = Signal()
    back = Signal()

    def __init__(self, rules: RuleBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rules = rules
        layout = page_layout(self)
        self.header = StepHeader(2)
        self.title = label("title")
        self.text = label("body")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setContentsMargins(px(32), px(24), px(32), px(24))
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text_area = QScrollArea()
        self.text_area.setWidget(self.text)
        self.text_area.setWidgetResizable(True)
        self.text_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(self.text_area.viewport(),
                              QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.agree = TouchCheckBox()
        self.agree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.agree.toggled.connect(self._on_agree_toggled)
        self.back_button = button("secondary")
        self.back_button.clicked.connect(self.back)
        self.next_button = button("primary")
        self.next_button.clicked.connect(self.accepted)
        # "Next" is off until the box is ticked; a tap on it says so (in its reserved room).
        self.tick_first = label("error")
        policy = self.tick_first.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.tick_first.setSizePolicy(policy)
        explain_when_disabled(self.next_button, self.tick_first.text,
                              lambda _text: self.tick_first.show())
        actions = action_row(self.back_button, self.next_button)
        layout.addWidget(self.header)
        layout.addWidget(self.title)
        layout.addWidget(self.text_area, 1)
        layout.addWidget(self.agree)
        layout.addWidget(self.tick_first)
        layout.addLayout(actions)
        self.retranslate()
        self.reset()

    def reset(self) -> None:
        self.agree.setChecked(False)
        self.text_area.verticalScrollBar().setValue(0)
        self.next_button.setEnabled(False)
        self.tick_first.hide()

    @property
    def consented(self) -> bool:
        return self.agree.isChecked()

    def _on_agree_toggled(self, checked: bool) -> None:
        self.next_button.setEnabled(checked)
        if checked:
            self.tick_first.hide()

    def retranslate(self) -> None:
        self.header.retranslate()
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
        items = "".join(f"<li style='margin-bottom:{px(14)}px'>{p}</li>" for p in points)
        self.text.setText(f"<ul style='margin-left:{px(-16)}px'>{items}</ul>")
        self.agree.setText(self.tr("I agree to the terms of use and the privacy policy"))
        self.tick_first.setText(self.tr("Tick the box above to agree, then tap Next."))
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))

"""A producer's new initial website password, shown this once (and printed on a slip).

Like the registration card screen, the password lives only in this screen between `load`
and `reset`; Done, Back and the staff idle timeout all drop it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.domain.credentials import PASSWORD_GROUP, group_for_reading
from kiosk.ui.staff.base import StaffScreen
from kiosk.ui.widgets.basic import button, label


class NewPasswordScreen(StaffScreen):
    print_requested = Signal()
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.who = label("subtitle")
        self.login_caption = label("field")
        self.login_value = label("secret", wrap=False)
        self.password_caption = label("field")
        self.password_value = label("secret", wrap=False)
        self.warning = label("warning")
        self.print_button = button("secondary")
        self.print_button.clicked.connect(self.print_requested)
        self.done_button = button("primary")
        self.done_button.clicked.connect(self.done)
        self.back.connect(self.done)
        for widget in (self.who, self.login_caption, self.login_value,
                       self.password_caption, self.password_value, self.warning,
                       self.message):
            self.column.addWidget(widget)
        self.column.addStretch(1)
        footer = QHBoxLayout()
        footer.addWidget(self.print_button)
        footer.addStretch(1)
        footer.addWidget(self.done_button)
        self.column.addLayout(footer)
        self.retranslate()

    def load(self, who: str, login_id: str, password: str) -> None:
        self.reset()
        self.who.setText(who)
        self.login_value.setText(group_for_reading(login_id))
        self.password_value.setText(group_for_reading(password, PASSWORD_GROUP))

    def reset(self) -> None:
        super().reset()
        for value in (self.who, self.login_value, self.password_value):
            value.setText("")      # not clear(): Label keeps its text in setText

    def retranslate(self) -> None:
        self.retranslate_base()
        self.title.setText(self.tr("New website password"))
        self.login_caption.setText(self.tr("Website login ID"))
        self.password_caption.setText(self.tr("New initial password"))
        self.warning.setText(self.tr(
            "Shown only now: the old password no longer works here, and on the website "
            "after the next sync. Print the slip or let the producer write it down."))
        self.print_button.setText(self.tr("Print slip"))
        self.done_button.setText(self.tr("Done"))

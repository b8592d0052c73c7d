"""Kiosk settings for staff: timeouts, languages, orientation, café name and logo, printers,
scanner timing, and whether this kiosk is enrolled at an office.

The screen only collects choices; the settings desk saves them through `kiosk.settings`, which
validates them and writes the file atomically. A refused value names the setting.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QScrollArea, QWidget

from kiosk.settings import KNOWN_LANGUAGES, KioskSettings
from kiosk.ui.fonts import families_for
from kiosk.ui.formatting import fill
from kiosk.ui.i18n import NATIVE_NAMES
from kiosk.ui.staff.base import StaffScreen
from kiosk.ui.staff.choices import Chips, Stepper
from kiosk.ui.staff.entry import EntryPanel
from kiosk.ui.widgets.basic import button, label

DEFAULT_PRINTER = ""


class SettingsScreen(StaffScreen):
    save_requested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._printers: list[tuple[str, str]] = []
        self._logos: list[tuple[str, str]] = []
        self._office: str | None = None
        self.entry = EntryPanel()
        self.cafe_name: QLineEdit = self.entry.text_field()
        self.cafe_name.setMaxLength(40)
        self.idle = Stepper(10, 3600, 10)
        self.balance_idle = Stepper(10, 600, 5)
        self.staff_idle = Stepper(30, 3600, 30)
        self.languages = Chips(multiple=True)
        self.languages.set_options([(code, NATIVE_NAMES.get(code, code))
                                    for code in KNOWN_LANGUAGES])
        self.default_language = Chips()
        self.default_language.set_options([(code, NATIVE_NAMES.get(code, code))
                                           for code in KNOWN_LANGUAGES])
        for chips in (self.languages, self.default_language):
            for code, chip in chips.buttons.items():
                # Each name in its own script's font: the theme's style sheet would override
                # a plain setFont, and the app font may not have Thai registered yet.
                chip.setStyleSheet(f'font-family: "{families_for(code)[0]}";')
        self.orientation = Chips()
        self.card_printer = Chips(per_row=2)
        self.slip_printer = Chips(per_row=2)
        self.slip_paper = Chips()
        self.auto_print = QCheckBox()
        self.logo = Chips(per_row=2)
        self.scanner_gap = Stepper(5, 500, 5, "ms")
        self.scanner_length = Stepper(4, 200, 1)
        self.office = label("body")
        self.fields = QFormLayout()
        self.fields.setVerticalSpacing(20)
        self.fields.setHorizontalSpacing(24)
        self.fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)   # room for chips
        self.captions = {key: label("field") for key in (
            "cafe_name", "idle_timeout_seconds", "balance_idle_seconds",
            "staff_idle_seconds", "languages", "default_language", "orientation",
            "card_printer", "slip_printer", "slip_paper", "auto_print", "cafe_logo",
            "scanner_max_gap_ms", "scanner_min_length", "office")}
        for key, widget in (("cafe_name", self.cafe_name), ("idle_timeout_seconds", self.idle),
                            ("balance_idle_seconds", self.balance_idle),
                            ("staff_idle_seconds", self.staff_idle),
                            ("languages", self.languages),
                            ("default_language", self.default_language),
                            ("orientation", self.orientation),
                            ("card_printer", self.card_printer),
                            ("slip_printer", self.slip_printer),
                            ("slip_paper", self.slip_paper), ("auto_print", self.auto_print),
                            ("cafe_logo", self.logo), ("scanner_max_gap_ms", self.scanner_gap),
                            ("scanner_min_length", self.scanner_length),
                            ("office", self.office)):
            self.fields.addRow(self.captions[key], widget)
        inner = QWidget()
        inner.setLayout(self.fields)
        self.list_area = QScrollArea()
        self.list_area.setWidgetResizable(True)
        self.list_area.setWidget(inner)
        self.list_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.save_button = button("primary")
        self.save_button.clicked.connect(self._on_save)
        self.restart_note = label("status")
        self.column.addWidget(self.list_area, 1)
        self.column.addWidget(self.message)
        self.column.addWidget(self.restart_note)
        self.column.addWidget(self.entry)
        self.column.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.entry.hide()
        self.cafe_name.installEventFilter(self)
        self.retranslate()

    def load(self, settings: KioskSettings, printers: list[str], logos: list[str],
             office: str | None) -> None:
        """Show the current settings, the machine's print queues and the logo files."""
        self.clear_message()
        self.cafe_name.setText(settings.cafe_name)
        self.idle.set_value(settings.idle_timeout_seconds)
        self.balance_idle.set_value(settings.balance_idle_seconds)
        self.staff_idle.set_value(settings.staff_idle_seconds)
        self.languages.choose(settings.languages)
        self.default_language.choose([settings.default_language])
        # A chosen printer or logo that is not there right now stays chosen (marked), so
        # saving another setting does not quietly drop it.
        missing = self.tr("%1 (not found)")
        queues = [(name, name) for name in printers]
        for chosen in dict.fromkeys((settings.card_printer, settings.slip_printer)):
            if chosen and chosen not in printers:
                queues.append((chosen, fill(missing, chosen)))
        self._printers = queues
        self._logos = [(name, name) for name in logos]
        if settings.cafe_logo and settings.cafe_logo not in logos:
            self._logos.append((settings.cafe_logo, fill(missing, settings.cafe_logo)))
        self._office = office
        self.retranslate()
        self.orientation.choose([settings.orientation])
        self.card_printer.choose([settings.card_printer])
        self.slip_printer.choose([settings.slip_printer])
        self.slip_paper.choose([settings.slip_paper])
        self.auto_print.setChecked(settings.auto_print)
        self.logo.choose([settings.cafe_logo])
        self.scanner_gap.set_value(settings.scanner_max_gap_ms)
        self.scanner_length.set_value(settings.scanner_min_length)
        self.entry.hide()

    def changes(self) -> dict[str, Any]:
        """Everything on the screen, as settings keys and values."""
        def one(chips: Chips) -> str:
            chosen = chips.chosen()
            return chosen[0] if chosen else ""

        return {
            "cafe_name": self.cafe_name.text().strip(),
            "idle_timeout_seconds": self.idle.value(),
            "balance_idle_seconds": self.balance_idle.value(),
            "staff_idle_seconds": self.staff_idle.value(),
            "languages": [code for code in KNOWN_LANGUAGES
                          if code in self.languages.chosen()],
            "default_language": one(self.default_language),
            "orientation": one(self.orientation) or "auto",
            "card_printer": one(self.card_printer),
            "slip_printer": one(self.slip_printer),
            "slip_paper": one(self.slip_paper) or "receipt",
            "auto_print": self.auto_print.isChecked(),
            "cafe_logo": one(self.logo),
            "scanner_max_gap_ms": self.scanner_gap.value(),
            "scanner_min_length": self.scanner_length.value(),
        }

    def caption(self, key: str) -> str:
        widget = self.captions.get(key)
        return widget.text() if widget is not None else key

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """The keyboard shows only while the café name is being typed (it is tall)."""
        if watched is self.cafe_name and event.type() == QEvent.Type.MouseButtonPress:
            self.entry.show()
            self.entry.point_at(self.cafe_name)
        return False

    def _on_save(self) -> None:
        self.entry.hide()
        self.save_requested.emit(self.changes())

    def retranslate(self) -> None:
        self.retranslate_base()
        self.title.setText(self.tr("Settings"))
        seconds = self.tr("s")
        for stepper in (self.idle, self.balance_idle, self.staff_idle):
            stepper.unit = seconds
            stepper.set_value(stepper.value())
        texts = {
            "cafe_name": self.tr("Café name (on new cards)"),
            "idle_timeout_seconds": self.tr("Customer screens close after"),
            "balance_idle_seconds": self.tr("Balance screen closes after"),
            "staff_idle_seconds": self.tr("Staff mode closes after"),
            "languages": self.tr("Languages offered"),
            "default_language": self.tr("Default language"),
            "orientation": self.tr("Screen orientation"),
            "card_printer": self.tr("Card printer"),
            "slip_printer": self.tr("Password slip printer"),
            "slip_paper": self.tr("Slip paper"),
            "auto_print": self.tr("Printing"),
            "cafe_logo": self.tr("Café logo (on new cards)"),
            "scanner_max_gap_ms": self.tr("Scanner: most time between characters"),
            "scanner_min_length": self.tr("Scanner: shortest code"),
            "office": self.tr("Office"),
        }
        for key, text in texts.items():
            self.captions[key].setText(text)
        self.orientation.set_options([("auto", self.tr("Follow the screen")),
                                      ("portrait", self.tr("Portrait")),
                                      ("landscape", self.tr("Landscape"))])
        self.card_printer.set_options([(DEFAULT_PRINTER, self.tr("This machine's default")),
                                       *self._printers])
        self.slip_printer.set_options([("", self.tr("Same as the card printer")),
                                       *self._printers])
        self.slip_paper.set_options([("receipt", self.tr("Receipt roll")), ("a4", "A4"),
                                     ("label", self.tr("Label")), ("card", self.tr("Card"))])
        self.logo.set_options([("", self.tr("No logo")),
                               *self._logos])
        self.auto_print.setText(self.tr("Print each new card at once"))
        self.office.setText(
            fill(self.tr("Enrolled at %1"), self._office) if self._office else
            self.tr("Not enrolled: this kiosk works offline only. Enrol it with the "
                    "command: kiosk enrol"))
        self.restart_note.setText(self.tr(
            "Timeouts, printers, café name and logo apply at once; languages, orientation "
            "and scanner timing apply when the kiosk starts next."))
        self.save_button.setText(self.tr("Save settings"))

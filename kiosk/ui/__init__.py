"""The kiosk's Qt screens. Importing the package first makes the import hook PySide6 puts on
every later import cheap (kiosk.ui.qt_import_scan)."""

from kiosk.ui.qt_import_scan import lighten

lighten()

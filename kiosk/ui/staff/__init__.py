"""Staff mode: the screens behind the hidden gesture and the staff PIN, and the desks that
work behind them.

Customers never reach these screens: the way in is a long press in a corner followed by the
staff PIN (`gate.py`), and staff mode closes itself after a short idle time. Each desk owns
its screens and calls the services off the UI thread through the task runner: staff home
(`home_desk.py`), one producer (`producer_desk.py`), the settings (`settings_desk.py`) and
the card printer (`print_desk.py`, which customers' registrations reach too).
"""

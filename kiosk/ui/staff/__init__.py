"""Staff mode: the screens behind the hidden gesture and the staff PIN.

Customers never reach these screens: the way in is a long press in a corner followed by the
staff PIN, and staff mode closes itself after a short idle time. `StaffMode` (mode.py)
owns the screens and calls the services off the UI thread, like `ProducerFlow` does for
customers.
"""

"""`python -m kiosk` starts the kiosk (see kiosk.app)."""

import sys

from kiosk.app import run

sys.exit(run())

"""What the sync benchmark measures against: its sizes, batches and targets."""

from kiosk.sync.protocol import MAX_BATCH

FULL_EVENTS = 100_000
QUICK_EVENTS = 5_000
TARGET_RATIO = 0.25
TARGET_PULL_S = 5.0
BATCH = 500                    # the baseline's rows per transaction (the definition)
# The baseline takes 2 s (the push 8-10 s): one short burst of load on a shared machine moved
# it by a fifth between runs of the same code, so it runs three times and the median counts.
BASELINE_RUNS = 3
PUSH_RUNS = 3                  # the day's push, each from the same start: the median counts
KIOSK_BATCH = MAX_BATCH        # the kiosk's batch: the baseline again at this size
REGISTRATIONS_PER_EVENT = 10   # one event in ten on the day is a registration
SERVICE_PRODUCERS = 10         # registered, checked in and pushing through the services

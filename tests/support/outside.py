"""Tests that need an outside program skip locally when it is missing, but fail under CI."""

from __future__ import annotations

import os

import pytest


def missing_program(what: str) -> None:
    """Skip (locally) or fail (under `CI=true`) because `what` is not installed."""
    message = f"{what} is not installed"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{message}; .ci/run must install it")
    pytest.skip(message)

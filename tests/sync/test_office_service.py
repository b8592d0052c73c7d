"""The office as a service: settings from the environment, and a health check."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest
from peewee import OperationalError

from kiosk.server.__main__ import DEFAULT_DATABASE, build_parser
from kiosk.server.migrations import SCHEMA_VERSION
from tests.sync.conftest import RunningOffice


def test_the_environment_gives_the_defaults() -> None:
    args = build_parser({}).parse_args(["serve"])
    assert (args.database, args.host, args.port) == (DEFAULT_DATABASE, "127.0.0.1", 8080)
    env = {"KIOSK_OFFICE_DATABASE": "postgresql://office@db/office",
           "KIOSK_OFFICE_HOST": "0.0.0.0", "KIOSK_OFFICE_PORT": "9000"}
    args = build_parser(env).parse_args(["serve"])
    assert (args.database, args.host, args.port) == ("postgresql://office@db/office",
                                                     "0.0.0.0", 9000)
    args = build_parser(env).parse_args(["--database", "x.sqlite3", "serve", "--port", "81"])
    assert (args.database, args.port) == ("x.sqlite3", 81)          # flags win
    args = build_parser({"KIOSK_OFFICE_DATABASE": ""}).parse_args(["kiosks"])
    assert args.database == DEFAULT_DATABASE                        # empty means unset


@pytest.mark.parametrize("port", ["http", "0", "70000"])
def test_a_bad_port_is_named(port: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        build_parser({"KIOSK_OFFICE_PORT": port}).parse_args(["serve"])
    assert exited.value.code == 2
    assert f"not a TCP port: '{port}'" in capsys.readouterr().err


def test_health_answers_without_a_credential(office: RunningOffice) -> None:
    with urllib.request.urlopen(f"{office.url}/v1/health", timeout=10) as answer:
        assert answer.status == 200
        assert json.loads(answer.read()) == {"status": "ok",
                                             "schema_version": SCHEMA_VERSION}


def test_health_says_so_when_the_database_is_gone(office: RunningOffice,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def unreachable() -> None:
        raise OperationalError("connection refused")

    monkeypatch.setattr(office.office, "reading", unreachable)
    with pytest.raises(urllib.error.HTTPError) as failed:
        urllib.request.urlopen(f"{office.url}/v1/health", timeout=10)
    failed.value.close()
    assert failed.value.code == 503

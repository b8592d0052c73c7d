"""The import contracts in pyproject.toml hold, and each of them would catch a real breach.

`lint-imports` runs in `make lint`; here it runs once as the build does, then every
configured contract is checked again against the real import graph with one forbidden
import added, so a contract that quietly checks nothing (a typo in a module name, a
wildcard that matches too little) fails a test instead of passing forever.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from copy import deepcopy
from pathlib import Path
from typing import Any

import grimp
import pytest
from importlinter.api import read_configuration
from importlinter.contracts.acyclic_siblings import AcyclicSiblingsContract
from importlinter.contracts.forbidden import ForbiddenContract
from importlinter.contracts.layers import LayersContract
from importlinter.contracts.protected import ProtectedContract
from importlinter.domain.contract import Contract

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = ROOT / "pyproject.toml"
CONTRACT_TYPES: dict[str, type[Contract]] = {
    "layers": LayersContract, "forbidden": ForbiddenContract,
    "protected": ProtectedContract, "acyclic_siblings": AcyclicSiblingsContract,
}
# One import each contract must refuse: importer → imported.
BREACHES = {
    "layers": ("kiosk.sync.engine", "kiosk.services.staff"),        # the one issue 13 found
    "store-below-ui": ("kiosk.ui.screens.balance", "kiosk.db.models"),
    "qt-in-ui": ("kiosk.app", "PySide6"),
    "office-shares-domain-and-wire": ("kiosk.server.feed", "kiosk.sync.client"),
    "website-over-office": ("kiosk.server.web.producer_pages", "kiosk.server.models"),
    "pure-domain": ("kiosk.domain.rules", "peewee"),
    "no-cycles": ("kiosk.db.models", "kiosk.bootstrap"),
}
# What the office may import of ours besides kiosk.domain (see the contract's comment).
OFFICE_SHARES = {"kiosk.sync.protocol", "kiosk.sync.wire_types", "kiosk.paths"}


def contracts() -> dict[str, dict[str, Any]]:
    options = read_configuration(str(PYPROJECT))["contracts_options"]
    return {contract["id"]: contract for contract in options}


def check(contract_options: dict[str, Any], graph: grimp.ImportGraph) -> bool:
    """Whether the contract is kept on this graph (which it may change: pass a copy)."""
    session = read_configuration(str(PYPROJECT))["session_options"]
    contract = CONTRACT_TYPES[contract_options["type"]](
        name=contract_options["name"], session_options=session,
        contract_options=contract_options)
    return contract.check(graph, verbose=False).kept


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("kiosk", include_external_packages=True, cache_dir=None)


def test_lint_imports_passes() -> None:
    result = subprocess.run([str(Path(sys.executable).parent / "lint-imports"),
                             "--config", str(PYPROJECT), "--no-cache"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_every_contract_has_a_breach_to_prove_it() -> None:
    assert set(contracts()) == set(BREACHES)


@pytest.mark.parametrize("contract_id", sorted(BREACHES))
def test_the_contract_refuses_a_forbidden_import(contract_id: str,
                                                  graph: grimp.ImportGraph) -> None:
    contract = contracts()[contract_id]
    assert check(contract, deepcopy(graph)), f"{contract_id} is broken by the code itself"
    breached = deepcopy(graph)
    importer, imported = BREACHES[contract_id]
    breached.add_import(importer=importer, imported=imported, line_number=1,
                        line_contents=f"import {imported}")
    assert not check(contract, breached), f"{contract_id} let {importer} import {imported}"


def test_the_office_contract_names_every_sync_module_but_the_wire_format() -> None:
    """A new module of kiosk.sync (or of kiosk's top level) is out of the office's reach
    until someone decides otherwise here."""
    forbidden = set(contracts()["office-shares-domain-and-wire"]["forbidden_modules"])
    ours = {f"kiosk.sync.{p.stem}" for p in (ROOT / "kiosk" / "sync").glob("*.py")
            if p.stem != "__init__"}
    ours |= {f"kiosk.{p.stem}" for p in (ROOT / "kiosk").glob("*.py")
             if p.stem not in ("__init__", "__main__")}
    ours |= {f"kiosk.{p.name}" for p in (ROOT / "kiosk").iterdir()
             if (p / "__init__.py").is_file() and p.name not in ("domain", "sync", "server")}
    assert ours - OFFICE_SHARES == forbidden


def test_import_linter_is_a_dev_dependency() -> None:
    dev = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"][
        "optional-dependencies"]["dev"]
    assert any(requirement.startswith("import-linter") for requirement in dev)

"""The README's benchmark table, written from the last full `make bench` report
(`bench/results/report.json`) between two markers, never by hand.

    python -m bench.readme_table [--report bench/results/report.json] [--readme README.md]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
START = "<!-- bench-table:start (written by make bench from bench/results/report.json) -->"
END = "<!-- bench-table:end -->"


def render(report: dict[str, Any]) -> str:
    """The block between the markers: when and where, the summary, how it grows."""
    rows = report["summary"]
    met = sum(row[3].startswith("met") for row in rows)
    missed = sum("missed" in row[3] for row in rows)
    lines = [START,
             f"Measured {report['date']} by `make bench` on {report['machine_sentence']}; "
             f"{report['minutes']:.0f} min. Of {len(rows)} figures {met} met their target and "
             f"{missed} missed (the full report with every spread and the plots: "
             "`bench/results/report.md`).", "",
             "| figure | measured | target | met / missed |", "| --- | --- | --- | --- |"]
    lines += [f"| {figure} | {measured} | {target} | {verdict} |"
              for figure, measured, target, verdict in rows]
    if report.get("growth"):
        lines += ["", "How they grow with the producers a store holds (10 ledger entries "
                  "each):", "", report["growth"]]
    lines.append(END)
    return "\n".join(lines)


def rewrite(readme: Path, block: str) -> bool:
    """Replace the block in `readme`; False when the markers are missing."""
    text = readme.read_text(encoding="utf-8")
    if START not in text or END not in text:
        return False
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    readme.write_text(head + block + tail, encoding="utf-8")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", type=Path, default=ROOT / "bench" / "results" / "report.json")
    parser.add_argument("--readme", type=Path, default=ROOT / "README.md")
    args = parser.parse_args(argv)
    report = json.loads(args.report.read_text(encoding="utf-8"))
    if report.get("quick"):
        print("bench.readme_table: a quick run's figures do not go into the README",
              file=sys.stderr)
        return 2
    if not rewrite(args.readme, render(report)):
        print(f"bench.readme_table: {args.readme} has no benchmark markers", file=sys.stderr)
        return 2
    print(f"wrote the benchmark table of {report['date']} into {args.readme}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

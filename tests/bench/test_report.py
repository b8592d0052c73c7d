"""The report's pieces: the README's table is written only from a full run's report and only
between its markers, the growth plot draws from the scale and sync results, spreads are
min / median / p95. No timing is asserted."""

from __future__ import annotations

from pathlib import Path

from bench import readme_table
from bench.harness import spread, spread_text
from bench.report_plots import growth_plot

REPORT = {
    "date": "2026-12-06", "quick": False, "minutes": 41.0,
    "machine_sentence": "Test CPU, 2 CPUs, 4.0 GB, Linux, Python 3.11; load average 0.5 "
                        "at the start and 1.20 at the end",
    "summary": [["start-up to first paint, kiosk ÷ bare", "1.23 (135 / 110 ms)", "≤ 1.5",
                 "met"],
                ["fresh kiosk pulls 100,000 producers (SQLite)", "9.1 s", "≤ 5 s",
                 "**missed** by 4.1 s: the first pull inserts every balance"]],
    "growth": "| producers | scan |\n| --- | --- |\n| 10,000 | 20.1 ms |",
}


def test_the_readme_block_is_replaced_between_its_markers_only(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(f"# Kiosk\n\nbefore\n{readme_table.START}\nold | figures\n"
                      f"{readme_table.END}\nafter\n", encoding="utf-8")
    assert readme_table.rewrite(readme, readme_table.render(REPORT))
    text = readme.read_text(encoding="utf-8")
    assert text.startswith("# Kiosk\n\nbefore\n") and text.endswith("\nafter\n")
    assert "old | figures" not in text
    assert "Measured 2026-12-06" in text and "1 met their target and 1 missed" in text
    assert "| fresh kiosk pulls 100,000 producers (SQLite) | 9.1 s | ≤ 5 s |" in text
    assert "| 10,000 | 20.1 ms |" in text


def test_a_quick_report_never_reaches_the_readme(tmp_path: Path) -> None:
    import json

    readme = tmp_path / "README.md"
    original = f"{readme_table.START}\nkept\n{readme_table.END}\n"
    readme.write_text(original, encoding="utf-8")
    report = tmp_path / "report.json"
    report.write_text(json.dumps({**REPORT, "quick": True}), encoding="utf-8")
    assert readme_table.main(["--report", str(report), "--readme", str(readme)]) == 2
    assert readme.read_text(encoding="utf-8") == original


def test_the_project_readme_has_the_markers() -> None:
    text = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert text.count(readme_table.START) == 1 and text.count(readme_table.END) == 1


def test_spread_is_min_median_p95() -> None:
    values = [float(v) for v in range(1, 101)]
    assert spread(values) == {"min": 1.0, "median": 51.0, "p95": 95.0, "n": 100}
    assert spread_text([3.0, 1.0, 2.0], "ms") == "median 2 ms (min 1, p95 3; 3 runs)"


def test_the_growth_plot_draws_every_panel(tmp_path: Path) -> None:
    scale = {}
    for size in (10_000, 100_000):
        scale.update({f"{size}:ready_s": 0.4, f"{size}:scan_p95": 21.0,
                      f"{size}:check_in_p95": 2.0, f"{size}:push_p95": 3.0})
    sync = [{"events": n, "sqlite": {"push": {"per_s": 5000.0}, "raw": {"per_s": 30000.0},
                                     "pull": {"seconds": n / 12_000}}}
            for n in (10_000, 100_000)]
    out = growth_plot(scale, sync, tmp_path / "growth.png", 20.0, 5.0)
    assert out.stat().st_size > 20_000

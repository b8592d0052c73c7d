"""The report's plots (PNG, matplotlib's Agg backend: no display needed), each with its target
drawn beside the figures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt

PINK = "#E83E8C"
GREY = "#9E9E9E"
BLUE = "#4A7FC1"
NAMES = {"kiosk": "Producer Kiosk", "bare": "bare PySide6\nwindow",
         "chromium": "Chromium kiosk\n(same screen)"}
COLOURS = {"kiosk": PINK, "bare": GREY, "chromium": BLUE}


def startup_memory_plot(figures: dict[str, dict[str, float]], out: Path,
                        display: str) -> Path:
    """Start-up and memory (PSS, with RSS behind it) of the three programs: medians as bars,
    p95 as whiskers, and the target (below the browser kiosk's) as a dashed line."""
    programs = [name for name in ("kiosk", "bare", "chromium") if name in figures]
    fig, (startup, memory) = plt.subplots(1, 2, figsize=(11, 4.8))
    colours = [COLOURS[name] for name in programs]
    labels = [NAMES[name] for name in programs]
    positions = list(range(len(programs)))

    medians = [figures[name]["paint_ms_median"] for name in programs]
    spread = [figures[name]["paint_ms_p95"] - figures[name]["paint_ms_median"]
              for name in programs]
    startup.bar(positions, medians, color=colours, yerr=[[0] * len(programs), spread],
                capsize=6)
    _label_bars(startup, positions, medians, "{:,.0f} ms")
    startup.set_title("Start-up to first paint (median, p95 whisker)")
    startup.set_ylabel("ms")

    pss = [figures[name]["pss_mb_median"] for name in programs]
    rss = [figures[name]["rss_mb_median"] for name in programs]
    memory.bar(positions, rss, color=colours, alpha=0.3, label="RSS (shared pages counted "
               "in every process)")
    memory.bar(positions, pss, color=colours, label="PSS (shared pages divided)")
    _label_bars(memory, positions, pss, "{:,.0f} MB")
    memory.set_title("Memory of the process tree, 2 s after the paint (median)")
    memory.set_ylabel("MB")
    memory.legend(loc="upper left", fontsize=8)

    if "chromium" in figures:
        for axes, key in ((startup, "paint_ms_median"), (memory, "pss_mb_median")):
            axes.axhline(figures["chromium"][key], color=PINK, linestyle="--", linewidth=1.2)
            axes.text(-0.45, figures["chromium"][key], " target: kiosk below this",
                      color=PINK, va="bottom", fontsize=8)
    for axes in (startup, memory):
        axes.set_xticks(positions, labels)
        axes.spines[["top", "right"]].set_visible(False)
    fig.suptitle(f"Producer Kiosk beside a browser kiosk ({display})")
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out


def sync_plot(results: dict[str, Any], target_ratio: float, out: Path) -> Path | None:
    """Push events/s beside the raw executemany baseline of the same run, per backend, with
    the target (the ratio times the baseline) marked. None when no backend was measured."""
    backends = [(name, label) for name, label in (("sqlite", "SQLite"),
                                                   ("postgresql", "PostgreSQL"))
                if isinstance(results.get(name), dict)]
    if not backends:
        return None
    fig, axes = plt.subplots(figsize=(7, 4.5))
    width = 0.38
    for index, (name, _) in enumerate(backends):
        push, raw = results[name]["push"]["per_s"], results[name]["raw"]["per_s"]
        axes.bar(index - width / 2, push, width, color=PINK,
                 label="kiosk push (SyncEngine → office)" if index == 0 else None)
        axes.bar(index + width / 2, raw, width, color=GREY,
                 label="raw executemany, same rows" if index == 0 else None)
        axes.hlines(raw * target_ratio, index - width, index + width, colors=PINK,
                    linestyles="--", label=f"target: push ≥ {target_ratio} × raw"
                    if index == 0 else "_nolegend_")
        axes.text(index - width / 2, push, f"{push:,.0f}", ha="center", va="bottom",
                  fontsize=8)
        axes.text(index + width / 2, raw, f"{raw:,.0f}", ha="center", va="bottom", fontsize=8)
    axes.set_xticks(range(len(backends)), [label for _, label in backends])
    axes.set_xlim(-0.75, len(backends) - 0.25)
    axes.yaxis.set_major_formatter("{x:,.0f}")
    axes.set_ylabel("events (rows) per second")
    axes.set_title(f"Sync push of {int(results['events']):,} events vs raw inserts")
    axes.legend(fontsize=8)
    axes.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out


def _label_bars(axes: Any, positions: list[int], values: list[float], text: str) -> None:
    for x, value in zip(positions, values, strict=True):
        axes.text(x, value / 2, text.format(value), ha="center", va="center", fontsize=9,
                  color="white", fontweight="bold")


def growth_plot(scale: dict[str, float], sync_runs: list[dict[str, Any]], out: Path,
                scan_target_ms: float, pull_target_s: float) -> Path:
    """How start-up, scan, sync and pull grow with the producers a store holds (log x):
    one panel each, the targets dashed where there is one."""
    sizes = sorted({int(key.split(":")[0]) for key in scale})
    fig, ((startup, scan), (push, pull)) = plt.subplots(2, 2, figsize=(11, 7.5))
    startup.plot(sizes, [scale[f"{n}:ready_s"] * 1000 for n in sizes], "o-", color=PINK)
    startup.set_title("Start-up to ready, store open")
    startup.set_ylabel("ms")
    for key, label, colour in (("scan_p95", "scan → balance painted, p95", PINK),
                               ("check_in_p95", "check-in commit, p95", BLUE),
                               ("push_p95", "push commit, p95", GREY)):
        scan.plot(sizes, [scale[f"{n}:{key}"] for n in sizes], "o-", color=colour, label=label)
    scan.axhline(scan_target_ms, color=PINK, linestyle="--", linewidth=1)
    scan.text(sizes[0], scan_target_ms, " scan target", color=PINK, va="bottom", fontsize=8)
    scan.set_title("Scan and commits")
    scan.set_ylabel("ms")
    scan.legend(fontsize=8)
    for backend, colour in (("sqlite", PINK), ("postgresql", BLUE)):
        runs = sorted((r["events"], r[backend]) for r in sync_runs
                      if isinstance(r.get(backend), dict))
        if not runs:
            continue
        counts = [count for count, _ in runs]
        push.plot(counts, [m["push"]["per_s"] for _, m in runs], "o-", color=colour,
                  label=f"push ({backend})")
        push.plot(counts, [m["raw"]["per_s"] for _, m in runs], "o:", color=colour,
                  alpha=0.5, label=f"raw executemany ({backend})")
        pull.plot(counts, [m["pull"]["seconds"] for _, m in runs], "o-", color=colour,
                  label=backend)
    push.set_title("A day offline pushed to the office")
    push.set_ylabel("events per second")
    push.yaxis.set_major_formatter("{x:,.0f}")
    pull.axhline(pull_target_s, color=PINK, linestyle="--", linewidth=1)
    pull.set_title("A fresh kiosk pulls every producer")
    pull.set_ylabel("s")
    for axes in (startup, scan, push, pull):
        axes.set_xscale("log")
        axes.set_ylim(bottom=0)
        axes.set_xlabel("producers in the store" if axes in (startup, scan)
                        else "events pushed; producers pulled")
        axes.spines[["top", "right"]].set_visible(False)
        if axes.get_legend_handles_labels()[0]:
            axes.legend(fontsize=8)
    fig.suptitle("How the kiosk grows with its producers")
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out

"""What the website benchmark simulates: its sizes, pages, targets and people."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

FULL = {"producers": 500, "evening_s": 60.0, "flat_out_s": 20.0, "bare_s": 20.0, "alone": 20,
        "warm_up": 4,
        "background_producers": 10_000, "background_events": 100_000}
QUICK = {"producers": 50, "evening_s": 10.0, "flat_out_s": 5.0, "bare_s": 5.0, "alone": 5,
         "warm_up": 4,
         "background_producers": 500, "background_events": 5_000}
ALONE_PAGES = 10                   # pages each lone producer browses after signing in
WORKERS = (1, 2)
TARGET_PAGE_P95_MS = 50.0          # home, ranking
TARGET_PUSH_P95_MS = 100.0         # every push step
TARGET_SIGN_IN_EXTRA_MS = 20.0     # over one argon2id verification
READ_S = (2.0, 8.0)                # a person reads a page this long before the next tap
STEP_S = (1.0, 3.0)                # between the push steps (choose, then confirm)
REQUEST_TIMEOUT_S = 30.0
IDLE_REUSE_S = 4.5                 # uvicorn closes a keep-alive connection idle for 5 s
ARGON2_SAMPLES = 20
REPO = Path(__file__).resolve().parents[2]
BARE_PAGE = ("<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>Bare"
             "</title></head><body><main><h1>Bare endpoint</h1><p>"
             + "A small page, the same for everyone. " * 20 + "</p></main></body></html>")

# Pages as the report names them, in the order it lists them.
PAGES = {
    "login_form": "sign-in form (GET /login)",
    "sign_in": "sign-in (POST /login: argon2id)",
    "home_daily": "home, first view of the day (takes the daily point)",
    "home": "home",
    "card_qr": "card QR (/card.svg, after every home)",
    "site_files": "site files (CSS, JS: once per producer)",
    "ranking": "ranking (this month)",
    "ranking_top": "ranking: a cast member's top producers",
    "history": "history",
    "push_form": "push form",
    "push_preview": "push preview",
    "push_confirm": "push confirm (the push)",
    "bare": "bare endpoint",
}
HOME_PAGES = ("home_daily", "home")
PUSH_PAGES = ("push_form", "push_preview", "push_confirm")
CAST_IDS = ("mirai", "sakura", "nana", "rin", "hikari", "momo", "yui", "aoi")
# Nicknames (katakana or Latin, as a kiosk accepts) and languages: the website renders in
# each producer's language.
PEOPLE = (("サクラ", "ja"), ("ユウキ", "ja"), ("Alex", "en"), ("ミライ", "ja"), ("Chloé", "fr"),
          ("ハル", "ja"), ("Xiaoxue", "zh_CN"), ("Mika", "en"), ("レン", "ja"), ("Minjun", "ko"),
          ("Lucía", "es"), ("ソラ", "ja"), ("ユキ", "zh_TW"), ("Nok", "th"))


def say(text: str) -> None:
    print(f"  website load: {text}", file=sys.stderr, flush=True)


def sizes(quick: bool | None = None) -> dict[str, Any]:
    if quick is None:
        quick = os.environ.get("KIOSK_BENCH_QUICK") == "1"
    return dict(QUICK if quick else FULL, quick=quick)

def set_size(size: dict[str, Any]) -> int:
    """Producers each worker count's run signs in for the first time today."""
    return int(size["warm_up"] + size["alone"] + size["producers"])

"""The website benchmark's parts; `python -m bench.website_load` runs it."""

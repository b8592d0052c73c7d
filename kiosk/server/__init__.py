"""The office: the central server kiosks sync to (FastAPI over its own peewee store)."""

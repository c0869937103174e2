"""Persistence: the ORM models, the database file, the operation log."""

"""Alembic migrations of the local database, applied at start."""

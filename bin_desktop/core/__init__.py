"""The domain and every service that is not GUI. Never imports PySide6."""

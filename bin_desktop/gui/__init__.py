"""The PySide6 face of BIN Desk: windows, pages, dialogs, item models, background tasks.

Holds no business rules: every decision is asked from bin_desktop.core.
"""

"""BIN Desk: the desktop application Belgian police zones use to run their BINs."""

__version__ = "0.1.0"

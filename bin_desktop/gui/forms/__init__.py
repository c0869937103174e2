"""Python compiled by pyside6-uic from ui/*.ui: generated, never edited by hand."""

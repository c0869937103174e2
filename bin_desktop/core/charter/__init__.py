"""The charter + internal rules of a BIN: versions, content, signatures, ADVP."""

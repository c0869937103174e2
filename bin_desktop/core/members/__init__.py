"""Member lists: reading the coordinators' files, validation, review, privacy, exports."""

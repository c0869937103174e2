"""Police messages (alerts): the relevance and appropriateness checks, channels, CAP 1.2."""

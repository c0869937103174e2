"""Local loopback servers that play providers in tests and benchmarks (127.0.0.1, free port)."""

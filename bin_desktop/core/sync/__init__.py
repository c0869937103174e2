"""Offline work that syncs later: the zone hub, push/pull of the operation log, merge rules,
conflicts and the cross-device dispatch claim. docs/sync.md states the rules."""

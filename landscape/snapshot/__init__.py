"""Offline snapshots of the live sources and the loopback server that serves them."""

"""Cluster Landscape: orchestration-free entry points (settings, pipeline, CLI, offline snapshot)."""

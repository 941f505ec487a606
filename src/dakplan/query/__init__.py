"""Shared questions about one valid plan: the registry and membership, succession, names,
duties, status and places. Pure functions over the model; no formatting."""

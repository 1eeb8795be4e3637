"""Reusable test helpers (network guard, leak inspection), shared by core and UI tests."""

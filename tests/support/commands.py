"""Which CLI subcommands this checkout registers (features land one by one)."""

from __future__ import annotations

import argparse

from mou_studio.cli import build_parser


def registered_commands() -> set[str]:
    """The names of the top-level subcommands of ``mou-studio-cli``."""
    for action in build_parser()._actions:  # argparse keeps the subparsers here
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()

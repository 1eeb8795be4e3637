"""The CLI's subcommands, one module per feature; each exposes ``register(subparsers)``.

A subcommand's handler takes the parsed arguments and the :class:`CliContext` and returns
the process exit code. It raises :class:`~mou_studio.core.errors.MouStudioError` for
anything the user can fix; ``cli.main`` turns that into one line on stderr and exit 2.
"""

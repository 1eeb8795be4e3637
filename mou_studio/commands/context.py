"""What every subcommand may need, opened lazily: the database and its stores."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, TextIO

import sqlite_utils

from mou_studio.core.firststart import populate_first_start
from mou_studio.core.messages import Catalogue, Message
from mou_studio.core.paths import project_root
from mou_studio.core.storage import AgreementStore, open_database


@dataclass
class CliContext:
    database_path: Path
    out: TextIO = field(default_factory=lambda: sys.stdout)
    messages: Catalogue = field(default_factory=Catalogue.english)

    @cached_property
    def db(self) -> sqlite_utils.Database:
        db = open_database(self.database_path)
        populate_first_start(db, project_root())
        return db

    @cached_property
    def agreements(self) -> AgreementStore:
        return AgreementStore(self.db)

    def print_json(self, data: Any) -> None:
        json.dump(data, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")

    def print(self, text: str = "") -> None:
        self.out.write(text + "\n")

    def text(self, item: Message | str | BaseException) -> str:
        """A core message, or an error carrying one, in the language of ``--ui-lang``."""
        return self.messages.render(item)

    def close(self) -> None:
        if "db" in self.__dict__ and self.db.conn is not None:
            self.db.conn.close()

"""SQLite storage: opening and checking the database, migrations, repositories."""

from mou_studio.core.storage.agreements import AgreementStore, AgreementSummary, VersionInfo
from mou_studio.core.storage.database import (
    LATEST_SCHEMA_VERSION,
    check_database,
    open_database,
    problems_found,
    transaction,
)

__all__ = [
    "LATEST_SCHEMA_VERSION",
    "AgreementStore",
    "AgreementSummary",
    "VersionInfo",
    "check_database",
    "open_database",
    "problems_found",
    "transaction",
]

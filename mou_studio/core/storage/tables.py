"""Table names, in one place (STYLE.md habit 6)."""

AGREEMENTS = "agreements"
VERSIONS = "versions"
APP_STATE = "app_state"
AUTOSAVES = "autosaves"

# "MoUS" in ASCII: marks a file as ours, so a foreign SQLite file is never migrated.
APPLICATION_ID = 0x4D6F5553

# Clause library (issue 5)
LIBRARY_CLAUSES = "library_clauses"
LIBRARY_VERSIONS = "library_clause_versions"
LIBRARY_FTS = "library_fts"
# The agreements register (core/register/).
REGISTER_PARTNERS = "register_partners"
REGISTER_ENTRIES = "register_entries"
REGISTER_SIGNATURES = "register_signatures"
REGISTER_ATTACHMENTS = "register_attachments"

"""Table names, in one place (STYLE.md habit 6)."""

AGREEMENTS = "agreements"
VERSIONS = "versions"
APP_STATE = "app_state"
AUTOSAVES = "autosaves"

# "MoUS" in ASCII: marks a file as ours, so a foreign SQLite file is never migrated.
APPLICATION_ID = 0x4D6F5553

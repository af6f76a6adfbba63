"""The domain core: vault, records, evidence, audit, search. No Qt here."""

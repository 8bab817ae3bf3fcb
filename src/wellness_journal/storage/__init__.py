"""Everything that touches files and the encrypted database. The only user of sqlcipher3."""

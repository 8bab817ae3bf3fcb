"""Start the real app in a test's subprocess with cheap key derivation.

    python -m tests.launcher [ARGS...]   (run from the repository root)

The shipped app always uses the production Argon2id parameters and reads no environment switch
for them; tests inject cheap ``KdfParams`` through ``app.main(..., kdf=...)`` instead.
"""

from __future__ import annotations

import sys

from wellness_journal.app import main
from wellness_journal.storage.keyslots import KdfParams

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], kdf=KdfParams.fast_for_tests()))

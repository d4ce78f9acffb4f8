"""``python -m xinfang_nlp.cli``: the same command line as the ``xinfang`` script."""

from . import main

main()

"""`python -m hub`: the `hub` command, for where the console script is not on the PATH."""

from hub.entry import main

if __name__ == "__main__":
    main()

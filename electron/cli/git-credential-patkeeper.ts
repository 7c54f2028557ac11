// git's credential helper entry (`git-credential-patkeeper get|store|erase`). Filled by the git concern.
process.exitCode = 0

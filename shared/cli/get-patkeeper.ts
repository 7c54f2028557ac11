/**
 * How to get the `patkeeper` command, for every message that tells the user to run it (one rule, one place).
 * The deb/rpm link it into /usr/bin; Settings installs it for the user elsewhere.
 */
export const GET_PATKEEPER = 'No "patkeeper" command? In PAT Keeper open Settings and choose "Install command-line tool" (the deb and rpm packages put it in /usr/bin).'

import type { Command } from '../command'
import { addCommand } from './add'
import { checkCommand } from './check'
import { doctorCommand } from './doctor'
import { expiringCommand } from './expiring'
import { exportCommand } from './export'
import { gitCommand } from './git'
import { guideCommand } from './guide'
import { importCommand } from './import'
import { listCommand } from './list'
import { removeCommand } from './remove'
import { rotateCommand } from './rotate'
import { showCommand } from './show'
import { scanCommand } from './scan'
import { healthCommand } from './health'

/** Every `patkeeper` command, in the order `--help` lists them. Add a command: one import + one entry. */
export const COMMANDS: readonly Command[] = [addCommand, listCommand, showCommand, rotateCommand, removeCommand, doctorCommand, importCommand, guideCommand, checkCommand, gitCommand, expiringCommand, exportCommand, scanCommand, healthCommand]

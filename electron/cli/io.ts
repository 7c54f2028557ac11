import { createInterface } from 'node:readline'
import type { CliIo } from './command'

const readAll = async (stream: NodeJS.ReadableStream): Promise<string> => {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  return Buffer.concat(chunks).toString('utf8')
}

/** Prompts on the terminal without echoing what is typed. */
const hiddenPrompt = (prompt: string): Promise<string> =>
  new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true })
    const output = rl as unknown as { _writeToOutput: (s: string) => void }
    process.stderr.write(prompt)
    output._writeToOutput = () => undefined
    rl.question('', (answer) => {
      rl.close()
      process.stderr.write('\n')
      resolve(answer)
    })
  })

/** The real process's streams. A piped secret is its first line (a trailing newline is not part of it). */
export const processIo = (): CliIo => ({
  out: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readSecret: async (prompt) => {
    if (process.stdin.isTTY) return hiddenPrompt(prompt)
    const input = await readAll(process.stdin)
    return input.replace(/\r?\n$/, '')
  },
  confirm: async (question) => {
    if (!process.stdin.isTTY) return false
    const rl = createInterface({ input: process.stdin, output: process.stderr })
    const answer = await new Promise<string>((resolve) => rl.question(`${question} [y/N] `, resolve))
    rl.close()
    return /^y(es)?$/i.test(answer.trim())
  },
})

/** Request/response channels of the git concern: `'name': channel<Result>()(z.tuple([...]))`. */
export const gitChannels = {} as const

/** Events of the git concern: `'name': event<Payload>()`. */
export const gitEvents = {} as const

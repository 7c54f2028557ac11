/** Request/response channels of the tokens concern: `'name': channel<Result>()(z.tuple([...]))`. */
export const tokensChannels = {} as const

/** Events of the tokens concern: `'name': event<Payload>()`. */
export const tokensEvents = {} as const

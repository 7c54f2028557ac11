/** Request/response channels of the validation concern: `'name': channel<Result>()(z.tuple([...]))`. */
export const validationChannels = {} as const

/** Events of the validation concern: `'name': event<Payload>()`. */
export const validationEvents = {} as const

/** Request/response channels of the expiry concern: `'name': channel<Result>()(z.tuple([...]))`. */
export const expiryChannels = {} as const

/** Events of the expiry concern: `'name': event<Payload>()`. */
export const expiryEvents = {} as const

/** Request/response channels of the hosts concern: `'name': channel<Result>()(z.tuple([...]))`. */
export const hostsChannels = {} as const

/** Events of the hosts concern: `'name': event<Payload>()`. */
export const hostsEvents = {} as const

import type { Services } from '../../app/services'
import type { Handlers } from '../dispatch'
import { appHandlers } from './app'
import { expiryHandlers } from './expiry'
import { gitHandlers } from './git'
import { healthHandlers } from './health'
import { hostsHandlers } from './hosts'
import { tokensHandlers } from './tokens'
import { validationHandlers } from './validation'

/** All handlers, one factory per concern; the `Handlers` type makes a missing one a compile error. */
export const createHandlers = (services: Services): Handlers => ({
  ...appHandlers(services),
  ...tokensHandlers(services),
  ...hostsHandlers(services),
  ...validationHandlers(services),
  ...expiryHandlers(services),
  ...gitHandlers(services),
  ...healthHandlers(services),
})

/** The one label for "start renewing this token", wherever it is offered (detail header, expiry panel, timeline). */
export const RENEW_ACTION = 'Renew\u2026'

import type { Field } from 'payload'

/**
 * Not stored: the clinic's time zone as this deployment is set up (the plugin's `timeZone`, from
 * `CLINIC_TIME_ZONE`). Shown on Clinic info, where staff look for the clinic's settings, and read
 * by frontends (opening hours, event times). Read-only because Payload reads its admin's time
 * zones from the config once, when the server starts: changing it is a deployment change.
 */
export const clinicTimeZoneField = (timeZone: string): Field => ({
  name: 'timeZone',
  type: 'text',
  virtual: true,
  label: 'Time zone',
  admin: {
    readOnly: true,
    position: 'sidebar',
    description: 'Where scheduled changes happen and how the admin shows dates. Set where the site is deployed (CLINIC_TIME_ZONE): ask an admin to change it.',
  },
  hooks: { afterRead: [() => timeZone] },
})

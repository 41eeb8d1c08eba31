/** Server components the plugin puts in the admin, named as `'@alt-clinic/payload-clinic-content/rsc#Name'`. */
export { RoleDashboard } from '../components/dashboard/RoleDashboard'
export { TwoFactorView } from '../components/twoFactor/TwoFactorView'
export { ScheduledChanges, ScheduledChangesCell } from '../components/ScheduledChanges'
export { VersionHistory } from '../components/VersionHistory'
export { PersonName } from '../components/PersonName'

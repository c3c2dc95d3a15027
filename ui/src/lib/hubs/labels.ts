// The names of a hub's maturity and membership, in the window's language (filters, the
// table, the form, the hub picker).

import type { Maturity, Membership } from '../ipc/bindings';
import { t } from '../shared/i18n';

export const MATURITY_LABELS: Record<Maturity, string> = {
  emerging: t('hubs-maturity-emerging'),
  established: t('hubs-maturity-established'),
};

export const MEMBERSHIP_LABELS: Record<Membership, string> = {
  regular: t('hubs-membership-regular'),
  associate: t('hubs-membership-associate'),
  former: t('hubs-membership-former'),
};

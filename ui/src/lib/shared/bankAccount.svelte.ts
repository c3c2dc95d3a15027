// The bank details of one owner (the network, a hub, an application's person) as a form shows
// them: read masked, the IBAN shown on request, the dialog that changes them and the question
// before removing them. BankDetails draws the details; BankAccountDialogs the dialogs, which a
// form draws outside itself (a dialog inside another's form would share its keys).

import * as api from '../ipc/api';
import type { AccountOwner, BankAccount } from '../ipc/bindings';
import { showError, toast } from './stores.svelte';
import { t } from './i18n';

export class BankAccountState {
  /** As last read (masked unless shown), or null while it is being read. */
  account = $state<BankAccount | null>(null);
  /** The account with its IBAN shown, while the dialog that changes it is open. */
  editing = $state<BankAccount | null>(null);
  /** The question before removing is open. */
  removing = $state(false);

  constructor(readonly owner: AccountOwner) {}

  load() {
    api.bankAccountGet(this.owner, false).then((a) => (this.account = a), showError);
  }

  /** The IBAN was asked for and read. */
  shown(account: BankAccount) {
    this.account = account;
  }

  hide() {
    if (this.account) this.account = { ...this.account, iban: undefined };
  }

  async edit() {
    try {
      this.editing = await api.bankAccountGet(this.owner, true);
    } catch (reason) {
      showError(reason);
    }
  }

  saved(account: BankAccount) {
    this.account = account;
    this.editing = null;
    toast(t('shared-bank-saved'));
  }

  async remove() {
    this.removing = false;
    if (!this.account) return;
    try {
      this.account = await api.bankAccountClear(this.owner, this.account.version);
      toast(t('shared-bank-removed'));
    } catch (reason) {
      showError(reason);
    }
  }
}

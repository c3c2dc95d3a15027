//! Grants, rules, payments, reports received and the finance export.

use super::prelude::*;

/// Read amounts typed in the window as the core reads them (one answer per text, in order): the
/// forms ask this instead of parsing euros themselves.
#[tauri::command]
pub fn amounts_read(texts: Payload<Vec<String>>) -> Result<Vec<AmountRead>, Error> {
    if texts.0.len() > 10_000 {
        return Err(Error::validation(vec![FieldError::new("texts", said!("said-shell-amounts-too-many"))]));
    }
    Ok(read_amounts(&texts.0))
}

///  The cycle's grants (drafts recomputed first) and its budget against the envelope.
#[tauri::command]
pub fn grants_overview(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<GrantsOverview, Error> {
    state.with(|s| s.grants_overview(cycle_id.0))
}

///  One grant line by line, with its inputs, what the rules in force would give now and its history.
#[tauri::command]
pub fn grant_get(state: State<'_, AppState>, id: Payload<i64>) -> Result<GrantDetail, Error> {
    state.with(|s| s.grant_detail(id.0))
}

///  `expectedVersion`: the version the form read (a save over a later one is refused as a conflict).
#[tauri::command]
pub fn grant_inputs_save(state: State<'_, AppState>, application_id: Payload<i64>, inputs: Payload<GrantInputs>, expected_version: Payload<Option<i64>>) -> Result<GrantInputs, Error> {
    state.with(|s| s.save_grant_inputs_at(application_id.0, &inputs.0, expected_version.0))
}

/// Award the listed draft grants, or every computed draft of the cycle when `ids` is null.
/// Past the envelope the answer is an `over_budget` error until `over_budget` confirms it.
#[tauri::command]
pub fn grants_award(state: State<'_, AppState>, cycle_id: Payload<i64>, ids: Payload<Option<Vec<i64>>>, over_budget: Payload<bool>) -> Result<AwardSummary, Error> {
    state.with(|s| s.award_grants(cycle_id.0, ids.0.as_deref(), over_budget.0, &s.actor()))
}

///  Bring an awarded grant to what the rules and inputs in force give now, with a reason.
#[tauri::command]
pub fn grant_amend(state: State<'_, AppState>, id: Payload<i64>, reason: Payload<String>) -> Result<GrantDetail, Error> {
    state.with(|s| s.amend_grant(id.0, &reason.0, &s.actor()))
}

#[tauri::command]
pub fn grant_cancel(state: State<'_, AppState>, id: Payload<i64>, reason: Payload<String>) -> Result<GrantDetail, Error> {
    state.with(|s| s.cancel_grant(id.0, &reason.0, &s.actor()))
}

///  The rule set in force for the cycle (its newest version).
#[tauri::command]
pub fn rule_set_get(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<RuleSet, Error> {
    state.with(|s| s.rule_set(cycle_id.0))
}

///  Every version of the cycle's rule set, newest first.
#[tauri::command]
pub fn rule_set_versions(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<Vec<RuleSet>, Error> {
    state.with(|s| s.rule_set_versions(cycle_id.0))
}

///  `expectedVersion`: the rule-set version the dialog read (a save over a later one is refused as a conflict).
#[tauri::command]
pub fn rule_set_save(state: State<'_, AppState>, cycle_id: Payload<i64>, input: Payload<RuleSetInput>, expected_version: Payload<Option<u32>>) -> Result<RuleSet, Error> {
    state.with(|s| s.save_rule_set_at(cycle_id.0, &input.0, &s.actor(), expected_version.0))
}

///  What the cycle's grants would come to under other rules; saves nothing.
#[tauri::command]
pub fn rule_set_what_if(state: State<'_, AppState>, cycle_id: Payload<i64>, body: Payload<RuleSetBody>) -> Result<WhatIf, Error> {
    state.with(|s| s.what_if(cycle_id.0, &body.0))
}

///  Every payment of the cycle's awarded and cancelled grants, with the payee, and the totals.
#[tauri::command]
pub fn payments_overview(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<PaymentsOverview, Error> {
    state.with(|s| s.cycle_payments(cycle_id.0))
}

///  Record an open instalment as paid (or a recovery as received); `paid_on` null is today.
#[tauri::command]
pub fn payment_pay(state: State<'_, AppState>, id: Payload<i64>, input: Payload<PaymentInput>) -> Result<GrantPayments, Error> {
    state.with(|s| s.mark_paid(id.0, &input.0, &s.actor()))
}

///  Give up an open payment, with a reason: it then counts as settled.
#[tauri::command]
pub fn payment_waive(state: State<'_, AppState>, id: Payload<i64>, reason: Payload<String>) -> Result<GrantPayments, Error> {
    state.with(|s| s.waive_payment(id.0, &reason.0, &s.actor()))
}

///  Undo a payment or a waiver, with a reason: the row is open again.
#[tauri::command]
pub fn payment_reopen(state: State<'_, AppState>, id: Payload<i64>, reason: Payload<String>) -> Result<GrantPayments, Error> {
    state.with(|s| s.reopen_payment(id.0, &reason.0, &s.actor()))
}

/// Mark a grant's report received on a date (empty: today); `null` clears it.
#[tauri::command]
pub fn report_received(state: State<'_, AppState>, grant_id: Payload<i64>, received_on: Payload<Option<String>>) -> Result<GrantPayments, Error> {
    state.with(|s| s.set_report_received(grant_id.0, received_on.0.as_deref(), &s.actor()))
}

/// What a bank transfer file for `request` would carry and leave out, and why it could not be
/// written as it stands; nothing is written.
#[tauri::command]
pub fn sepa_plan(state: State<'_, AppState>, request: Payload<SepaRequest>) -> Result<SepaPlan, Error> {
    state.with(|s| s.sepa_plan(&request.0))
}

/// Ask where to save the bank transfer file, then write it and keep it as a batch not yet paid.
/// `None` when the user cancels the dialog.
#[tauri::command]
pub async fn sepa_write<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, request: Payload<SepaRequest>) -> Result<Option<PaymentBatch>, Error> {
    let request = request.0;
    // Refused before the dialog when nothing could be written.
    let plan = state.with(|s| s.sepa_plan(&request))?;
    if let Some(why) = plan.blocked {
        return Err(Error::new(ErrorCode::NotAllowed, why));
    }
    let cycle = state.with(|s| s.cycle(request.cycle_id))?;
    let name = format!("sepa-{}-{}.{}", file_stem(&cycle.title), plan.execution_date, XML.extension);
    let Some(path) = ask_save_path(&app, &state, &state.say(said!("said-shell-dialog-save-sepa")), &name, XML).await? else {
        return Ok(None);
    };
    let store = state.store()?;
    blocking(move || {
        let mut guard = crate::hold(&store)?;
        let actor = guard.actor();
        guard.write_sepa(&request, &path, &actor).map(Some)
    })
    .await
}

/// The bank transfer files written for a cycle, newest first.
#[tauri::command]
pub fn payment_batches(state: State<'_, AppState>, cycle_id: Payload<i64>) -> Result<Vec<PaymentBatch>, Error> {
    state.with(|s| s.payment_batches(cycle_id.0))
}

/// The bank paid the file: every instalment in it marked paid on `paid_on` (today when null),
/// or none.
#[tauri::command]
pub fn payment_batch_paid(state: State<'_, AppState>, id: Payload<i64>, paid_on: Payload<Option<String>>) -> Result<PaymentBatch, Error> {
    state.with(|s| s.mark_batch_paid(id.0, paid_on.0.as_deref(), &s.actor()))
}

/// The file was never sent: its instalments may go into another.
#[tauri::command]
pub fn payment_batch_discard(state: State<'_, AppState>, id: Payload<i64>) -> Result<PaymentBatch, Error> {
    state.with(|s| s.discard_batch(id.0, &s.actor()))
}

/// Ask where to save a cycle's finance export (`format`: "xlsx" or "csv"), then write it
/// there. `None` when the user cancels the dialog.
#[tauri::command]
pub async fn finance_export<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    cycle_id: Payload<i64>,
    format: Payload<SheetFormat>,
    language: Payload<Option<String>>,
) -> Result<Option<FinanceExport>, Error> {
    let kind = format.0.kind();
    let cycle = state.with(|s| s.cycle(cycle_id.0))?;
    let name = format!("finance-{}.{}", file_stem(&cycle.title), kind.extension);
    save_as(&app, &state, &state.say(said!("said-shell-dialog-export-finance")), &name, kind, move |s, path| s.export_finance_to(path, &[cycle_id.0], language.0.as_deref())).await
}

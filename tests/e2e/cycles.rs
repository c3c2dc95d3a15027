//! Cycles and what comes in: phases, guards, applications by hand and from a form export, a P2P
//! call's selection, programmes.

use crate::harness::World;
use crate::common::{demo_p2p_in_selection, form_export};

#[tokio::test]
async fn cycles_open_a_call_move_back_with_a_reason_and_clone() {
    let world = World::new("cycles");
    let s = world.start().await;
    s.click("[data-nav=cycles]").await;
    s.wait_for("[data-testid=cycles-empty]").await;

    // A new P2P Learning cycle, its figures from the programme defaults.
    s.click("#cycles-empty-new").await;
    s.wait_for("#cycle-form").await;
    s.fill("#cycle-year", "2027").await;
    s.until_value("#cycle-title", "P2P Learning 2027").await;
    assert_eq!(s.value("#cycle-slots-primary").await, "13");
    assert_eq!(s.value("#cycle-slots-secondary").await, "13");
    s.fill("#cycle-call-opens", "2026-11-02").await;
    s.fill("#cycle-call-deadline", "2027-01-15").await;
    s.fill("#cycle-activity-start", "2027-03-01").await;
    s.fill("#cycle-activity-end", "2027-02-01").await; // before the start: refused at the field
    s.click("#cycle-save").await;
    let end = s.wait_text("[data-field-error=activity_end]", "before").await;
    assert!(end.contains("before the activity starts"), "{end}");
    s.fill("#cycle-activity-end", "2027-10-31").await;
    s.click("#cycle-save").await;
    s.wait_gone("#cycle-form").await;

    // Draft → Call open, guarded; then back to Draft, which needs a reason.
    s.wait_for("#cycle-detail").await;
    s.wait_text("#phase-stepper [aria-current=step]", "Draft").await;
    s.click("#phase-forward").await;
    s.wait_text("#phase-stepper [aria-current=step]", "Call open").await;
    s.click("#phase-back").await;
    s.wait_for("#move-back-dialog").await;
    s.select("#move-back-to", "draft").await;
    s.click("#move-back-confirm").await;
    s.wait_for("[data-field-error=reason]").await;
    s.type_into("#move-back-reason", "The board extended the deadline").await;
    s.click("#move-back-confirm").await;
    s.wait_gone("#move-back-dialog").await;
    s.wait_text("#phase-stepper [aria-current=step]", "Draft").await;
    s.wait_text("#cycle-history", "The board extended the deadline").await;

    // New cycle from this one.
    s.click("#cycle-clone").await;
    s.wait_for("#clone-dialog").await;
    s.fill("#clone-year", "2028").await;
    s.click("#clone-confirm").await;
    s.wait_text("#cycle-detail", "P2P Learning 2028").await;
    s.end().await;

    // Both are there after a restart, with the history kept.
    let s = world.start().await;
    s.click("[data-nav=cycles]").await;
    s.wait_for("#cycle-table").await;
    assert_eq!(s.count("[data-testid=cycle-row]").await, 2);
    let rows = s.texts("[data-testid=cycle-row]").await;
    assert!(rows.iter().any(|r| r.contains("P2P Learning 2027") && r.contains("Draft")), "{rows:?}");
    assert!(rows.iter().any(|r| r.contains("P2P Learning 2028")), "{rows:?}");
    s.end().await;
}

#[tokio::test]
async fn a_guard_says_what_a_cycle_still_needs() {
    let world = World::new("guard");
    let s = world.start().await;
    s.click("[data-nav=cycles]").await;
    s.click("#cycles-empty-new").await;
    s.wait_for("#cycle-form").await;
    s.fill("#cycle-year", "2027").await;
    s.until_value("#cycle-title", "2027").await;
    s.click("#cycle-save").await;
    s.wait_gone("#cycle-form").await;
    s.wait_for("#cycle-detail").await;
    assert!(!s.enabled("#phase-forward").await, "the call cannot open without dates");
    let missing = s.wait_text("#phase-missing", "the call deadline").await;
    assert!(missing.contains("the date the call opens") && missing.contains("the last day of the activity window"), "{missing}");
    s.end().await;
}

#[tokio::test]
async fn applications_are_entered_and_eligibility_is_explained() {
    let world = World::new("applications");
    let s = world.start().await;
    s.click("#load-demo").await;
    s.wait_text("#hub-count", "44 hubs").await;
    s.click("[data-nav=applications]").await;
    // The demo call comes with 31 applications, three of them not eligible.
    s.wait_text("#applications-count", "31 applications · 28 eligible").await;
    let cycle = s.text("#applications-cycle").await;
    assert!(cycle.contains("P2P Learning 2027"), "{cycle}");

    // A visiting hub, picked by a few letters of its Cyrillic name.
    s.click("#new-application").await;
    s.wait_for("#application-form").await;
    s.type_into("#application-hub", "Порт").await;
    s.wait_option_containing("[data-testid=hub-option]", "Порт Ідей").await.click().await.unwrap();
    s.select("#application-role", "visiting").await;
    s.type_into("#application-person", "Олена Коваль").await;
    s.fill("#application-starts", "2027-04-05").await;
    s.fill("#application-ends", "2027-04-30").await;
    s.type_into("#application-summary", "Co-design a repair café with the host's makerspace.").await;
    s.click("#application-save").await;
    s.wait_gone("#application-form").await;
    s.wait_text("#applications-count", "32 applications · 29 eligible").await;
    let id = s.attr_where("[data-testid=application-row]", "Порт Ідей", "data-application-id").await;
    assert_eq!(s.text(&format!("[data-application-id='{id}'] [data-testid=eligibility]")).await, "Eligible");

    // A former member may not apply: the reason is shown with the application.
    s.click("#new-application").await;
    s.type_into("#application-hub", "Dommel").await;
    s.wait_option_containing("[data-testid=hub-option]", "Dommel Makerspace").await.click().await.unwrap();
    s.select("#application-role", "hosting").await;
    s.type_into("#application-person", "Sanne de Wit").await;
    s.click("#application-save").await;
    s.wait_gone("#application-form").await;
    s.wait_text("#applications-count", "33 applications · 29 eligible").await;
    let dommel = s.attr_where("[data-testid=application-row]", "Dommel", "data-application-id").await;
    let reason = s.text(&format!("[data-application-id='{dommel}'] [data-testid=eligibility-reason]")).await;
    assert!(reason.contains("Dommel Makerspace is a former member"), "{reason}");

    // The same hub twice in the same role is refused at the field.
    s.click("#new-application").await;
    s.type_into("#application-hub", "Порт").await;
    s.wait_option_containing("[data-testid=hub-option]", "Порт Ідей").await.click().await.unwrap();
    s.select("#application-role", "visiting").await;
    s.type_into("#application-person", "Іван").await;
    s.click("#application-save").await;
    let dup = s.wait_text("[data-field-error=hub_id]", "already applied").await;
    assert!(dup.contains("as visiting"), "{dup}");
    s.click("#application-cancel").await;
    if s.count("#confirm-yes").await > 0 {
        s.click("#confirm-yes").await;
    }
    s.wait_gone("#application-form").await;

    // Withdraw the former member's application; it stays, marked, and no longer counts.
    s.click(&format!("[data-application-id='{dommel}'] td")).await;
    s.click("#application-withdraw").await;
    s.click("#confirm-yes").await;
    s.wait_gone("#application-form").await;
    s.wait_text("#applications-count", "32 applications · 29 eligible").await;
    s.end().await;

    let s = world.start().await;
    s.click("[data-nav=applications]").await;
    s.wait_text("#applications-count", "32 applications · 29 eligible").await;
    assert_eq!(s.count("[data-testid=application-row]").await, 33);
    let row = s.text(&format!("[data-application-id='{dommel}']")).await;
    assert!(row.contains("Withdrawn"), "{row}");
    s.end().await;
}

/// A form export from a US-locale account: its slash dates could be read either way, so the
/// dialog asks for their order before anything is imported, and shows what a date becomes; a
/// second file with one response id on two rows is refused at both rows.
#[tokio::test]
async fn a_us_form_export_asks_for_its_date_order_and_a_shared_response_id_is_refused() {
    let world = World::new("date-order");
    let us = world.write_file(
        "us-export.csv",
        "Response ID,Timestamp,Organisation,Applying as,Manager,Available from,Available until\r\n\
         us-1,1/9/27 2:02:00 PM,pellava-tampere,Visiting hub,Aino,4/5/27,4/9/27\r\n\
         us-2,1/10/27 8:45:10 AM,ledeberg-gent,Hosting hub,Pieter,3/1/27,10/1/27\r\n",
    );
    let s = world.start().await;
    s.click("#load-demo").await;
    s.wait_text("#hub-count", "44 hubs").await;
    s.click("[data-nav=applications]").await;
    s.wait_text("#applications-count", "31 applications").await;
    world.answer_next_dialog(&us);
    s.click("#import-applications").await;
    s.wait_for("#app-import-dialog").await;
    s.wait_text("#app-import-dates", "Dates written like '4/5/27' (row 2, Available from) are").await;
    s.wait_text("#app-import-dates", "Nothing in the file says which").await;
    assert!(!s.enabled("#app-import-commit").await, "nothing is imported while the dates could be either");
    let options = s.texts("#app-import-date-order option").await;
    assert_eq!(options, ["Choose the order…", "day/month: 4 May 2027", "month/day: 5 Apr 2027"], "{options:?}");
    s.select("#app-import-date-order", "month_day").await;
    s.wait_text("#app-import-summary", "2 rows: 2 new").await;
    s.click("#app-import-commit").await;
    s.wait_gone("#app-import-dialog").await;
    s.wait_text("#applications-count", "33 applications").await;
    let row = s.texts("[data-testid=application-row]").await.into_iter().find(|r| r.contains("Työpaja Pellava")).unwrap_or_default();
    // The span as the engine's CLDR writes it ("5–9 Apr 2027", or with thin spaces round the dash).
    let compact: String = row.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(compact.contains("5–9Apr2027"), "read month/day: {row}");

    // One response id on two rows: both rows are named, nothing is imported.
    let dup = world.write_file(
        "dup-export.csv",
        "Response ID,Organisation,Applying as,Manager,Available from,Available until\r\n\
         r-7,zabica-rijeka,visiting,Ana,2027-05-03,2027-05-28\r\n\
         r-7,navile-bologna,visiting,Luca,2027-05-03,2027-05-28\r\n",
    );
    world.answer_next_dialog(&dup);
    s.click("#import-applications").await;
    s.wait_for("#app-import-dialog").await;
    s.wait_text("#app-import-dialog", "the response id 'r-7' is also on row 3").await;
    s.wait_text("#app-import-dialog", "the response id 'r-7' is also on row 2").await;
    assert!(!s.enabled("#app-import-commit").await);
    s.click("#app-import-cancel").await;
    s.wait_gone("#app-import-dialog").await;
    s.wait_text("#applications-count", "33 applications").await;
    s.end().await;
}

#[tokio::test]
async fn a_p2p_call_is_entered_imported_scored_selected_and_kept() {
    let world = World::new("selection");
    let export = world.write_file("form-export.csv", &form_export());
    let s = world.start().await;
    s.click("#load-demo").await;
    s.wait_text("#hub-count", "44 hubs").await;
    s.click("[data-nav=applications]").await;
    s.wait_text("#applications-count", "31 applications · 28 eligible").await;

    // One application through the form.
    s.click("#new-application").await;
    s.wait_for("#application-form").await;
    s.type_into("#application-hub", "Ceardlann").await;
    s.wait_option_containing("[data-testid=hub-option]", "Ceardlann Cois Cuain").await.click().await.unwrap();
    s.select("#application-role", "visiting").await;
    s.type_into("#application-person", "Aoife Ní Bhriain").await;
    s.fill("#application-starts", "2027-05-03").await;
    s.fill("#application-ends", "2027-05-28").await;
    s.type_into("#application-summary", "Learn how the host runs its open studios and bring the format to Galway.").await;
    s.click("#application-save").await;
    s.wait_gone("#application-form").await;
    s.wait_text("#applications-count", "32 applications · 29 eligible").await;
    let galway = s.attr_where("[data-testid=application-row]", "Ceardlann", "data-application-id").await;

    // Twenty-five from the form export: the hub column has an unusual name, which the
    // dialog says, and the user maps it by hand.
    world.answer_next_dialog(&export);
    s.click("#import-applications").await;
    s.wait_for("#app-import-dialog").await;
    s.wait_text("#app-import-unmapped", "Hub").await;
    s.wait_text("#app-import-extra", "Hub organisation (member)").await;
    assert!(!s.enabled("#app-import-commit").await, "nothing can be imported before the hub is mapped");
    s.select("#map-hub", "Hub organisation (member)").await;
    s.wait_text("#app-import-summary", "25 rows: 25 new").await;
    s.click("#app-import-commit").await;
    s.wait_gone("#app-import-dialog").await;
    s.wait_text("#applications-count", "57 applications · 54 eligible").await;

    // Selection needs the cycle in Selection: the view says so until it is moved.
    s.click("#tab-selection").await;
    s.wait_text("#selection-blocked", "Selection first").await;
    s.click("[data-nav=cycles]").await;
    let p2p = s.attr_where("[data-testid=cycle-row]", "P2P Learning 2027", "data-cycle-id").await;
    s.click(&format!("[data-cycle-id='{p2p}'] td")).await;
    s.wait_text("#cycle-detail", "P2P Learning 2027").await;
    s.wait_text("#phase-stepper [aria-current=step]", "Call open").await;
    s.click("#phase-forward").await;
    s.wait_text("#phase-stepper [aria-current=step]", "Selection").await;
    s.click("[data-nav=applications]").await;
    s.click("#tab-selection").await;
    s.wait_for("#selection-view").await;

    // A score out of range is refused at its field; full marks put Galway first.
    let row = format!("[data-testid=ranking-row][data-application-id='{galway}']");
    s.click(&format!("{row} [data-testid=score-button]")).await;
    s.wait_for("#score-dialog").await;
    s.clear("#score-reviewer").await;
    s.type_into("#score-reviewer", "Mira Kovač").await;
    let inputs = "#score-dialog input[type=number]";
    assert_eq!(s.count(inputs).await, 3);
    for (i, v) in ["11", "10", "10"].iter().enumerate() {
        s.fill_nth(inputs, i, v).await;
    }
    s.click("#score-save").await;
    s.wait_text("#score-dialog", "out of range").await;
    s.fill_nth(inputs, 0, "10").await;
    s.click("#score-save").await;
    s.wait_gone("#score-dialog").await;
    s.wait_text(&format!("{row} .score"), "100.00").await;
    s.wait_text(&row, "Mira Kovač").await;

    // Select 13 + 13; the other eligible wait in ranking order.
    s.click("#selection-run").await;
    s.wait_text("[data-testid=selection-pool][data-role=visiting] .pool-count", "13 of 13 selected · 14 waiting").await;
    s.wait_text("[data-testid=selection-pool][data-role=hosting] .pool-count", "13 of 13 selected · 14 waiting").await;
    assert_eq!(s.text(&format!("{row} [data-testid=ranking-status]")).await, "Selected");
    let next = s.attr_where("[data-testid=selection-pool][data-role=visiting] [data-testid=ranking-row]", "Waiting #1", "data-application-id").await;
    let next_row = format!("[data-testid=ranking-row][data-application-id='{next}']");
    let next_name = s.text(&format!("{next_row} td:nth-child(2)")).await;
    let mix = s.text("#spread-mix").await;
    assert!(mix.contains("emerging") && mix.contains("established"), "{mix}");

    // Galway withdraws: the first on the waiting list is offered the place, on the record.
    s.click(&format!("{row} [data-testid=withdraw-button]")).await;
    s.click("#confirm-yes").await;
    s.wait_text(&format!("{row} [data-testid=ranking-status]"), "Withdrawn").await;
    s.wait_text(&format!("{next_row} [data-testid=ranking-status]"), "Selected").await;
    let event = s.wait_text("[data-testid=selection-event]", "offered the place").await;
    assert!(event.contains("Ceardlann Cois Cuain"), "{event}");
    s.end().await;

    // Everything is kept after a restart.
    let s = world.start().await;
    s.click("[data-nav=applications]").await;
    s.wait_text("#applications-count", "56 applications").await;
    s.click("#tab-selection").await;
    s.wait_text("[data-testid=selection-pool][data-role=visiting] .pool-count", "13 of 13 selected · 13 waiting").await;
    assert_eq!(s.text(&format!("{row} [data-testid=ranking-status]")).await, "Withdrawn");
    assert_eq!(s.text(&format!("{next_row} [data-testid=ranking-status]")).await, "Selected");
    let name = s.text(&format!("{next_row} td:nth-child(2)")).await;
    assert_eq!(name, next_name);
    s.wait_text("#selection-events", "offered the place of Ceardlann Cois Cuain").await;
    s.end().await;
}

#[tokio::test]
async fn programmes_are_renamed_switched_off_and_added() {
    let world = World::new("programmes");
    let s = world.start().await;
    s.click("[data-nav=cycles]").await;
    s.click("#programmes-button").await;
    s.wait_for("#programmes-dialog").await;
    assert_eq!(s.count("[data-testid=programme-item]").await, 4);

    // Rename Workshops and stop offering it; an empty name is refused at the field.
    s.click("[data-testid=programme-item][data-key=workshops]").await;
    s.wait_for("#programme-form").await;
    s.clear("#programme-name").await;
    s.click("#programme-save").await;
    let error = s.wait_text("#programme-form [data-field-error=name]", "name").await;
    assert!(error.contains("Enter the programme's name"), "{error}");
    s.type_into("#programme-name", "Community Workshops").await;
    s.click("#programme-enabled").await;
    s.click("#programme-save").await;
    s.wait_text("#toast", "Saved 'Community Workshops'").await;

    // Add the network's own programme on the Staff Exchange shape.
    s.type_into("#new-programme-name", "Summer residencies").await;
    s.select("#new-programme-shape", "staff_exchange").await;
    s.click("#new-programme-create").await;
    s.wait_for("[data-testid=programme-item][data-key=summer-residencies]").await;
    s.click("#programmes-close").await;
    s.wait_gone("#programmes-dialog").await;

    // A new cycle offers the programmes in use, not the switched-off one.
    s.click("#new-cycle").await;
    let offered = s.text("#cycle-programme").await;
    assert!(offered.contains("Summer residencies") && !offered.contains("Community Workshops"), "{offered}");
    s.click("#cycle-cancel").await;
    if s.count("#confirm-yes").await > 0 {
        s.click("#confirm-yes").await;
    }
    s.end().await;

    let s = world.start().await;
    s.click("[data-nav=cycles]").await;
    s.click("#programmes-button").await;
    let item = s.text("[data-testid=programme-item][data-key=workshops]").await;
    assert!(item.contains("Community Workshops"), "{item}");
    assert_eq!(s.count("[data-testid=programme-item]").await, 5);
    s.end().await;
}

#[tokio::test]
async fn cycles_are_filtered_edited_and_a_draft_deleted() {
    let world = World::new("cycle-edit");
    let s = world.start().await;
    s.click("#load-demo").await;
    s.wait_text("#hub-count", "44 hubs").await;
    s.click("[data-nav=cycles]").await;
    s.wait_text("#cycle-count", "4 cycles").await;

    // Filters: one programme, then one year, then cleared.
    s.select("#cycle-filter-programme", "2").await;
    s.wait_text("#cycle-count", "1 of 4 cycles").await;
    assert!(s.text("[data-testid=cycle-row]").await.contains("Staff Exchange 2027"));
    s.select("#cycle-filter-year", "2027").await;
    s.wait_text("#cycle-count", "1 of 4 cycles").await;
    s.click("#cycle-filter-clear").await;
    s.wait_text("#cycle-count", "4 cycles").await;

    // Edit the draft's budget envelope; the detail shows the new figure.
    let staff = s.attr_where("[data-testid=cycle-row]", "Staff Exchange 2027", "data-cycle-id").await;
    s.click(&format!("[data-cycle-id='{staff}'] td")).await;
    s.wait_text("#cycle-detail", "Staff Exchange 2027").await;
    s.click("#cycle-edit").await;
    s.wait_for("#cycle-form").await;
    // The core reads the amount typed, as the imports and the command line do: its reason
    // shows at the field, and leaving the field shows the amount as it was read.
    s.clear("#cycle-budget").await;
    s.type_into("#cycle-budget", "12,34,56").await;
    s.click("#cycle-save").await;
    s.wait_text("[data-field-error=budget_cents]", "'12,34,56' is not an amount in euros").await;
    s.clear("#cycle-budget").await;
    s.type_into("#cycle-budget", "15.500").await;
    s.click("#cycle-title").await;
    s.until_value("#cycle-budget", "15,500.00").await;
    s.click("#cycle-save").await;
    s.wait_gone("#cycle-form").await;
    s.wait_text("#cycle-settings", "€15,500.00").await;
    s.end().await;

    // The edit is kept; then the draft is deleted after a confirmation.
    let s = world.start().await;
    s.click("[data-nav=cycles]").await;
    s.click(&format!("[data-cycle-id='{staff}'] td")).await;
    s.wait_text("#cycle-settings", "€15,500.00").await;
    s.click("#cycle-delete").await;
    s.wait_text("#confirm-title", "Delete 'Staff Exchange 2027'?").await;
    s.click("#confirm-yes").await;
    s.wait_text("#cycle-count", "3 cycles").await;
    assert!(!s.texts("[data-testid=cycle-row]").await.iter().any(|r| r.contains("Staff Exchange")));
    s.end().await;

    let s = world.start().await;
    s.click("[data-nav=cycles]").await;
    s.wait_text("#cycle-count", "3 cycles").await;
    s.end().await;
}

/// Reviewers in the window: the demo P2P call's two reviewers listed, one more added with her
/// hub (whose application becomes a conflict), a hand assignment of it refused with the reason,
/// every other application given three reviewers automatically, a conflict declared with its
/// reason and the ranking naming who abstained; the cycle then ranked by the normalised score,
/// with a row's Why?; all of it there after a restart.
#[tokio::test]
async fn reviewers_are_assigned_without_conflicts_and_a_declared_conflict_is_shown() {
    let world = World::new("reviewers");
    let s = world.start().await;
    demo_p2p_in_selection(&s).await;
    s.click("#tab-selection").await;

    s.click("#selection-reviewers").await;
    s.wait_for("#reviewers-dialog").await;
    s.wait_rows_of("#reviewers-table tr.reviewer-row", 2).await;
    let names = s.texts("#reviewers-table tr.reviewer-row").await;
    assert!(names[0].contains("Ana Ferreira") && names[1].contains("Jonas Berg"), "{names:?}");

    // Eleni works at Kotelna Růžena: a bad e-mail is refused at its field first.
    s.type_into("#reviewer-name", "Eleni Markou").await;
    s.type_into("#reviewer-email", "eleni@").await;
    s.type_into("#reviewer-hub", "Kotelna").await;
    s.wait_option_containing("[data-testid=hub-option]", "Kotelna Růžena").await.click().await.unwrap();
    s.type_into("#reviewer-languages", "cs, en").await;
    s.click("#reviewer-add").await;
    s.wait_text("[data-field-error=email]", "not an e-mail address").await;
    s.fill("#reviewer-email", "eleni@example.org").await;
    s.click("#reviewer-add").await;
    s.wait_rows_of("#reviewers-table tr.reviewer-row", 3).await;
    let eleni = s.attr_where("#reviewers-table tr.reviewer-row", "Eleni Markou", "data-reviewer-id").await;
    let kotelna = s.attr_where("#review-board tr.board-row", "Kotelna Růžena", "data-application-id").await;
    let row = format!("#review-board tr.board-row[data-application-id='{kotelna}']");
    s.wait_text(&format!("{row} .board-conflict[data-kind=own_hub]"), "Eleni Markou").await;

    // Assigning her own hub's application by hand is refused, with the reason at the row.
    s.select(&format!("#assign-{kotelna}"), &eleni).await;
    s.click(&format!("{row} .assign")).await;
    let refused = s.wait_text(&format!("{row} .row-error"), "cannot review").await;
    assert!(refused.contains("from their own hub, Kotelna Růžena"), "{refused}");

    // Three reviewers each: Eleni takes every application but her hub's, which is short.
    s.fill("#reviews-per-application", "3").await;
    s.click("#reviews-auto-assign").await;
    s.wait_for(&format!("#reviews-shortfalls li[data-application-id='{kotelna}']")).await;
    let rows = s.count("#review-board tr.board-row").await;
    assert_eq!(s.count("#review-board tr.board-row .assigned-reviewer").await, rows * 3 - 1, "three each, two for Kotelna Růžena");
    let row = format!("#review-board tr.board-row[data-application-id='{kotelna}']");
    assert_eq!(s.count(&format!("{row} .assigned-reviewer[data-reviewer-id='{eleni}']")).await, 0);

    // Mira Kovač sends her scores in a sheet: a bad row stops it all, then the right one is saved.
    let header = "Application;Quality of the work plan;Geographical balance;Diversity of participants;Note\n";
    let bad = world.write_file("mira-bad.csv", &format!("{header}{kotelna};12;5;5;\n"));
    s.select("#sheet-reviewer", "new").await;
    s.type_into("#sheet-reviewer-new", "Mira Kovač").await;
    world.answer_next_dialog(&bad);
    s.click("#sheet-choose").await;
    let problem = s.wait_text("#sheet-problems li", "12 is out of range").await;
    assert!(problem.contains("row 2, Quality of the work plan"), "{problem}");
    assert_eq!(s.count("#sheet-save").await, 0, "nothing to save");
    let good = world.write_file("mira.csv", &format!("{header}{kotelna};9;8;7;Strong plan\n"));
    world.answer_next_dialog(&good);
    s.click("#sheet-choose").await;
    s.wait_text("#sheet-result", "Mira Kovač: 1 scorecard").await;
    s.click("#sheet-save").await;
    s.wait_rows_of("#reviewers-table tr.reviewer-row", 4).await;
    s.wait_option_containing(&format!("{row} .assigned-reviewer"), "Mira Kovač").await;

    // Jonas declares a conflict with another application: the reason is asked for, then shown.
    let other = s.attr_where("#review-board tr.board-row", "Dílna Přístav", "data-application-id").await;
    let other_row = format!("#review-board tr.board-row[data-application-id='{other}']");
    let jonas = s.attr_where("#reviewers-table tr.reviewer-row", "Jonas Berg", "data-reviewer-id").await;
    s.click(&format!("{other_row} .declare-conflict")).await;
    s.wait_for("#conflict-dialog").await;
    s.select("#conflict-reviewer", &jonas).await;
    s.click("#conflict-declare").await;
    s.wait_for("[data-field-error=reason]").await;
    s.type_into("#conflict-reason", "Former colleague of the applicant").await;
    s.click("#conflict-declare").await;
    s.wait_gone("#conflict-dialog").await;
    s.wait_text(&format!("{other_row} .board-conflict[data-kind=declared]"), "Former colleague of the applicant").await;
    assert_eq!(s.count(&format!("{other_row} .assigned-reviewer[data-reviewer-id='{jonas}']")).await, 0, "his assignment goes");
    s.click("#reviewers-close").await;
    s.wait_gone("#reviewers-dialog").await;
    let ranked = format!("[data-testid=ranking-row][data-application-id='{other}'] .abstained");
    s.wait_text(&ranked, "Abstained (conflict of interest): Jonas Berg").await;

    // The cycle ranks by the normalised score from now on; Why? shows the figures behind it.
    s.wait_text("th[data-ranks=true]", "Score").await;
    s.click("#selection-criteria-edit").await;
    s.wait_for("#criteria-dialog [data-testid=criterion-row]").await;
    s.select("#criteria-score-basis", "normalised").await;
    s.click("#criteria-save").await;
    s.wait_gone("#criteria-dialog").await;
    s.wait_text("th[data-ranks=true]", "Normalised").await;
    let row = format!("[data-testid=ranking-row][data-application-id='{other}']");
    let normalised = s.text(&format!("{row} td.normalised")).await;
    assert!(normalised.contains('.'), "a figure out of 100: {normalised}");
    s.click(&format!("{row} .score-why")).await;
    s.wait_for("#score-why-dialog").await;
    assert_eq!(s.count("#score-why-table tbody tr[data-reviewer]").await, 1, "only Ana's scores count");
    s.wait_text("#score-why-table tbody tr[data-reviewer='Ana Ferreira']", "Ana Ferreira").await;
    s.wait_text("#score-why-normalised", &normalised).await;
    s.wait_text("#score-why-abstained", "Jonas Berg").await;
    s.click("#score-why-close").await;
    s.wait_gone("#score-why-dialog").await;
    s.end().await;

    // After a restart: four reviewers, the conflict kept, the normalised score ranking.
    let s = world.start().await;
    s.click("[data-nav=applications]").await;
    s.click("#tab-selection").await;
    s.wait_text(&ranked, "Jonas Berg").await;
    s.wait_text("th[data-ranks=true]", "Normalised").await;
    // Scoring, the reviewer's name suggests the cycle's four reviewers.
    s.click(&format!("[data-testid=ranking-row][data-application-id='{kotelna}'] [data-testid=score-button]")).await;
    s.wait_for("#score-dialog").await;
    s.wait_rows_of("#score-reviewer-names option", 4).await;
    s.click("#score-cancel").await;
    s.wait_gone("#score-dialog").await;
    s.click("#selection-reviewers").await;
    s.wait_rows_of("#reviewers-table tr.reviewer-row", 4).await;
    s.wait_text(&format!("{other_row} .board-conflict[data-kind=declared]"), "Former colleague").await;
    s.end().await;
}

#[tokio::test]
async fn a_blind_review_hides_the_applicant_from_reviewers_and_staff_score_geography() {
    let world = World::new("blind-review");
    let s = world.start().await;
    demo_p2p_in_selection(&s).await;
    s.click("#tab-selection").await;

    // The cycle's review made blind, its geographical balance scored by staff.
    s.click("#selection-criteria-edit").await;
    s.wait_for("#criteria-dialog [data-testid=criterion-row]").await;
    s.click("#criteria-blind").await;
    assert_eq!(s.value("#criterion-label-1").await, "Geographical balance");
    s.click("#criterion-by-staff-1").await;
    s.click("#criteria-save").await;
    s.wait_gone("#criteria-dialog").await;

    // A reviewer's blank sheet, as a workbook: numbers and titles, no applicant, no geography.
    s.click("#selection-reviewers").await;
    s.wait_rows_of("#reviewers-table tr.reviewer-row", 2).await;
    let ana = s.attr_where("#reviewers-table tr.reviewer-row", "Ana Ferreira", "data-reviewer-id").await;
    let ana_row = format!("#reviewers-table tr.reviewer-row[data-reviewer-id='{ana}']");
    s.click(&format!("{ana_row} .reviewer-sheet")).await;
    s.wait_for("#reviewer-sheet-dialog").await;
    let book = world.folder("sheets").join("ana.xlsx");
    world.answer_next_dialog(&book);
    s.click(&format!("#reviewer-sheet-xlsx-{ana}")).await;
    s.wait_text("#toast", "applications)").await;
    let cells = workbook_cells(&book);
    assert_eq!(cells[0], ["Application", "Title", "Work plan", "Quality of the work plan (0-10)", "Diversity of participants (0-10)", "Note"]);
    let all: String = cells.iter().flatten().cloned().collect::<Vec<_>>().join("|");
    for hub in ["Κυψέλη", "Kotelna", "Athens", "Greece", "Czech"] {
        assert!(!all.contains(hub), "{hub} in the blind sheet: {all}");
    }

    // Her details changed: a wrong address refused at the field, then saved.
    s.click(&format!("{ana_row} .reviewer-edit")).await;
    s.wait_for("#reviewer-change-dialog").await;
    s.fill("#reviewer-change-email", "ana@").await;
    s.click("#reviewer-change-save").await;
    s.wait_text("#reviewer-change-dialog [data-field-error=email]", "not an e-mail address").await;
    s.fill("#reviewer-change-email", "ana@network.example").await;
    s.click("#reviewer-change-save").await;
    s.wait_gone("#reviewer-change-dialog").await;
    s.wait_text(&format!("{ana_row} td.email"), "ana@network.example").await;
    s.click("#reviewers-close").await;
    s.wait_gone("#reviewers-dialog").await;

    // A reviewer scores blind: no applicant named, no geography asked.
    let first = s.attr_where("[data-testid=ranking-row]", "Kotelna Růžena", "data-application-id").await;
    let row = format!("[data-testid=ranking-row][data-application-id='{first}']");
    s.click(&format!("{row} [data-testid=score-button]")).await;
    s.wait_for("#score-blind-note").await;
    let dialog = s.text("#score-dialog").await;
    assert!(dialog.contains(&format!("application #{first}")) && !dialog.contains("Kotelna") && !dialog.contains("Czech") && !dialog.contains("CZ"), "{dialog}");
    assert_eq!(s.count("#score-dialog input[id^='score-']:not(#score-reviewer):not(#score-note):not([type=radio])").await, 2, "two criteria for reviewers");
    s.fill("#score-reviewer", "Mira Kovač").await;
    let inputs = s.texts("#score-dialog label").await;
    assert!(!inputs.iter().any(|l| l.contains("Geographical balance")), "{inputs:?}");
    let ids: Vec<String> = s.script("arguments[0](Array.from(document.querySelectorAll('#score-dialog input')).map(e => e.id).filter(id => /^score-[0-9]+$/.test(id)));", vec![]).await.as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect();
    for id in &ids {
        s.fill(&format!("#{id}"), "8").await;
    }
    s.click("#score-save").await;
    s.wait_gone("#score-dialog").await;

    // The secretariat, after unblinding, scores geography alone, signed Secretariat.
    s.click(&format!("{row} [data-testid=score-button]")).await;
    s.wait_for("#score-as").await;
    s.click("#score-as-staff").await;
    s.wait_text("#score-dialog", "Kotelna Růžena").await;
    assert_eq!(s.value("#score-reviewer").await, "Secretariat");
    let ids: Vec<String> = s.script("arguments[0](Array.from(document.querySelectorAll('#score-dialog input')).map(e => e.id).filter(id => /^score-[0-9]+$/.test(id)));", vec![]).await.as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect();
    assert_eq!(ids.len(), 1, "geography only");
    s.fill(&format!("#{}", ids[0]), "10").await;
    s.click("#score-save").await;
    s.wait_gone("#score-dialog").await;
    // Both scorecards are kept, each with its own criteria.
    s.click(&format!("{row} [data-testid=score-button]")).await;
    s.wait_for("#score-dialog").await;
    let cards = s.texts("[data-testid=review-row]").await;
    assert!(cards.iter().any(|c| c.contains("Secretariat")) && cards.iter().any(|c| c.contains("Mira Kovač")), "{cards:?}");
    s.click("#score-cancel").await;
    s.end().await;
}

/// Every cell of a workbook's first sheet, as text.
fn workbook_cells(path: &std::path::Path) -> Vec<Vec<String>> {
    use calamine::{open_workbook, Reader, Xlsx};
    let mut book: Xlsx<_> = open_workbook(path).unwrap();
    let range = book.worksheet_range_at(0).unwrap().unwrap();
    range.rows().map(|r| r.iter().map(|c| c.to_string()).collect()).collect()
}


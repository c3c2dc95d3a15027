//! What must not be lost or leaked: malformed calls, saves over changes made meanwhile, backups, a
//! damaged, protected or read-only data file, a stop on an error, two starts on one folder.

use crate::harness::World;
use crate::common::{registered_commands, demo_world, demo_file_with_a_backup};

#[tokio::test]
async fn requests_the_ipc_cannot_parse_get_a_code_and_a_message_in_the_window() {
    let world = World::new("ipc-malformed");
    let s = world.start().await;
    s.wait_for("[data-testid=empty-start]").await;
    let nested = s.invoke_malformed("hub_get", "nested").await;
    assert_eq!(nested["err"]["code"], "bad_request", "{nested}");
    assert!(nested["err"]["message"].as_str().unwrap().contains("is not valid JSON"), "{nested}");
    let surrogate = s.invoke_malformed("hubs_list", "surrogate").await;
    assert_eq!(surrogate["err"]["code"], "bad_request", "{surrogate}");
    // The window carries on.
    s.click("#load-demo").await;
    s.wait_text("#hub-count", "44 hubs").await;
    s.end().await;
}

/// The IPC fuzzing of the reliability suite: every registered command called from the page
/// with malformed arguments (missing, of the wrong type, negative, huge, nested too deep, a
/// lone surrogate). Each answers, within 20 s, with a value or a `{code, message}` error that
/// is not a bug ('internal'), and the window still works afterwards.
#[tokio::test]
async fn every_command_answers_malformed_calls_with_a_code_and_a_message() {
    let world = World::new("ipc-fuzz");
    // Dialogs the fuzzing opens are answered "cancelled" (an empty answer file).
    let s = world.start().await;
    s.wait_for("[data-testid=empty-start]").await;
    let commands = registered_commands();
    assert!(commands.len() > 100, "{commands:?}");
    let script = r#"
        const [commands, done] = arguments;
        const internals = window.__TAURI_INTERNALS__;
        let deep = 0;
        for (let i = 0; i < 200; i++) deep = [deep];
        const long = 'x'.repeat(100000);
        const kinds = {
          none: {},
          strings: { id: 'x', cycleId: 'x', grantId: 'x', applicationId: 'x', input: 'x', query: 'x', name: 'x', policy: 'x', token: 'x' },
          negative: { id: -1, cycleId: -1, grantId: -1, applicationId: -1, storyId: -1, paymentId: -1, hubId: -1 },
          huge: { id: 9007199254740991, cycleId: 1e308, grantId: 2 ** 53, input: { name: long }, query: { text: long }, name: long, reason: long },
          nulls: { id: null, cycleId: null, input: null, query: null, reason: null },
          arrays: { id: [1], cycleId: [], input: [], query: [1, 2] },
          deep: { id: deep, input: deep, query: deep },
          surrogate: { id: 'x\ud800', input: { name: '\udc00' }, query: { text: 'a\ud800b' }, name: '\ud800', reason: '\ud800' },
        };
        const CODES = ['validation', 'not_found', 'conflict', 'not_allowed', 'wrong_phase', 'needs_amendment', 'over_budget', 'csv', 'not_a_database', 'newer_schema', 'damaged', 'read_only', 'locked', 'io', 'database', 'bad_request', 'cancelled', 'internal'];
        (async () => {
          const bad = [];
          let calls = 0, oks = 0, errs = 0;
          for (const cmd of commands) {
            if (cmd === 'backup_restore') continue; // would reload the window; its refusals have their own tests
            for (const [kind, args] of Object.entries(kinds)) {
              calls++;
              const answer = await Promise.race([
                internals.invoke(cmd, args).then((v) => ({ ok: true, v }), (e) => ({ ok: false, e })),
                new Promise((r) => setTimeout(() => r({ timeout: true }), 20000)),
              ]);
              if (answer.timeout) { bad.push(`${cmd} ${kind}: no answer in 20 s`); continue; }
              if (answer.ok) { oks++; continue; }
              errs++;
              const e = answer.e;
              if (typeof e !== 'object' || e === null || !CODES.includes(e.code) || typeof e.message !== 'string' || e.message === '') {
                bad.push(`${cmd} ${kind}: ${JSON.stringify(e).slice(0, 200)}`);
              } else if (e.code === 'internal') {
                bad.push(`${cmd} ${kind}: internal error: ${e.message.slice(0, 200)}`);
              }
            }
          }
          done({ calls, oks, errs, bad });
        })();
    "#;
    let result = s.script(script, vec![serde_json::json!(commands)]).await;
    eprintln!("IPC fuzzing: {} calls to {} commands, {} answered with a value, {} with an error", result["calls"], commands.len(), result["oks"], result["errs"]);
    assert_eq!(result["bad"], serde_json::json!([]), "answers that are not {{code, message}}");
    // The window still works.
    s.click("[data-nav=cycles]").await;
    s.click("[data-nav=hubs]").await;
    s.wait_for("#hub-count").await;
    s.end().await;
}

#[tokio::test]
async fn settings_saved_elsewhere_meanwhile_are_not_silently_reverted() {
    let world = World::new("stale-settings");
    let s = world.start().await;
    s.click("[data-nav=settings]").await;
    s.wait_for("#settings-network-name").await;
    // Meanwhile another program (the command line, another window) renames the network.
    {
        let mut store = mobility_desk_core::Store::open(&world.data_file()).unwrap();
        let mut input = mobility_desk_core::registry::settings::SettingsInput {
            network_name: "Réseau des Lieux".into(),
            postal_address: String::new(),
            signatory_name: String::new(),
            signatory_title: String::new(),
            default_language: "en".into(),
            signing_place: String::new(),
        };
        input.postal_address = "Rue de la Loi 42\n1040 Bruxelles".into();
        store.save_settings(input).unwrap();
    }
    s.fill("#settings-signatory-name", "Zofia Wiśniewska").await;
    s.click("#settings-save").await;
    s.wait_text("#settings-stale", "after you opened the form (network name, postal address)").await;
    s.click("#settings-stale-reload").await;
    let typed = s.wait_text("#settings-typed", "Signatory").await;
    assert!(typed.contains("Zofia Wiśniewska"), "{typed}");
    assert_eq!(s.value("#settings-network-name").await, "Réseau des Lieux");
    s.click("#settings-typed-use").await;
    assert_eq!(s.value("#settings-signatory-name").await, "Zofia Wiśniewska");
    s.fill("#settings-signatory-title", "Secretary General").await;
    s.click("#settings-save").await;
    s.wait_text("#toast", "Settings saved").await;
    s.end().await;
    let store = mobility_desk_core::Store::open(&world.data_file()).unwrap();
    let saved = store.settings().unwrap();
    assert_eq!((saved.network_name.as_str(), saved.signatory_name.as_str()), ("Réseau des Lieux", "Zofia Wiśniewska"));
}

#[tokio::test]
async fn a_cycle_saved_elsewhere_meanwhile_is_not_silently_reverted() {
    use mobility_desk_core::cycle::cycles::CycleQuery;
    use mobility_desk_core::cycle::programmes::Shape;
    let world = World::new("stale-cycle");
    std::fs::create_dir_all(world.data_file().parent().unwrap()).unwrap();
    let staff = {
        let mut store = mobility_desk_core::Store::open(&world.data_file()).unwrap();
        store.load_demo().unwrap();
        store.cycles(&CycleQuery::default()).unwrap().into_iter().find(|c| c.shape == Shape::StaffExchange).unwrap().id
    };
    let s = world.start().await;
    s.click("[data-nav=cycles]").await;
    s.click(&format!("[data-cycle-id='{staff}'] td")).await;
    s.click("#cycle-edit").await;
    s.wait_for("#cycle-form").await;
    // Meanwhile the command line adds a note to the cycle.
    {
        let mut store = mobility_desk_core::Store::open(&world.data_file()).unwrap();
        let mut input = store.cycle(staff).unwrap().input();
        input.notes = "Jury on 3 March".into();
        store.update_cycle(staff, &input).unwrap();
    }
    s.clear("#cycle-budget").await;
    s.type_into("#cycle-budget", "15,500").await;
    s.click("#cycle-save").await;
    s.wait_text("#cycle-stale", "after you opened the form (notes)").await;
    s.click("#cycle-stale-reload").await;
    s.wait_text("#cycle-typed", "15,500").await;
    s.click("#cycle-typed-use").await;
    s.click("#cycle-save").await;
    s.wait_gone("#cycle-form").await;
    s.wait_text("#cycle-settings", "€15,500.00").await;
    s.end().await;
    let store = mobility_desk_core::Store::open(&world.data_file()).unwrap();
    let cycle = store.cycle(staff).unwrap();
    assert_eq!((cycle.notes.as_str(), cycle.budget_cents), ("Jury on 3 March", 1_550_000));
}

/// The criteria dialog, the same way for the other settings of a cycle kept in several rows
/// (vote settings, emission factors, matching weights): a save over a change made meanwhile is
/// refused, the saved version reloaded, what was typed put back and saved.
#[tokio::test]
async fn selection_criteria_saved_elsewhere_meanwhile_are_not_silently_reverted() {
    use mobility_desk_core::cycle::cycles::Phase;
    use mobility_desk_core::intake::selection::{CriterionInput, SelectionSettingsInput};
    let world = demo_world("stale-criteria");
    let p2p = {
        let mut store = mobility_desk_core::Store::open(&world.data_file()).unwrap();
        let p2p = store.cycles(&Default::default()).unwrap().into_iter().find(|c| c.title == "P2P Learning 2027").unwrap().id;
        store.move_cycle(p2p, Phase::Selection, "").unwrap();
        p2p
    };
    let s = world.start().await;
    s.click("[data-nav=cycles]").await;
    s.click(&format!("[data-cycle-id='{p2p}'] td")).await;
    s.wait_text("#phase-stepper [aria-current=step]", "Selection").await;
    s.click("[data-nav=applications]").await;
    s.click("#tab-selection").await;
    s.click("#selection-criteria-edit").await;
    s.wait_for("#criteria-dialog [data-testid=criterion-row]").await;
    // Meanwhile the command line gives a place a cost.
    {
        let mut store = mobility_desk_core::Store::open(&world.data_file()).unwrap();
        let now = store.selection_settings(p2p).unwrap();
        let criteria = now.criteria.iter().map(|c| CriterionInput { id: Some(c.id), label: c.label.clone(), weight: c.weight, max_score: c.max_score, by_staff: c.by_staff }).collect();
        let mut rules = now.rules;
        rules.place_cost_cents = Some(117_500);
        store.save_selection_settings(p2p, &SelectionSettingsInput { criteria, rules }).unwrap();
    }
    s.fill("#criterion-weight-1", "42").await;
    s.click("#criteria-save").await;
    s.wait_text("#criteria-stale", "The selection criteria and rules of P2P Learning 2027").await;
    s.click("#criteria-stale-reload").await;
    s.until_value("#rules-place-cost", "1,175.00").await;
    s.wait_text("#criteria-typed", "weight 42").await;
    s.click("#criteria-typed-use").await;
    s.until_value("#criterion-weight-1", "42").await;
    s.click("#criteria-save").await;
    s.wait_text("#toast", "Saved the criteria and rules").await;
    s.end().await;
    let store = mobility_desk_core::Store::open(&world.data_file()).unwrap();
    let saved = store.selection_settings(p2p).unwrap();
    assert_eq!((saved.criteria[1].weight, saved.rules.place_cost_cents), (42, Some(117_500)), "both changes kept");
}

#[tokio::test]
async fn a_backup_taken_in_settings_is_restored_over_later_changes() {
    let world = World::new("backup-restore");
    std::fs::create_dir_all(world.data_file().parent().unwrap()).unwrap();
    {
        let mut store = mobility_desk_core::Store::open(&world.data_file()).unwrap();
        store.load_demo().unwrap();
    }
    let s = world.start().await;
    s.wait_text("#hub-count", "44 hubs").await;
    s.click("[data-nav=settings]").await;
    // The day's backup, taken when the window started.
    s.wait_rows_of("#backups-table tbody tr", 1).await;
    s.fill("#backup-keep-last", "0").await;
    s.click("#backup-policy-save").await;
    s.wait_text("#backup-keep-last-error", "between 1 and 1,000").await;
    s.fill("#backup-keep-last", "5").await;
    s.fill("#backup-monthly", "6").await;
    s.click("#backup-policy-save").await;
    s.wait_text("#toast", "Backup policy saved").await;
    s.click("#backup-now").await;
    s.wait_text("#toast", "Backup taken").await;
    s.wait_rows_of("#backups-table tbody tr", 2).await;

    // A change after the backup: a new hub.
    s.click("[data-nav=hubs]").await;
    s.click("#new-hub").await;
    s.type_into("#hub-name", "Made after the backup").await;
    s.type_into("#hub-city", "Brn").await;
    s.wait_option_containing("[data-testid=city-option]", "Brno").await.click().await.unwrap();
    s.click("#hub-save").await;
    s.wait_text("#hub-count", "45 hubs").await;

    s.click("[data-nav=settings]").await;
    s.wait_rows_of("#backups-table tbody tr", 2).await;
    s.click("#backups-table tbody tr:first-child button.restore").await;
    s.wait_text("#confirm-dialog", "kept in").await;
    s.click("#backup-restore-yes").await;
    // The window reloads with the restored data.
    s.wait_text("#hub-count", "44 hubs").await;
    s.end().await;

    let store = mobility_desk_core::Store::open(&world.data_file()).unwrap();
    assert_eq!(store.hub_count().unwrap(), 44);
    assert_eq!(store.backup_policy().unwrap(), mobility_desk_core::platform::backups::BackupPolicy { keep_last: 5, monthly: 6 }, "the policy was saved before the backup, so the restored file keeps it");
    let aside = std::fs::read_dir(world.data_file().parent().unwrap().join("backups/set-aside")).unwrap().count();
    assert!(aside >= 1, "the replaced file is kept aside");
}

#[tokio::test]
async fn a_damaged_data_file_is_reported_and_restored_from_its_backup() {
    let world = World::new("damaged-file");
    std::fs::create_dir_all(world.data_file().parent().unwrap()).unwrap();
    let backup = demo_file_with_a_backup(&world);
    let data = world.data_file();
    let mut bytes = std::fs::read(&data).unwrap();
    let middle = bytes.len() / 2 / 4096 * 4096;
    bytes[middle..middle + 8192].fill(0x5a);
    std::fs::write(&data, &bytes).unwrap();

    let s = world.start().await;
    let message = s.wait_text("#open-error", "is damaged").await;
    assert!(message.contains(&data.display().to_string()) && message.contains(&backup), "{message}");
    s.click("#open-restore").await;
    s.wait_text("#confirm-dialog", "not deleted").await;
    s.click("#open-restore-yes").await;
    s.wait_text("#hub-count", "44 hubs").await;
    s.end().await;
    assert_eq!(std::fs::read(&data).unwrap(), std::fs::read(data.parent().unwrap().join("backups").join(&backup)).unwrap());
}

#[tokio::test]
async fn the_data_file_is_protected_in_settings_and_then_opens_only_with_its_passphrase() {
    let world = demo_world("protection");
    let s = world.start().await;
    s.wait_text("#hub-count", "44 hubs").await;
    s.click("[data-nav=settings]").await;
    s.wait_text("#protection-state", "not protected").await;
    s.click("#protection-on").await;
    s.fill("#protection-new", "too short").await;
    s.fill("#protection-repeat", "too short").await;
    s.click("#protection-submit").await;
    s.wait_text("#protection-new-error", "at least 10 characters").await;
    s.fill("#protection-new", "harbour lights of Gdansk").await;
    s.fill("#protection-repeat", "harbour lights of Gdynia").await;
    s.click("#protection-submit").await;
    s.wait_text("#protection-repeat-error", "differ").await;
    s.fill("#protection-repeat", "harbour lights of Gdansk").await;
    s.click("#protection-submit").await;
    s.wait_text("#toast", "The data file is now protected").await;
    s.wait_text("#protection-state", "encrypted with a passphrase").await;
    // The window carries on with the protected file.
    s.click("[data-nav=hubs]").await;
    s.wait_text("#hub-count", "44 hubs").await;
    s.end().await;
    let head = std::fs::read(world.data_file()).unwrap();
    assert!(!head.starts_with(b"SQLite format 3"), "the file on disk is encrypted");
    let backups = mobility_desk_core::platform::backups::list(&world.data_file());
    assert!(!backups.is_empty() && backups.iter().all(|b| mobility_desk_core::platform::protection::is_protected_file(std::path::Path::new(&b.path))), "so are its backups");

    // The next start asks for the passphrase; a wrong one is refused, the right one opens.
    let s = world.start().await;
    s.wait_text("#unlock", "The data file is protected").await;
    s.fill("#unlock-passphrase", "harbour lights of Gdynia").await;
    s.click("#unlock-open").await;
    s.wait_text("#unlock-error", "does not open").await;
    s.fill("#unlock-passphrase", "harbour lights of Gdansk").await;
    s.click("#unlock-open").await;
    s.wait_text("#hub-count", "44 hubs").await;
    s.click("[data-nav=settings]").await;
    s.wait_text("#protection-state", "encrypted with a passphrase").await;
    s.end().await;
    let key = mobility_desk_core::platform::protection::Passphrase::new("harbour lights of Gdansk").unwrap();
    assert_eq!(mobility_desk_core::Store::open_keyed(&world.data_file(), Some(&key)).unwrap().hub_count().unwrap(), 44);
}

#[tokio::test]
async fn a_read_only_data_file_is_listed_and_says_so() {
    let world = World::new("read-only");
    std::fs::create_dir_all(world.data_file().parent().unwrap()).unwrap();
    {
        let mut store = mobility_desk_core::Store::open(&world.data_file()).unwrap();
        store.load_demo().unwrap();
    }
    let mut perms = std::fs::metadata(world.data_file()).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(world.data_file(), perms).unwrap();
    let s = world.start().await;
    s.wait_text("#hub-count", "44 hubs").await;
    s.wait_text("#read-only-notice", "cannot be changed").await;
    s.end().await;
}

/// The shipped build ends at a panic and notes why in the data folder: the next start says so
/// once, in words a person understands, until they have read it. A second start on the same
/// data folder meanwhile brings the running window forward and ends at once.
#[tokio::test]
async fn a_stop_on_an_error_is_told_once_and_a_second_start_shows_the_first_window() {
    let world = World::new("crash-note");
    let data = world.data_file().parent().unwrap().to_path_buf();
    std::fs::write(data.join("crash.txt"), "at: 2026-12-06T14:55:02Z\nversion: 0.1.0\nwhat: index out of bounds at src/x.rs:1:2 (thread tokio-runtime-worker)\n").unwrap();
    let s = world.start().await;
    let note = s.wait_text("#crash-note", "stopped unexpectedly").await;
    assert!(note.contains("6 Dec 2026"), "{note}");
    assert!(note.contains("Everything saved before then is kept"), "{note}");
    assert!(note.contains("version 0.1.0, index out of bounds at src/x.rs:1:2"), "{note}");

    // Another start on the same folder: the running window is asked forward, the new one ends.
    let started = std::time::Instant::now();
    let second = std::process::Command::new(env!("CARGO_BIN_EXE_mobility-desk")).env("MOBILITY_DESK_DATA_DIR", &data).output().unwrap();
    assert!(second.status.success(), "{second:?}");
    assert!(String::from_utf8_lossy(&second.stdout).contains("already open"), "{second:?}");
    assert!(started.elapsed() < std::time::Duration::from_secs(5));

    s.click("#crash-note-read").await;
    s.wait_gone("#crash-note").await;
    assert!(!data.join("crash.txt").exists() && data.join("crash-read.txt").is_file());
    s.end().await;

    let s = world.start().await;
    s.wait_for("[data-testid=empty-start]").await;
    assert_eq!(s.count("#crash-note").await, 0);
    s.end().await;
}

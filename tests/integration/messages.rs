//! The message files: every language has the same messages, with the same variables, as the
//! source language (English), and every file parses. For the window's words (`ui/src/locales`)
//! and for the documents' (`crates/core/locales`). Adding a language is adding a folder: this
//! test then says what it still lacks.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

const SOURCE: &str = "en";
const FOLDERS: &[&str] = &["ui/src/locales", "crates/core/locales"];
/// The documents' words (letters, e-mails, access exports, the publication, the cycle report): a language may
/// have them or not (the documents are then written in the others); when it has one, it has
/// all of its messages. The window's and the core's files are each language's, all of them.
const DOCUMENTS: &[&str] = &["letters.ftl", "mail.ftl", "privacy.ftl", "publication.ftl", "report.ftl"];

/// Each message (and term, and attribute) of a language's files, with the variables it uses.
type Catalogue = BTreeMap<String, BTreeSet<String>>;

fn variables_in(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables_in(&v.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

fn catalogue(dir: &Path, problems: &mut Vec<String>) -> BTreeMap<String, Catalogue> {
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((r, errors)) => {
                problems.push(format!("{}: {} syntax error(s), the first: {:?}", path.display(), errors.len(), errors[0]));
                r
            }
        };
        let mut messages = Catalogue::new();
        for entry in &resource.body {
            let (id, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                Entry::Junk { content } => {
                    problems.push(format!("{}: cannot read {:?}", path.display(), content.lines().next().unwrap_or("")));
                    continue;
                }
                _ => continue,
            };
            let mut vars = BTreeSet::new();
            if let Some(v) = value {
                variables_in(v, &mut vars);
            }
            if messages.insert(id.clone(), vars).is_some() {
                problems.push(format!("{}: '{id}' is written twice", path.display()));
            }
            for a in attributes {
                let mut vars = BTreeSet::new();
                variables_in(&a.value, &mut vars);
                messages.insert(format!("{id}.{}", a.id.name), vars);
            }
        }
        files.insert(name, messages);
    }
    files
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut problems = Vec::new();
    let mut counted = 0;
    for folder in FOLDERS {
        let base = root.join(folder);
        let source = catalogue(&base.join(SOURCE), &mut problems);
        assert!(!source.is_empty(), "no message files in {folder}/{SOURCE}");
        let mut languages: Vec<String> =
            std::fs::read_dir(&base).unwrap().filter_map(|e| e.ok()).filter(|e| e.path().is_dir()).map(|e| e.file_name().to_string_lossy().to_string()).collect();
        languages.sort();
        assert!(languages.len() >= 2, "{folder} has only {languages:?}");
        let mut ids = BTreeMap::new();
        for (file, messages) in &source {
            for id in messages.keys() {
                if let Some(other) = ids.insert(id.clone(), file.clone()) {
                    problems.push(format!("{folder}/{SOURCE}: '{id}' is in both {other} and {file}"));
                }
            }
        }
        for language in languages.iter().filter(|l| *l != SOURCE) {
            let translated = catalogue(&base.join(language), &mut problems);
            for (file, messages) in &source {
                let Some(theirs) = translated.get(file) else {
                    if !DOCUMENTS.contains(&file.as_str()) {
                        problems.push(format!("{folder}/{language}/{file} is missing"));
                    }
                    continue;
                };
                for (id, vars) in messages {
                    counted += 1;
                    match theirs.get(id) {
                        None => problems.push(format!("{folder}/{language}/{file}: '{id}' is missing")),
                        Some(v) if v != vars => problems.push(format!("{folder}/{language}/{file}: '{id}' uses {v:?}, English uses {vars:?}")),
                        Some(_) => {}
                    }
                }
                for id in theirs.keys().filter(|id| !messages.contains_key(*id)) {
                    problems.push(format!("{folder}/{language}/{file}: '{id}' is not in English (left over?)"));
                }
            }
            for file in translated.keys().filter(|f| !source.contains_key(*f)) {
                problems.push(format!("{folder}/{language}/{file} has no English file"));
            }
        }
    }
    assert!(problems.is_empty(), "{} problem(s) in the message files:\n{}", problems.len(), problems.join("\n"));
    assert!(counted > 100, "only {counted} messages were compared");
}

fn rust_sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_message_the_core_says_is_in_its_english_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let known: BTreeSet<String> = mobility_desk_core::platform::said::known_ids().into_iter().collect();
    assert!(known.len() > 5, "the core's messages were not found ({})", known.len());
    let mut files = Vec::new();
    for dir in ["crates", "src-tauri"] {
        rust_sources(&root.join(dir), &mut files);
    }
    let mut used = 0;
    let mut missing = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (at, found) in text.match_indices("said!(\"").chain(text.match_indices("phrase!(\"")) {
            let id: String = text[at + found.len()..].chars().take_while(|c| *c != '"').collect();
            used += 1;
            if !known.contains(&id) {
                missing.push(format!("{}: '{id}'", file.strip_prefix(root).unwrap().display()));
            }
        }
    }
    assert!(used > 5, "no use of said! was found");
    assert!(missing.is_empty(), "messages missing from crates/core/locales/en/said-*.ftl:\n{}", missing.join("\n"));
}
